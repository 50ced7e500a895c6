// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/ProjectRecord.h"

#include "fakeserver/data/StorageJson.h"

#include <QJsonArray>

const TaskRecord *ProjectRecord::task(qint64 taskId) const
{
    for (const TaskRecord &candidate : tasks) {
        if (candidate.id == taskId)
            return &candidate;
    }
    return nullptr;
}

const ContractRecord *ProjectRecord::contractOf(qint64 userId) const
{
    for (const ContractRecord &candidate : contracts) {
        if (candidate.userId == userId)
            return &candidate;
    }
    return nullptr;
}

QJsonObject ProjectRecord::toStorage() const
{
    QJsonArray taskArray;
    for (const TaskRecord &task : tasks)
        taskArray.append(task.toStorage());
    QJsonArray contractArray;
    for (const ContractRecord &contract : contracts)
        contractArray.append(contract.toStorage());
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("identifier"), StorageJson::nullableString(identifier)},
        {QStringLiteral("name"), name},
        {QStringLiteral("active"), active},
        {QStringLiteral("billable"), billable},
        {QStringLiteral("fixed_price"), fixedPrice},
        {QStringLiteral("retainer"), retainer},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("leader_id"), leaderId},
        {QStringLiteral("color"), color},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("billing_variant"), billingVariant},
        {QStringLiteral("info"), info},
        {QStringLiteral("budget"), StorageJson::optionalNumber(budget)},
        {QStringLiteral("hourly_rate"), hourlyRate},
        {QStringLiteral("start_date"), StorageJson::date(startDate)},
        {QStringLiteral("finish_date"), StorageJson::date(finishDate)},
        {QStringLiteral("tags"), StorageJson::stringArray(tags)},
        {QStringLiteral("custom_properties"), customProperties},
        {QStringLiteral("tasks"), taskArray},
        {QStringLiteral("contracts"), contractArray},
        {QStringLiteral("created_at"), StorageJson::timestamp(createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(updatedAt)},
    };
}

ProjectRecord ProjectRecord::fromStorage(const QJsonObject &object)
{
    ProjectRecord project;
    project.id = StorageJson::readId(object.value(QStringLiteral("id")));
    project.identifier =
        StorageJson::readNullableString(object.value(QStringLiteral("identifier")));
    project.name = object.value(QStringLiteral("name")).toString();
    project.active = object.value(QStringLiteral("active")).toBool(true);
    project.billable = object.value(QStringLiteral("billable")).toBool(true);
    project.fixedPrice = object.value(QStringLiteral("fixed_price")).toBool();
    project.retainer = object.value(QStringLiteral("retainer")).toBool();
    project.customerId = StorageJson::readId(object.value(QStringLiteral("customer_id")));
    project.leaderId = StorageJson::readId(object.value(QStringLiteral("leader_id")));
    project.color = object.value(QStringLiteral("color")).toString();
    project.currency = object.value(QStringLiteral("currency")).toString();
    project.billingVariant = object.value(QStringLiteral("billing_variant")).toString();
    project.info = object.value(QStringLiteral("info")).toString();
    project.budget = StorageJson::readOptionalNumber(object.value(QStringLiteral("budget")));
    project.hourlyRate = object.value(QStringLiteral("hourly_rate")).toDouble();
    project.startDate = StorageJson::readDate(object.value(QStringLiteral("start_date")));
    project.finishDate = StorageJson::readDate(object.value(QStringLiteral("finish_date")));
    project.tags = StorageJson::readStringArray(object.value(QStringLiteral("tags")));
    project.customProperties = object.value(QStringLiteral("custom_properties")).toObject();
    const QJsonArray taskArray = object.value(QStringLiteral("tasks")).toArray();
    for (const QJsonValue &task : taskArray)
        project.tasks.append(TaskRecord::fromStorage(task.toObject()));
    const QJsonArray contractArray = object.value(QStringLiteral("contracts")).toArray();
    for (const QJsonValue &contract : contractArray)
        project.contracts.append(ContractRecord::fromStorage(contract.toObject()));
    project.createdAt = StorageJson::readTimestamp(object.value(QStringLiteral("created_at")));
    project.updatedAt = StorageJson::readTimestamp(object.value(QStringLiteral("updated_at")));
    return project;
}
