// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ActivityChanges.h"

#include "core/domain/Activity.h"
#include "core/domain/JsonWriter.h"

namespace {

template<typename T>
void putIfSet(QJsonObject &json, const QString &key, const std::optional<T> &value)
{
    if (value)
        json.insert(key, *value);
}

template<typename T>
std::optional<T> changed(const T &before, const T &after)
{
    if (before == after)
        return std::nullopt;
    return after;
}

} // namespace

bool ActivityChanges::isEmpty() const
{
    return !date && !projectId && !taskId && !seconds && !description && !billable && !tag &&
           !remoteService && !remoteId && !remoteUrl && !stopTimer;
}

ActivityChanges ActivityChanges::between(const Activity &original, const Activity &edited)
{
    ActivityChanges changes;
    changes.date = changed(original.date, edited.date);
    changes.projectId = changed(original.project.id, edited.project.id);
    changes.taskId = changed(original.task.id, edited.task.id);
    changes.seconds = changed(original.seconds, edited.seconds);
    changes.description = changed(original.description, edited.description);
    changes.billable = changed(original.billable, edited.billable);
    changes.tag = changed(original.tag, edited.tag);
    changes.remoteService = changed(original.remoteService, edited.remoteService);
    changes.remoteId = changed(original.remoteId, edited.remoteId);
    changes.remoteUrl = changed(original.remoteUrl, edited.remoteUrl);
    // A project change needs its task too: the server checks the pair.
    if (changes.projectId && !changes.taskId)
        changes.taskId = edited.task.id;
    return changes;
}

QJsonObject ActivityChanges::toJson() const
{
    QJsonObject json;
    if (date)
        json.insert(QStringLiteral("date"), JsonWriter::date(*date));
    JsonWriter::putInteger(json, QStringLiteral("project_id"), projectId);
    JsonWriter::putInteger(json, QStringLiteral("task_id"), taskId);
    JsonWriter::putInteger(json, QStringLiteral("seconds"), seconds);
    putIfSet(json, QStringLiteral("description"), description);
    putIfSet(json, QStringLiteral("billable"), billable);
    putIfSet(json, QStringLiteral("tag"), tag);
    putIfSet(json, QStringLiteral("remote_service"), remoteService);
    putIfSet(json, QStringLiteral("remote_id"), remoteId);
    putIfSet(json, QStringLiteral("remote_url"), remoteUrl);
    if (stopTimer)
        json.insert(QStringLiteral("stop_timer"), true);
    return json;
}
