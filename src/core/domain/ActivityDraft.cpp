// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ActivityDraft.h"

#include "core/domain/Activity.h"
#include "core/domain/JsonWriter.h"

ActivityDraft ActivityDraft::fromActivity(const Activity &activity)
{
    ActivityDraft draft;
    draft.date = activity.date;
    draft.projectId = activity.project.id;
    draft.taskId = activity.task.id;
    draft.seconds = activity.seconds;
    draft.description = activity.description;
    draft.billable = activity.billable;
    draft.tag = activity.tag;
    draft.remoteService = activity.remoteService;
    draft.remoteId = activity.remoteId;
    draft.remoteUrl = activity.remoteUrl;
    return draft;
}

bool ActivityDraft::isValid() const
{
    return date.isValid() && projectId > 0 && taskId > 0 && seconds >= 0;
}

QJsonObject ActivityDraft::toJson() const
{
    QJsonObject json{{QStringLiteral("date"), JsonWriter::date(date)},
                     {QStringLiteral("project_id"), JsonWriter::id(projectId)},
                     {QStringLiteral("task_id"), JsonWriter::id(taskId)},
                     {QStringLiteral("seconds"), QJsonValue(seconds)},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("tag"), tag},
                     {QStringLiteral("remote_service"), remoteService},
                     {QStringLiteral("remote_id"), remoteId},
                     {QStringLiteral("remote_url"), remoteUrl}};
    JsonWriter::putBool(json, QStringLiteral("billable"), billable);
    return json;
}
