// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/PresenceRecord.h"

#include "fakeserver/data/StorageJson.h"

QJsonObject PresenceRecord::toStorage() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("date"), StorageJson::date(date)},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), StorageJson::nullableString(to)},
        {QStringLiteral("is_home_office"), homeOffice},
        {QStringLiteral("created_at"), StorageJson::timestamp(createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(updatedAt)},
    };
}

PresenceRecord PresenceRecord::fromStorage(const QJsonObject &object)
{
    PresenceRecord presence;
    presence.id = StorageJson::readId(object.value(QStringLiteral("id")));
    presence.userId = StorageJson::readId(object.value(QStringLiteral("user_id")));
    presence.date = StorageJson::readDate(object.value(QStringLiteral("date")));
    presence.from = object.value(QStringLiteral("from")).toString();
    presence.to = StorageJson::readNullableString(object.value(QStringLiteral("to")));
    presence.homeOffice = object.value(QStringLiteral("is_home_office")).toBool();
    presence.createdAt = StorageJson::readTimestamp(object.value(QStringLiteral("created_at")));
    presence.updatedAt = StorageJson::readTimestamp(object.value(QStringLiteral("updated_at")));
    return presence;
}
