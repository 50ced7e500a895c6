// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// The nested user of an activity or presence: {id, firstname, lastname}.
// Note the spelling: firstname/lastname (no underscore) in nested objects.
// Required: id.
struct UserRef
{
    qint64 id = 0;
    QString firstName;
    QString lastName;

    QString displayName() const; // "First Last", trimmed

    static std::optional<UserRef> fromJson(const QJsonValue &json, QString *error);
    static UserRef read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const UserRef &, const UserRef &) = default;
};
