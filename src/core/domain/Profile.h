// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/NamedRef.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// GET /profile: the signed-in (or impersonated) user. Note the spelling
// first_name/last_name here (nested users use firstname/lastname).
// Required: id. Missing flags default to active=true, external=false.
struct Profile
{
    qint64 id = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString fullName;
    bool active = true;
    bool external = false;
    QString avatarUrl;
    std::optional<NamedRef> unit;
    QDateTime createdAt; // invalid when absent
    QDateTime updatedAt;

    // full_name, or first and last name when the server sent no full name.
    QString displayName() const;

    static std::optional<Profile> fromJson(const QJsonValue &json, QString *error);
    static Profile read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};
