// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/CustomerRecord.h"

#include "fakeserver/data/StorageJson.h"

QJsonObject CustomerRecord::toStorage() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("identifier"), identifier},
        {QStringLiteral("intern"), intern},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("website"), website},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("fax"), fax},
        {QStringLiteral("address"), address},
        {QStringLiteral("info"), info},
        {QStringLiteral("tags"), StorageJson::stringArray(tags)},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("billing_tax"), billingTax},
        {QStringLiteral("custom_properties"), customProperties},
        {QStringLiteral("created_at"), StorageJson::timestamp(createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(updatedAt)},
    };
}

CustomerRecord CustomerRecord::fromStorage(const QJsonObject &object)
{
    CustomerRecord customer;
    customer.id = StorageJson::readId(object.value(QStringLiteral("id")));
    customer.name = object.value(QStringLiteral("name")).toString();
    customer.identifier = object.value(QStringLiteral("identifier")).toString();
    customer.intern = object.value(QStringLiteral("intern")).toBool();
    customer.currency = object.value(QStringLiteral("currency")).toString();
    customer.website = object.value(QStringLiteral("website")).toString();
    customer.email = object.value(QStringLiteral("email")).toString();
    customer.phone = object.value(QStringLiteral("phone")).toString();
    customer.fax = object.value(QStringLiteral("fax")).toString();
    customer.address = object.value(QStringLiteral("address")).toString();
    customer.info = object.value(QStringLiteral("info")).toString();
    customer.tags = StorageJson::readStringArray(object.value(QStringLiteral("tags")));
    customer.userId = StorageJson::readId(object.value(QStringLiteral("user_id")));
    customer.billingTax = object.value(QStringLiteral("billing_tax")).toDouble();
    customer.customProperties = object.value(QStringLiteral("custom_properties")).toObject();
    customer.createdAt = StorageJson::readTimestamp(object.value(QStringLiteral("created_at")));
    customer.updatedAt = StorageJson::readTimestamp(object.value(QStringLiteral("updated_at")));
    return customer;
}
