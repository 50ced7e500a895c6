// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShownPeriod.h"

#include "CalendarWeek.h"

ShownPeriod::ShownPeriod(const QDate &date, Mode mode)
    : m_date(date)
    , m_mode(mode)
{}

QDate ShownPeriod::from() const
{
    return m_mode == Mode::Day ? m_date : CalendarWeek::mondayOf(m_date);
}

QDate ShownPeriod::to() const
{
    return m_mode == Mode::Day ? m_date : CalendarWeek::mondayOf(m_date).addDays(6);
}

bool ShownPeriod::contains(const QDate &date) const
{
    return date >= from() && date <= to();
}

ShownPeriod ShownPeriod::previous() const
{
    return {m_date.addDays(m_mode == Mode::Day ? -1 : -7), m_mode};
}

ShownPeriod ShownPeriod::next() const
{
    return {m_date.addDays(m_mode == Mode::Day ? 1 : 7), m_mode};
}
