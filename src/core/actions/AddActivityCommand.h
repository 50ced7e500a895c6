// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActivityUndoContext.h"

#include <QUndoCommand>

// An activity the user added (quick add, the editor, duplicate, a week
// cell): undo deletes it, redo creates it again.
class AddActivityCommand : public QUndoCommand
{
public:
    // The activity exists already as *handle: the first redo() does nothing.
    AddActivityCommand(const ActivityUndoContext &context,
                       ActivityUndoContext::ActivityHandle handle, ActivityDraft draft,
                       const QString &text);

    void undo() override;
    void redo() override;

private:
    ActivityUndoContext m_context;
    ActivityUndoContext::ActivityHandle m_handle;
    ActivityDraft m_draft;
    bool m_done = true;
};
