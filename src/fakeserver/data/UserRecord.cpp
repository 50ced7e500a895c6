// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/UserRecord.h"

#include "fakeserver/data/StorageJson.h"

QJsonObject UserRecord::toStorage() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("firstname"), firstname},
        {QStringLiteral("lastname"), lastname},
        {QStringLiteral("email"), email},
        {QStringLiteral("password"), password},
        {QStringLiteral("api_key"), apiKey},
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("staff"), staff},
        {QStringLiteral("active"), active},
        {QStringLiteral("external"), external},
        {QStringLiteral("unit_id"), unitId},
        {QStringLiteral("unit_name"), unitName},
        {QStringLiteral("role_id"), roleId},
        {QStringLiteral("role_name"), roleName},
        {QStringLiteral("tags"), StorageJson::stringArray(tags)},
        {QStringLiteral("custom_properties"), customProperties},
        {QStringLiteral("created_at"), StorageJson::timestamp(createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(updatedAt)},
    };
}

UserRecord UserRecord::fromStorage(const QJsonObject &object)
{
    UserRecord user;
    user.id = StorageJson::readId(object.value(QStringLiteral("id")));
    user.firstname = object.value(QStringLiteral("firstname")).toString();
    user.lastname = object.value(QStringLiteral("lastname")).toString();
    user.email = object.value(QStringLiteral("email")).toString();
    user.password = object.value(QStringLiteral("password")).toString();
    user.apiKey = object.value(QStringLiteral("api_key")).toString();
    user.uuid = object.value(QStringLiteral("uuid")).toString();
    user.staff = object.value(QStringLiteral("staff")).toBool();
    user.active = object.value(QStringLiteral("active")).toBool(true);
    user.external = object.value(QStringLiteral("external")).toBool();
    user.unitId = StorageJson::readId(object.value(QStringLiteral("unit_id")));
    user.unitName = object.value(QStringLiteral("unit_name")).toString();
    user.roleId = StorageJson::readId(object.value(QStringLiteral("role_id")));
    user.roleName = object.value(QStringLiteral("role_name")).toString();
    user.tags = StorageJson::readStringArray(object.value(QStringLiteral("tags")));
    user.customProperties = object.value(QStringLiteral("custom_properties")).toObject();
    user.createdAt = StorageJson::readTimestamp(object.value(QStringLiteral("created_at")));
    user.updatedAt = StorageJson::readTimestamp(object.value(QStringLiteral("updated_at")));
    return user;
}
