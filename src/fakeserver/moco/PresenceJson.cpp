// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/PresenceJson.h"

#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/StorageJson.h"

QJsonObject PresenceJson::toApi(const PresenceRecord &presence, const FakeDatabase &database)
{
    const UserRecord *user = database.users().find(presence.userId);
    return QJsonObject{
        {QStringLiteral("id"), presence.id},
        {QStringLiteral("date"), StorageJson::date(presence.date)},
        {QStringLiteral("from"), presence.from},
        {QStringLiteral("to"), StorageJson::nullableString(presence.to)},
        {QStringLiteral("is_home_office"), presence.homeOffice},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("id"), presence.userId},
                     {QStringLiteral("firstname"), user ? user->firstname : QString()},
                     {QStringLiteral("lastname"), user ? user->lastname : QString()}}},
        {QStringLiteral("created_at"), StorageJson::timestamp(presence.createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(presence.updatedAt)},
    };
}
