// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActivityUndoContext.h"
#include "core/domain/Activity.h"

#include <QUndoCommand>

// A change of an activity's fields (the editor, F2 in the day view, a week
// cell): undo writes the values from before, redo the changed ones. Each
// write goes to MOCO like any edit.
class EditActivityCommand : public QUndoCommand
{
public:
    // The change is stored already: the first redo() does nothing.
    EditActivityCommand(const ActivityUndoContext &context,
                        ActivityUndoContext::ActivityHandle handle, Activity before, Activity after,
                        const QString &text);

    void undo() override;
    void redo() override;

private:
    void write(const Activity &values);

    ActivityUndoContext m_context;
    ActivityUndoContext::ActivityHandle m_handle;
    Activity m_before;
    Activity m_after;
    bool m_first = true;
};
