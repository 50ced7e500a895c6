// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/TaskRecord.h"

#include "fakeserver/data/StorageJson.h"

QJsonObject TaskRecord::toStorage() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("active"), active},
        {QStringLiteral("billable"), billable},
        {QStringLiteral("hourly_rate"), hourlyRate},
        {QStringLiteral("budget"), StorageJson::optionalNumber(budget)},
        {QStringLiteral("description"), StorageJson::nullableString(description)},
        {QStringLiteral("created_at"), StorageJson::timestamp(createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(updatedAt)},
    };
}

TaskRecord TaskRecord::fromStorage(const QJsonObject &object)
{
    TaskRecord task;
    task.id = StorageJson::readId(object.value(QStringLiteral("id")));
    task.name = object.value(QStringLiteral("name")).toString();
    task.active = object.value(QStringLiteral("active")).toBool(true);
    task.billable = object.value(QStringLiteral("billable")).toBool(true);
    task.hourlyRate = object.value(QStringLiteral("hourly_rate")).toDouble();
    task.budget = StorageJson::readOptionalNumber(object.value(QStringLiteral("budget")));
    task.description = StorageJson::readNullableString(object.value(QStringLiteral("description")));
    task.createdAt = StorageJson::readTimestamp(object.value(QStringLiteral("created_at")));
    task.updatedAt = StorageJson::readTimestamp(object.value(QStringLiteral("updated_at")));
    return task;
}
