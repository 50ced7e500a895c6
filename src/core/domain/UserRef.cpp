// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/UserRef.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

QString UserRef::displayName() const
{
    return (firstName + QLatin1Char(' ') + lastName).trimmed();
}

std::optional<UserRef> UserRef::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<UserRef>(json, QStringLiteral("user"), error);
}

UserRef UserRef::read(JsonReader &reader)
{
    UserRef user;
    user.id = reader.integer(QStringLiteral("id"));
    user.firstName = reader.text(QStringLiteral("firstname"));
    user.lastName = reader.text(QStringLiteral("lastname"));
    return user;
}

QJsonObject UserRef::toJson() const
{
    return {{QStringLiteral("id"), JsonWriter::id(id)},
            {QStringLiteral("firstname"), firstName},
            {QStringLiteral("lastname"), lastName}};
}
