// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/User.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

#include <QJsonArray>

QString User::displayName() const
{
    return (firstName + QLatin1Char(' ') + lastName).trimmed();
}

std::optional<User> User::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<User>(json, QStringLiteral("user"), error);
}

User User::read(JsonReader &reader)
{
    User user;
    user.id = reader.integer(QStringLiteral("id"));
    user.firstName = reader.text(QStringLiteral("firstname"));
    user.lastName = reader.text(QStringLiteral("lastname"));
    user.active = reader.booleanOr(QStringLiteral("active"), true);
    user.external = reader.booleanOr(QStringLiteral("extern"), false);
    user.email = reader.text(QStringLiteral("email"));
    user.mobilePhone = reader.text(QStringLiteral("mobile_phone"));
    user.workPhone = reader.text(QStringLiteral("work_phone"));
    user.info = reader.text(QStringLiteral("info"));
    user.avatarUrl = reader.text(QStringLiteral("avatar_url"));
    user.tags = reader.stringList(QStringLiteral("tags"));
    user.customProperties =
        CustomFieldValues::readField(reader, QStringLiteral("custom_properties"));
    user.unit = reader.optionalObject<NamedRef>(QStringLiteral("unit"));
    user.role = reader.optionalObject<NamedRef>(QStringLiteral("role"));
    user.createdAt = reader.timestamp(QStringLiteral("created_at"));
    user.updatedAt = reader.timestamp(QStringLiteral("updated_at"));
    return user;
}

QJsonObject User::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), JsonWriter::id(id)},
                     {QStringLiteral("firstname"), firstName},
                     {QStringLiteral("lastname"), lastName},
                     {QStringLiteral("active"), active},
                     {QStringLiteral("extern"), external},
                     {QStringLiteral("email"), email},
                     {QStringLiteral("mobile_phone"), mobilePhone},
                     {QStringLiteral("work_phone"), workPhone},
                     {QStringLiteral("info"), info},
                     {QStringLiteral("avatar_url"), avatarUrl},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                     {QStringLiteral("custom_properties"), customProperties.toJson()}};
    if (unit)
        json.insert(QStringLiteral("unit"), unit->toJson());
    if (role)
        json.insert(QStringLiteral("role"), role->toJson());
    JsonWriter::putTimestamp(json, QStringLiteral("created_at"), createdAt);
    JsonWriter::putTimestamp(json, QStringLiteral("updated_at"), updatedAt);
    return json;
}
