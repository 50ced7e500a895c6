// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldValues.h"
#include "core/domain/NamedRef.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class JsonReader;

// An item of GET /users (and GET /users/{id}): firstname/lastname, "extern"
// for external. Used for staff impersonation. Required: id. Missing flags
// default to active=true, external=false. Private data the client has no use
// for (iban, home_address, birthday) is not kept.
struct User
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    bool active = true;
    bool external = false; // JSON "extern"
    QString email;
    QString mobilePhone;
    QString workPhone;
    QString info;
    QString avatarUrl;
    QStringList tags;
    CustomFieldValues customProperties;
    std::optional<NamedRef> unit;
    std::optional<NamedRef> role;
    QDateTime createdAt; // invalid when absent
    QDateTime updatedAt;

    QString displayName() const; // "First Last", trimmed

    static std::optional<User> fromJson(const QJsonValue &json, QString *error);
    static User read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const User &, const User &) = default;
};
