// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTime>

// How durations and times of day read on screen.
class DisplayFormat
{
public:
    // Whole minutes and seconds are cut off, not rounded, so a live timer
    // never shows a minute it has not reached yet and a total never runs
    // ahead of its parts.
    // 5400 → "1:30"; 45 → "0:00"; 36000 → "10:00".
    static QString hoursMinutes(qint64 seconds);
    // 4062 → "1:07:42": a running timer.
    static QString hoursMinutesSeconds(qint64 seconds);

    // A time of day in hours and minutes as the default locale writes it
    // ("10:42", "10:42 AM"); 24-hour "10:42" for the C locale, whose short
    // format would add seconds.
    static QString timeOfDay(const QTime &time);
    // "08:05" in every locale: MOCO's own HH:MM, for working times.
    static QString clockTime(const QTime &time);
};
