// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/RemoveActivityCommand.h"

#include "core/storage/LocalChanges.h"

#include <QCoreApplication>

RemoveActivityCommand::RemoveActivityCommand(const ActivityUndoContext &context,
                                             ActivityUndoContext::ActivityHandle handle,
                                             Activity removed, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_handle(std::move(handle))
    , m_removed(std::move(removed))
{}

void RemoveActivityCommand::undo()
{
    ActivityDraft draft = ActivityDraft::fromActivity(m_removed);
    draft.billable = m_removed.billable;
    const qint64 localId = m_context.recreate(draft);
    if (localId == 0) {
        m_context.failed(QCoreApplication::translate(
            "ActivityActions", "The activity could not be stored on this computer."));
        return;
    }
    *m_handle = localId;
    m_removedNow = false;
    m_context.touched(localId);
}

void RemoveActivityCommand::redo()
{
    if (m_removedNow)
        return; // the first push: it was just deleted
    if (!m_context.changes->deleteActivity(*m_handle)) {
        m_context.failed(QCoreApplication::translate(
            "ActivityActions", "The activity could not be deleted on this computer."));
        return;
    }
    m_removedNow = true;
}
