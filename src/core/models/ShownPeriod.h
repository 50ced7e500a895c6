// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

// What the main window shows: one day, or the Monday–Sunday week around a
// date. Navigating keeps the date the user was on, so switching from a week
// back to the day view returns to that day, not to the Monday.
class ShownPeriod
{
public:
    enum class Mode { Day, Week };

    ShownPeriod() = default;
    ShownPeriod(const QDate &date, Mode mode);

    QDate date() const { return m_date; }
    Mode mode() const { return m_mode; }
    // The first and last day shown (the same day in the day view).
    QDate from() const;
    QDate to() const;
    bool contains(const QDate &date) const;

    // One day or one week back or forward.
    ShownPeriod previous() const;
    ShownPeriod next() const;
    ShownPeriod withDate(const QDate &date) const { return {date, m_mode}; }
    ShownPeriod withMode(Mode mode) const { return {m_date, mode}; }

    friend bool operator==(const ShownPeriod &, const ShownPeriod &) = default;

private:
    QDate m_date;
    Mode m_mode = Mode::Day;
};
