// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// MOCO's wire formats for dates and times, in one place.
class TimeFormat
{
public:
    // 2018-10-17T09:33:46Z: UTC, whole seconds, like the real service.
    static QString isoUtc(const QDateTime &time);
    // Accepts what clients send for updated_after (Z, offsets, milliseconds).
    static QDateTime parseIso(const QString &text);
    static QString isoDate(QDate date);
    // An HTTP Date header: "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 IMF-fixdate).
    static QByteArray httpDate(const QDateTime &time);
    // Strictly YYYY-MM-DD; anything else gives an invalid date.
    static QDate parseDate(const QString &text);
    // Strictly HH:MM, 00:00 to 23:59.
    static bool isValidHhMm(const QString &text);
    static int minutesOfDay(const QString &hhmm);
    static QString hhmm(int minutesOfDay);
};
