// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// The answer of POST /session: {"api_key": string, "user_id": integer}.
// Both required; an empty api_key is an error. The key is a secret: never
// log it, and parse errors never quote it.
struct LoginResult
{
    QString apiKey;
    qint64 userId = 0;

    static std::optional<LoginResult> fromJson(const QJsonValue &json, QString *error);
    static LoginResult read(JsonReader &reader);
    QJsonObject toJson() const; // contains the secret; for tests and the fake server

    friend bool operator==(const LoginResult &, const LoginResult &) = default;
};
