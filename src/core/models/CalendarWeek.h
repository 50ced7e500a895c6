// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// Weeks as MOCO's users see them: Monday to Sunday, by calendar date.
// Days are counted in dates, never as 24-hour steps, so a 23- or 25-hour
// day at a DST change is still one column.
class CalendarWeek
{
public:
    static QDate mondayOf(const QDate &date);
    // The date a wall clock in zone shows at utcNow ("today" for the user).
    static QDate localDate(const QDateTime &utcNow, const QTimeZone &zone);
};
