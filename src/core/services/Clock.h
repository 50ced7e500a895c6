// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

// The source of time for everything in core. Injected, so tests can run
// rate-limit windows, backoffs and timers on a fake clock in milliseconds.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Wall-clock time in UTC: timestamps, timer_started_at arithmetic.
    virtual QDateTime utcNow() const = 0;
    // Monotonic milliseconds for intervals (rate-limit windows, backoff):
    // unaffected by clock changes.
    virtual qint64 monotonicMs() const = 0;
    // The zone the user's days are counted in: the system's, as MOCO has no
    // per-account zone in its API and the web app shows the browser's day.
    virtual QTimeZone timeZone() const { return QTimeZone::systemTimeZone(); }
    // The user's calendar day now. The one place "today" is computed, so a
    // timer, a delivery and the window agree on it around midnight.
    QDate today() const { return utcNow().toTimeZone(timeZone()).date(); }

signals:
    // Time moved other than by ticking (a fake clock advanced; a resume from
    // sleep). Anything waiting on a deadline re-checks it.
    void jumped();
};
