// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ActivityUndoContext.h"

#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"

qint64 ActivityUndoContext::recreate(ActivityDraft draft) const
{
    draft.seconds = std::max<qint64>(draft.seconds, LocalChanges::shortestStoredSeconds);
    return changes->createActivity(draft);
}

bool ActivityUndoContext::writeFields(qint64 localId, const Activity &values) const
{
    const std::optional<LocalActivity> row = ActivityCache(store).find(localId);
    if (!row || row->deletedLocally)
        return false;
    Activity edited = row->activity;
    edited.date = values.date;
    edited.seconds = values.seconds;
    edited.hours.reset(); // seconds are authoritative; the decimal copy would be stale
    edited.description = values.description;
    edited.project = values.project;
    edited.task = values.task;
    edited.billable = values.billable;
    edited.tag = values.tag;
    return changes->updateActivity(localId, edited);
}
