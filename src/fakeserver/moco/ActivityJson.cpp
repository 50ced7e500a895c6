// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/ActivityJson.h"

#include "fakeserver/data/ActivityRecord.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/StorageJson.h"

#include <cmath>

double ActivityJson::hoursOf(qint64 seconds)
{
    return std::round(double(seconds) / 36.0) / 100.0;
}

QJsonObject ActivityJson::toApi(const ActivityRecord &activity, const FakeDatabase &database)
{
    const ProjectRecord *project = database.projects().findProject(activity.projectId);
    const TaskRecord *task = project ? project->task(activity.taskId) : nullptr;
    const CustomerRecord *customer =
        project ? database.projects().findCustomer(project->customerId) : nullptr;
    const UserRecord *user = database.users().find(activity.userId);

    QJsonObject projectJson{
        {QStringLiteral("id"), activity.projectId},
        {QStringLiteral("identifier"),
         StorageJson::nullableString(project ? project->identifier : QString())},
        {QStringLiteral("name"), project ? project->name : QString()},
        {QStringLiteral("billable"), project ? project->billable : true},
    };
    QJsonObject taskJson{
        {QStringLiteral("id"), activity.taskId},
        {QStringLiteral("name"), task ? task->name : QString()},
        {QStringLiteral("billable"), task ? task->billable : true},
    };
    QJsonObject customerJson{
        {QStringLiteral("id"), customer ? customer->id : 0},
        {QStringLiteral("name"), customer ? customer->name : QString()},
    };
    QJsonObject userJson{
        {QStringLiteral("id"), activity.userId},
        {QStringLiteral("firstname"), user ? user->firstname : QString()},
        {QStringLiteral("lastname"), user ? user->lastname : QString()},
    };

    return QJsonObject{
        {QStringLiteral("id"), activity.id},
        {QStringLiteral("date"), StorageJson::date(activity.date)},
        {QStringLiteral("hours"), hoursOf(activity.seconds)},
        {QStringLiteral("seconds"), activity.seconds},
        {QStringLiteral("worked_seconds"), activity.seconds},
        {QStringLiteral("description"), activity.description},
        {QStringLiteral("billed"), activity.billed},
        {QStringLiteral("invoice_id"), StorageJson::nullableId(activity.invoiceId)},
        {QStringLiteral("billable"), activity.billable},
        {QStringLiteral("tag"), activity.tag},
        {QStringLiteral("remote_service"), activity.remoteService},
        {QStringLiteral("remote_id"), StorageJson::nullableString(activity.remoteId)},
        {QStringLiteral("remote_url"), StorageJson::nullableString(activity.remoteUrl)},
        {QStringLiteral("project"), projectJson},
        {QStringLiteral("task"), taskJson},
        {QStringLiteral("customer"), customerJson},
        {QStringLiteral("user"), userJson},
        {QStringLiteral("deal"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("hourly_rate"), activity.hourlyRate},
        {QStringLiteral("timer_started_at"), StorageJson::timestamp(activity.timerStartedAt)},
        {QStringLiteral("created_at"), StorageJson::timestamp(activity.createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(activity.updatedAt)},
    };
}
