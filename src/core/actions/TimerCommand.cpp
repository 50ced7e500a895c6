// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/TimerCommand.h"

#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/sync/TimerService.h"

#include <QCoreApplication>

namespace {
QString notStored()
{
    return QCoreApplication::translate("ActivityActions",
                                       "The timer could not be changed on this computer.");
}
} // namespace

TimerCommand::TimerCommand(const ActivityUndoContext &context, TimerService *timer,
                           std::optional<Start> started,
                           ActivityUndoContext::ActivityHandle stopped, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_timer(timer)
    , m_started(std::move(started))
    , m_stopped(std::move(stopped))
{}

void TimerCommand::undo()
{
    if (m_started)
        unstart();
    if (m_stopped)
        runAgain(m_stopped);
    m_timer->reload();
}

void TimerCommand::redo()
{
    if (m_first) {
        m_first = false; // the first push: it was just done
        return;
    }
    if (!m_started) {
        m_timer->stop();
        return;
    }
    if (m_started->made) {
        // Made again, as new: the one undo deleted is gone in MOCO.
        const ActivityDraft &made = *m_started->made;
        const qint64 localId =
            m_timer->startNew({made.projectId, made.taskId}, made.description, made.billable);
        if (localId == 0) {
            m_context.failed(notStored());
            return;
        }
        *m_started->activity = localId;
        m_context.touched(localId);
        return;
    }
    runAgain(m_started->activity);
}

void TimerCommand::unstart()
{
    const qint64 localId = *m_started->activity;
    m_context.changes->stopTimer(localId); // false when it stopped meanwhile: fine
    if (m_started->made) {
        if (!m_context.changes->deleteActivity(localId))
            m_context.failed(notStored());
        return;
    }
    const std::optional<LocalActivity> row = ActivityCache(m_context.store).find(localId);
    if (!row)
        return;
    Activity before = row->activity;
    before.seconds = m_started->secondsBefore;
    if (!m_context.writeFields(localId, before)) {
        m_context.failed(notStored());
        return;
    }
    m_context.touched(localId);
}

void TimerCommand::runAgain(const ActivityUndoContext::ActivityHandle &activity)
{
    if (m_timer->start(*activity) == 0) {
        m_context.failed(QCoreApplication::translate(
            "ActivityActions", "The timer could not be started on this activity."));
        return;
    }
    m_context.touched(*activity);
}
