// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/UserJson.h"

#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/StorageJson.h"
#include "fakeserver/data/UserRecord.h"

namespace {
QJsonObject unitOf(const UserRecord &user)
{
    return QJsonObject{{QStringLiteral("id"), user.unitId},
                       {QStringLiteral("name"), user.unitName}};
}

QString avatarOf(const UserRecord &user)
{
    return QStringLiteral("https://demo.mocoapp.com/images/avatars/%1.png").arg(user.id);
}
} // namespace

QJsonObject UserJson::profile(const UserRecord &user)
{
    return QJsonObject{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("full_name"), user.fullName()},
        {QStringLiteral("first_name"), user.firstname},
        {QStringLiteral("last_name"), user.lastname},
        {QStringLiteral("active"), user.active},
        {QStringLiteral("external"), user.external},
        {QStringLiteral("avatar_url"), avatarOf(user)},
        {QStringLiteral("unit"), unitOf(user)},
        {QStringLiteral("created_at"), StorageJson::timestamp(user.createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(user.updatedAt)},
    };
}

QJsonObject UserJson::user(const UserRecord &user)
{
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("firstname"), user.firstname},
        {QStringLiteral("lastname"), user.lastname},
        {QStringLiteral("active"), user.active},
        {QStringLiteral("extern"), user.external},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("mobile_phone"), null},
        {QStringLiteral("work_phone"), QStringLiteral("+49 30 1234567")},
        {QStringLiteral("home_address"), QStringLiteral("")},
        {QStringLiteral("info"), QStringLiteral("")},
        {QStringLiteral("birthday"), null},
        {QStringLiteral("iban"), null},
        {QStringLiteral("avatar_url"), avatarOf(user)},
        {QStringLiteral("tags"), StorageJson::stringArray(user.tags)},
        {QStringLiteral("custom_properties"), user.customProperties},
        {QStringLiteral("unit"), unitOf(user)},
        {QStringLiteral("role"),
         QJsonObject{{QStringLiteral("id"), user.roleId}, {QStringLiteral("name"), user.roleName}}},
        {QStringLiteral("created_at"), StorageJson::timestamp(user.createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(user.updatedAt)},
    };
}

QJsonObject UserJson::session(const UserRecord &user)
{
    return QJsonObject{{QStringLiteral("id"), user.id}, {QStringLiteral("uuid"), user.uuid}};
}

QJsonValue UserJson::reference(qint64 userId, const FakeDatabase &database)
{
    const UserRecord *user = database.users().find(userId);
    if (!user)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("id"), user->id},
                       {QStringLiteral("firstname"), user->firstname},
                       {QStringLiteral("lastname"), user->lastname}};
}
