// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/EditActivityCommand.h"

#include "core/storage/LocalChanges.h"

#include <QCoreApplication>

EditActivityCommand::EditActivityCommand(const ActivityUndoContext &context,
                                         ActivityUndoContext::ActivityHandle handle,
                                         Activity before, Activity after, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_handle(std::move(handle))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditActivityCommand::undo()
{
    write(m_before);
}

void EditActivityCommand::redo()
{
    if (m_first) {
        m_first = false; // the first push: it was just stored
        return;
    }
    write(m_after);
}

void EditActivityCommand::write(const Activity &values)
{
    if (!m_context.writeFields(*m_handle, values)) {
        m_context.failed(QCoreApplication::translate(
            "ActivityActions", "The activity could not be stored on this computer."));
        return;
    }
    m_context.touched(*m_handle);
}
