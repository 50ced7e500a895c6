// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionResult.h"

#include <QCoreApplication>
#include <QTime>

#include <optional>

class ActivityActions;
class AppPreferences;
class PresenceActions;

// "Clock in" / "Clock out" as one toggle, for the window, the tray and the
// shortcut alike. Clocking out while a timer runs asks first: the timer may
// be stopped with it or keep running (a user may leave the office and keep
// booking a call). The answer can be remembered ("Don't ask again",
// AppPreferences); until then needsTimerChoice() tells the caller to ask.
class ClockToggle
{
    Q_DECLARE_TR_FUNCTIONS(ClockToggle)
public:
    enum class TimerChoice { StopTimer, KeepTimer };

    ClockToggle(PresenceActions *presences, ActivityActions *activities,
                AppPreferences *preferences);

    bool isClockedIn() const;
    // Since when, while clocked in today.
    std::optional<QTime> presentSince() const;
    // The next toggle() clocks out while a timer runs and no answer is
    // remembered: ask, then call clockOut() with the answer.
    bool needsTimerChoice() const;
    // "Project · Task" of the running timer, for the question.
    QString runningTimerName() const;

    // Clocks in, or out with the remembered answer (the timer keeps running
    // when there is none: nothing the user did not ask for is stopped).
    ActionResult toggle();
    // The user's answer; `remember` keeps it for the next clock-outs.
    ActionResult clockOut(TimerChoice choice, bool remember);

private:
    bool timerRuns() const;

    PresenceActions *m_presences;
    ActivityActions *m_activities;
    AppPreferences *m_preferences;
};
