// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ClockToggle.h"

#include "core/actions/ActivityActions.h"
#include "core/actions/PresenceActions.h"
#include "core/services/AppPreferences.h"
#include "core/sync/TimerService.h"

ClockToggle::ClockToggle(PresenceActions *presences, ActivityActions *activities,
                         AppPreferences *preferences)
    : m_presences(presences)
    , m_activities(activities)
    , m_preferences(preferences)
{}

bool ClockToggle::isClockedIn() const
{
    return m_presences->isClockedIn();
}

std::optional<QTime> ClockToggle::presentSince() const
{
    const std::optional<LocalPresence> open = m_presences->openToday();
    if (!open)
        return std::nullopt;
    return open->presence.from;
}

bool ClockToggle::timerRuns() const
{
    return m_activities->timer()->running().has_value();
}

bool ClockToggle::needsTimerChoice() const
{
    return isClockedIn() && timerRuns() &&
           m_preferences->timerOnClockOut() == AppPreferences::TimerOnClockOut::Ask;
}

QString ClockToggle::runningTimerName() const
{
    const std::optional<LocalActivity> running = m_activities->timer()->running();
    if (!running)
        return {};
    //: The running timer in the clock-out question: "Project · Task"
    return tr("%1 · %2").arg(running->activity.project.name, running->activity.task.name);
}

ActionResult ClockToggle::toggle()
{
    if (!isClockedIn())
        return m_presences->clockIn();
    const bool stop = m_preferences->timerOnClockOut() == AppPreferences::TimerOnClockOut::Stop;
    return clockOut(stop ? TimerChoice::StopTimer : TimerChoice::KeepTimer, false);
}

ActionResult ClockToggle::clockOut(TimerChoice choice, bool remember)
{
    if (remember)
        m_preferences->setTimerOnClockOut(choice == TimerChoice::StopTimer
                                              ? AppPreferences::TimerOnClockOut::Stop
                                              : AppPreferences::TimerOnClockOut::Keep);
    // Refused within the minute of the clock-in: then the timer runs on too.
    const ActionResult out = m_presences->clockOut();
    if (!out.ok() || choice == TimerChoice::KeepTimer || !timerRuns())
        return out;
    const ActionResult stopped = m_activities->stopTimer();
    if (!stopped.ok())
        return ActionResult::failed(
            stopped.status,
            tr("You are clocked out, but the timer still runs: %1").arg(stopped.message));
    return out;
}
