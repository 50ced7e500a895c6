// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/CustomFieldDefinition.h"

#include "fakeserver/data/StorageJson.h"

// The storage form is the API form: every field of the definition is public.
QJsonObject CustomFieldDefinition::toStorage() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("name_alt"), nameAlt},
        {QStringLiteral("placeholder"), placeholder},
        {QStringLiteral("placeholder_alt"), placeholderAlt},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("print_on_invoice"), printOnInvoice},
        {QStringLiteral("print_on_offer"), printOnOffer},
        {QStringLiteral("print_on_timesheet"), printOnTimesheet},
        {QStringLiteral("notification_enabled"), notificationEnabled},
        {QStringLiteral("api_only"), apiOnly},
        {QStringLiteral("defaults"), StorageJson::stringArray(defaults)},
        {QStringLiteral("created_at"), StorageJson::timestamp(createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(updatedAt)},
    };
}

CustomFieldDefinition CustomFieldDefinition::fromStorage(const QJsonObject &object)
{
    CustomFieldDefinition field;
    field.id = StorageJson::readId(object.value(QStringLiteral("id")));
    field.name = object.value(QStringLiteral("name")).toString();
    field.nameAlt = object.value(QStringLiteral("name_alt")).toString();
    field.placeholder = object.value(QStringLiteral("placeholder")).toString();
    field.placeholderAlt = object.value(QStringLiteral("placeholder_alt")).toString();
    field.entity = object.value(QStringLiteral("entity")).toString();
    field.kind = object.value(QStringLiteral("kind")).toString();
    field.printOnInvoice = object.value(QStringLiteral("print_on_invoice")).toBool();
    field.printOnOffer = object.value(QStringLiteral("print_on_offer")).toBool();
    field.printOnTimesheet = object.value(QStringLiteral("print_on_timesheet")).toBool();
    field.notificationEnabled = object.value(QStringLiteral("notification_enabled")).toBool();
    field.apiOnly = object.value(QStringLiteral("api_only")).toBool();
    field.defaults = StorageJson::readStringArray(object.value(QStringLiteral("defaults")));
    field.createdAt = StorageJson::readTimestamp(object.value(QStringLiteral("created_at")));
    field.updatedAt = StorageJson::readTimestamp(object.value(QStringLiteral("updated_at")));
    return field;
}
