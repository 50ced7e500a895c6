// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ActivityDraft.h"

#include <QtGlobal>

#include <functional>
#include <memory>

class LocalChanges;
class LocalStore;
struct Activity;

// What the undo commands of activities share. A local id can change under a
// command: undoing a delete re-creates the activity (MOCO has no undelete)
// with a new local id, and the commands further up the stack that edit the
// same activity must follow it. So every command holds an ActivityHandle,
// one per activity, whose id the re-creating command updates.
struct ActivityUndoContext
{
    using ActivityHandle = std::shared_ptr<qint64>;

    LocalStore *store = nullptr;
    LocalChanges *changes = nullptr;
    // A command re-created or changed this row (to select it), or failed.
    std::function<void(qint64 localId)> touched;
    std::function<void(const QString &message)> failed;

    // Creates what the draft describes, as undo and redo do: a 0-second
    // activity would start a timer in MOCO, so it comes back with a minute.
    qint64 recreate(ActivityDraft draft) const;
    // Writes the fields a user edits (date, duration, description, project,
    // task, billable, tag) of `values` onto the row as it is now: what MOCO
    // or a running timer changed meanwhile stays.
    bool writeFields(qint64 localId, const Activity &values) const;
};
