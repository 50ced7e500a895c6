// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/CalendarWeek.h"

QDate CalendarWeek::mondayOf(const QDate &date)
{
    return date.isValid() ? date.addDays(1 - date.dayOfWeek()) : QDate();
}

QDate CalendarWeek::localDate(const QDateTime &utcNow, const QTimeZone &zone)
{
    return utcNow.toTimeZone(zone).date();
}
