// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/ActivityRecord.h"

#include "fakeserver/data/StorageJson.h"

QJsonObject ActivityRecord::toStorage() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("project_id"), projectId},
        {QStringLiteral("task_id"), taskId},
        {QStringLiteral("date"), StorageJson::date(date)},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("description"), description},
        {QStringLiteral("billable"), billable},
        {QStringLiteral("billed"), billed},
        {QStringLiteral("invoice_id"), StorageJson::nullableId(invoiceId)},
        {QStringLiteral("tag"), tag},
        {QStringLiteral("remote_service"), remoteService},
        {QStringLiteral("remote_id"), StorageJson::nullableString(remoteId)},
        {QStringLiteral("remote_url"), StorageJson::nullableString(remoteUrl)},
        {QStringLiteral("hourly_rate"), hourlyRate},
        {QStringLiteral("timer_started_at"), StorageJson::timestamp(timerStartedAt)},
        {QStringLiteral("created_at"), StorageJson::timestamp(createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(updatedAt)},
    };
}

ActivityRecord ActivityRecord::fromStorage(const QJsonObject &object)
{
    ActivityRecord activity;
    activity.id = StorageJson::readId(object.value(QStringLiteral("id")));
    activity.userId = StorageJson::readId(object.value(QStringLiteral("user_id")));
    activity.projectId = StorageJson::readId(object.value(QStringLiteral("project_id")));
    activity.taskId = StorageJson::readId(object.value(QStringLiteral("task_id")));
    activity.date = StorageJson::readDate(object.value(QStringLiteral("date")));
    activity.seconds = object.value(QStringLiteral("seconds")).toInteger();
    activity.description = object.value(QStringLiteral("description")).toString();
    activity.billable = object.value(QStringLiteral("billable")).toBool(true);
    activity.billed = object.value(QStringLiteral("billed")).toBool();
    activity.invoiceId = StorageJson::readId(object.value(QStringLiteral("invoice_id")));
    activity.tag = object.value(QStringLiteral("tag")).toString();
    activity.remoteService = object.value(QStringLiteral("remote_service")).toString();
    activity.remoteId = StorageJson::readNullableString(object.value(QStringLiteral("remote_id")));
    activity.remoteUrl =
        StorageJson::readNullableString(object.value(QStringLiteral("remote_url")));
    activity.hourlyRate = object.value(QStringLiteral("hourly_rate")).toDouble();
    activity.timerStartedAt =
        StorageJson::readTimestamp(object.value(QStringLiteral("timer_started_at")));
    activity.createdAt = StorageJson::readTimestamp(object.value(QStringLiteral("created_at")));
    activity.updatedAt = StorageJson::readTimestamp(object.value(QStringLiteral("updated_at")));
    return activity;
}
