// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Presence.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

std::optional<Presence> Presence::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<Presence>(json, QStringLiteral("presence"), error);
}

Presence Presence::read(JsonReader &reader)
{
    Presence presence;
    presence.id = reader.integer(QStringLiteral("id"));
    presence.date = reader.date(QStringLiteral("date"));
    presence.from = reader.optionalTime(QStringLiteral("from"));
    presence.to = reader.optionalTime(QStringLiteral("to"));
    presence.isHomeOffice = reader.booleanOr(QStringLiteral("is_home_office"), false);
    presence.user = reader.optionalObject<UserRef>(QStringLiteral("user"));
    presence.createdAt = reader.timestamp(QStringLiteral("created_at"));
    presence.updatedAt = reader.timestamp(QStringLiteral("updated_at"));
    return presence;
}

QJsonObject Presence::toJson() const
{
    const auto timeOrNull = [](const std::optional<QTime> &time) {
        return time ? QJsonValue(JsonWriter::time(*time)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject json{{QStringLiteral("id"), JsonWriter::id(id)},
                     {QStringLiteral("date"), JsonWriter::date(date)},
                     {QStringLiteral("from"), timeOrNull(from)},
                     {QStringLiteral("to"), timeOrNull(to)},
                     {QStringLiteral("is_home_office"), isHomeOffice}};
    if (user)
        json.insert(QStringLiteral("user"), user->toJson());
    JsonWriter::putTimestamp(json, QStringLiteral("created_at"), createdAt);
    JsonWriter::putTimestamp(json, QStringLiteral("updated_at"), updatedAt);
    return json;
}
