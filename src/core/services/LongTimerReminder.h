// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class Clock;

// Decides when to ask "Still working on …?": once per timer run, when the run
// (since its timer_started_at) is longer than the limit. Due times come from
// timestamps and the injected clock, never from counted ticks, so sleep,
// resume and clock changes cannot make it late by more than a minute.
class LongTimerReminder : public QObject
{
    Q_OBJECT
public:
    explicit LongTimerReminder(const Clock *clock, QObject *parent = nullptr);

    // 0 switches the reminder off.
    void setLimitHours(int hours);
    int limitHours() const { return m_limitHours; }

    // The running timer: its activity and when the run started (UTC). Another
    // activity, or the same one started after the reminder, is a new run and
    // may remind again.
    void setRunning(qint64 localId, const QDateTime &startedAtUtc);
    void setIdle();

    // When due() will fire; invalid when idle, off or already reminded.
    QDateTime dueAt() const;

signals:
    void due(qint64 localId);

private:
    void check();

    const Clock *m_clock;
    QTimer m_timer;
    int m_limitHours = 0;
    qint64 m_localId = 0;
    QDateTime m_startedAt;
    bool m_reminded = false;
    QDateTime m_remindedAt;
};
