// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/AddActivityCommand.h"

#include "core/storage/LocalChanges.h"

#include <QCoreApplication>

AddActivityCommand::AddActivityCommand(const ActivityUndoContext &context,
                                       ActivityUndoContext::ActivityHandle handle,
                                       ActivityDraft draft, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_handle(std::move(handle))
    , m_draft(std::move(draft))
{}

void AddActivityCommand::undo()
{
    if (!m_context.changes->deleteActivity(*m_handle)) {
        m_context.failed(QCoreApplication::translate(
            "ActivityActions", "The activity could not be deleted on this computer."));
        return;
    }
    m_done = false;
}

void AddActivityCommand::redo()
{
    if (m_done)
        return; // the first push: it was just added
    const qint64 localId = m_context.recreate(m_draft);
    if (localId == 0) {
        m_context.failed(QCoreApplication::translate(
            "ActivityActions", "The activity could not be stored on this computer."));
        return;
    }
    *m_handle = localId;
    m_done = true;
    m_context.touched(localId);
}
