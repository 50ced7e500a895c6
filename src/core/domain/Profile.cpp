// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Profile.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

QString Profile::displayName() const
{
    if (!fullName.trimmed().isEmpty())
        return fullName.trimmed();
    return (firstName + QLatin1Char(' ') + lastName).trimmed();
}

std::optional<Profile> Profile::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<Profile>(json, QStringLiteral("profile"), error);
}

Profile Profile::read(JsonReader &reader)
{
    Profile profile;
    profile.id = reader.integer(QStringLiteral("id"));
    profile.email = reader.text(QStringLiteral("email"));
    profile.firstName = reader.text(QStringLiteral("first_name"));
    profile.lastName = reader.text(QStringLiteral("last_name"));
    profile.fullName = reader.text(QStringLiteral("full_name"));
    profile.active = reader.booleanOr(QStringLiteral("active"), true);
    profile.external = reader.booleanOr(QStringLiteral("external"), false);
    profile.avatarUrl = reader.text(QStringLiteral("avatar_url"));
    profile.unit = reader.optionalObject<NamedRef>(QStringLiteral("unit"));
    profile.createdAt = reader.timestamp(QStringLiteral("created_at"));
    profile.updatedAt = reader.timestamp(QStringLiteral("updated_at"));
    return profile;
}

QJsonObject Profile::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), JsonWriter::id(id)}, {QStringLiteral("email"), email},
        {QStringLiteral("first_name"), firstName},  {QStringLiteral("last_name"), lastName},
        {QStringLiteral("full_name"), fullName},    {QStringLiteral("active"), active},
        {QStringLiteral("external"), external},     {QStringLiteral("avatar_url"), avatarUrl}};
    if (unit)
        json.insert(QStringLiteral("unit"), unit->toJson());
    JsonWriter::putTimestamp(json, QStringLiteral("created_at"), createdAt);
    JsonWriter::putTimestamp(json, QStringLiteral("updated_at"), updatedAt);
    return json;
}
