// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// The answer of GET /session: {"id": <user id>, "uuid": "…"}. The key
// itself is not returned. Required: id.
struct SessionInfo
{
    qint64 userId = 0; // JSON "id"
    QString uuid;

    static std::optional<SessionInfo> fromJson(const QJsonValue &json, QString *error);
    static SessionInfo read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const SessionInfo &, const SessionInfo &) = default;
};
