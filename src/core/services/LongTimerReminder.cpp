// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/LongTimerReminder.h"

#include "core/services/Clock.h"

#include <algorithm>

namespace {
// Monotonic timers stand still during suspend: never wait longer than this
// before looking at the wall clock again.
constexpr qint64 maxWaitMs = 60 * 1000;
} // namespace

LongTimerReminder::LongTimerReminder(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LongTimerReminder::check);
    connect(m_clock, &Clock::jumped, this, &LongTimerReminder::check);
}

void LongTimerReminder::setLimitHours(int hours)
{
    m_limitHours = std::max(0, hours);
    check();
}

void LongTimerReminder::setRunning(qint64 localId, const QDateTime &startedAtUtc)
{
    // A sync may correct the start of the same run by a few seconds (the
    // server's timer_started_at replaces the local one): only a start after
    // the reminder came is a new run of the same activity.
    if (localId != m_localId || (m_reminded && startedAtUtc >= m_remindedAt))
        m_reminded = false;
    m_localId = localId;
    m_startedAt = startedAtUtc;
    check();
}

void LongTimerReminder::setIdle()
{
    m_localId = 0;
    m_startedAt = {};
    m_reminded = false;
    check();
}

QDateTime LongTimerReminder::dueAt() const
{
    if (m_limitHours <= 0 || m_localId == 0 || !m_startedAt.isValid() || m_reminded)
        return {};
    return m_startedAt.addSecs(qint64(m_limitHours) * 3600);
}

void LongTimerReminder::check()
{
    m_timer.stop();
    const QDateTime dueTime = dueAt();
    if (!dueTime.isValid())
        return;
    const qint64 remainingMs = m_clock->utcNow().msecsTo(dueTime);
    if (remainingMs <= 0) {
        m_reminded = true;
        m_remindedAt = m_clock->utcNow();
        emit due(m_localId);
        return;
    }
    m_timer.start(int(std::min(remainingMs, maxWaitMs)));
}
