// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActivityUndoContext.h"

#include <QUndoCommand>

#include <optional>

class TimerService;

// A timer the user started or stopped. Undo puts the timers back as they
// were: a started timer stops again — the activity the start made (a new or
// continued one) is deleted, an existing activity gets back the duration it
// had — and the timer the start stopped, or the one the user stopped, runs
// again. Redo repeats the start or the stop.
class TimerCommand : public QUndoCommand
{
public:
    struct Start
    {
        ActivityUndoContext::ActivityHandle activity;
        // What the start made, to make it again on redo; none: it ran on an
        // activity that was there before.
        std::optional<ActivityDraft> made;
        qint64 secondsBefore = 0; // the existing activity's duration before it ran
    };

    // started: the timer that runs afterwards (none: the user stopped one);
    // stopped: the one that ran before (null when none did). The change has
    // been made: the first redo() does nothing.
    TimerCommand(const ActivityUndoContext &context, TimerService *timer,
                 std::optional<Start> started, ActivityUndoContext::ActivityHandle stopped,
                 const QString &text);

    void undo() override;
    void redo() override;

private:
    void unstart();
    void runAgain(const ActivityUndoContext::ActivityHandle &activity);

    ActivityUndoContext m_context;
    TimerService *m_timer;
    std::optional<Start> m_started;
    ActivityUndoContext::ActivityHandle m_stopped;
    bool m_first = true;
};
