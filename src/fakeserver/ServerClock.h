// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The server's notion of "now" for everything the API shows (timestamps,
// "today", timer durations). Tests can move it forward through
// POST /__fake/clock so a timer can run for minutes within milliseconds.
// Rate limiting and the request log use the real clock instead.
class ServerClock
{
public:
    // Whole seconds, UTC: MOCO's timestamps carry no fractions.
    QDateTime nowUtc() const;
    // The account's local calendar date.
    QDate today() const;
    // Local wall-clock time of day in minutes (presence times are local).
    int minutesOfDay() const;

    qint64 offsetMs() const { return m_offsetMs; }
    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }

private:
    qint64 m_offsetMs = 0;
};
