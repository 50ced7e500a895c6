// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActivityUndoContext.h"
#include "core/domain/Activity.h"

#include <QUndoCommand>

// A deleted activity: undo creates it again (MOCO has no undelete, so it
// gets a new id there and here), redo deletes that one.
class RemoveActivityCommand : public QUndoCommand
{
public:
    // `removed` as it was, with a running timer's time so far in seconds.
    // It is deleted already: the first redo() does nothing.
    RemoveActivityCommand(const ActivityUndoContext &context,
                          ActivityUndoContext::ActivityHandle handle, Activity removed,
                          const QString &text);

    void undo() override;
    void redo() override;

private:
    ActivityUndoContext m_context;
    ActivityUndoContext::ActivityHandle m_handle;
    Activity m_removed;
    bool m_removedNow = true;
};
