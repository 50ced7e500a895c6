// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/CompanyJson.h"

#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/StorageJson.h"
#include "fakeserver/moco/UserJson.h"

#include <QJsonArray>

QJsonObject CompanyJson::full(const CustomerRecord &customer, const FakeDatabase &database)
{
    QJsonArray projects;
    for (const ProjectRecord &project : database.projects().projects()) {
        if (project.customerId != customer.id)
            continue;
        projects.append(QJsonObject{
            {QStringLiteral("id"), project.id},
            {QStringLiteral("identifier"), StorageJson::nullableString(project.identifier)},
            {QStringLiteral("name"), project.name},
            {QStringLiteral("active"), project.active},
            {QStringLiteral("billable"), project.billable},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), customer.id},
        {QStringLiteral("type"), QStringLiteral("customer")},
        {QStringLiteral("name"), customer.name},
        {QStringLiteral("website"), customer.website},
        {QStringLiteral("email"), customer.email},
        {QStringLiteral("phone"), customer.phone},
        {QStringLiteral("fax"), customer.fax},
        {QStringLiteral("address"), customer.address},
        {QStringLiteral("tags"), StorageJson::stringArray(customer.tags)},
        {QStringLiteral("user"), UserJson::reference(customer.userId, database)},
        {QStringLiteral("info"), customer.info},
        {QStringLiteral("custom_properties"), customer.customProperties},
        {QStringLiteral("identifier"), customer.identifier},
        {QStringLiteral("intern"), customer.intern},
        {QStringLiteral("currency"), customer.currency},
        {QStringLiteral("billing_tax"), customer.billingTax},
        {QStringLiteral("projects"), projects},
        {QStringLiteral("created_at"), StorageJson::timestamp(customer.createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(customer.updatedAt)},
    };
}
