// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/LocalPresence.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <optional>

class Clock;
class PresencesModel;
class WeekGridModel;

// The week view's presence band: per day of a week and for the whole week,
// the time present (presences, "Arbeitszeiten"), the time logged
// (activities) and the difference, and whether a difference stands out.
//
// Each day is a DaySummary, so the day footer and the week agree on every
// rule: an open presence of today counts until now; an open presence of
// another day was never closed and adds nothing; a presence cannot span
// midnight in MOCO, so a "to" before its "from" ended after midnight and
// counts on the day it began.
//
// Numbers are whole minutes, cut off like every duration on screen, and a
// difference is taken from the minutes shown, so each column adds up:
// present 7:45 − logged 7:10 = +0:35. The week's present and logged are the
// sums of the week (logged as the grid's week total reads); its difference
// counts only the days that have one (see DayState), and equals present −
// logged whenever every day with a presence or logged time has one.
//
// A day stands out when it is settled (all its presences closed) and its
// difference is more than 15 minutes either way. A day still clocked in
// does not: its "not logged yet" grows with every minute worked, and
// flagging it while the user works would be noise; it shows the difference
// so far. A past day whose presence was never closed has no difference at
// all (its end is unknown); it is told apart by its own note instead. The
// week stands out by the same 15 minutes, once nobody is clocked in.
class WeekBalance
{
    Q_DECLARE_TR_FUNCTIONS(WeekBalance)
public:
    static constexpr qint64 standOutSeconds = 15 * 60;

    enum class DayState {
        NoPresence, // nothing to compare with: no difference
        Closed,     // every presence closed: the difference is final
        Open,       // clocked in today: present and difference until now
        EndUnknown, // a presence of another day never closed: no difference
    };

    struct Day
    {
        QDate date;
        DayState state = DayState::NoPresence;
        qint64 presentSeconds = 0;    // whole minutes
        qint64 loggedSeconds = 0;     // whole minutes
        qint64 differenceSeconds = 0; // present − logged; 0 without a difference
        bool standsOut = false;
        std::optional<QTime> openSince; // the open presence's start (Open, EndUnknown)

        bool hasDifference() const { return state == DayState::Closed || state == DayState::Open; }
    };

    // monday: the week's Monday. presences: any; those of other dates are
    // left out. loggedSeconds: per day, Monday first (the grid's day
    // totals). nowUtc and zone tell today and the end of an open presence.
    WeekBalance(const QDate &monday, const QList<LocalPresence> &presences,
                const std::array<qint64, 7> &loggedSeconds, const QDateTime &nowUtc,
                const QTimeZone &zone = QTimeZone::systemTimeZone());
    // The week shown by grid, with presences' rows and the grid's day totals.
    static WeekBalance of(const PresencesModel &presences, const WeekGridModel &grid,
                          const Clock &clock);
    static QList<LocalPresence> presencesOf(const PresencesModel &presences);

    QDate monday() const { return m_days.front().date; }
    const Day &day(int index) const { return m_days.at(index); } // 0 = Monday
    bool hasPresence() const;
    bool isClockedIn() const; // a day is Open

    qint64 presentSeconds() const { return m_present; }
    qint64 loggedSeconds() const { return m_logged; }
    qint64 differenceSeconds() const { return m_difference; }
    bool weekStandsOut() const;
    // Days left out of the week's difference although they have a presence
    // (never closed) or logged time (but no presence).
    QList<QDate> daysLeftOut() const;

    // "7:45"
    static QString durationText(qint64 seconds);
    // "+0:35", "−0:20" (a real minus sign), "0:00"
    static QString differenceText(qint64 seconds);
    // "0:35 not logged yet", "0:20 more than present", "All logged"
    static QString differenceMeaning(qint64 seconds);

    // What a day's difference means, for its tooltip and accessible
    // description, e.g. "0:35 not logged yet"; "Clocked in since 08:05 …"
    // while open; why there is none for a never-closed or missing presence.
    QString dayNote(int index) const;
    // The same for the week: its meaning and the days left out.
    QString weekNote() const;

private:
    std::array<Day, 7> m_days;
    qint64 m_present = 0;
    qint64 m_logged = 0;
    qint64 m_difference = 0;
};
