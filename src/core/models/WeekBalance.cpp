// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/WeekBalance.h"

#include "core/models/DaySummary.h"
#include "core/models/DisplayFormat.h"
#include "core/models/PresencesModel.h"
#include "core/models/WeekGridModel.h"
#include "core/services/Clock.h"

#include <QLocale>
#include <QStringList>
#include <QtGlobal>

namespace {
qint64 wholeMinutes(qint64 seconds)
{
    return qMax<qint64>(0, seconds) / 60 * 60;
}

std::optional<QTime> openSinceOn(const QDate &date, const QList<LocalPresence> &presences)
{
    for (const LocalPresence &local : presences) {
        const Presence &presence = local.presence;
        if (presence.date == date && presence.isOpen() && presence.from && presence.from->isValid())
            return presence.from;
    }
    return std::nullopt;
}
} // namespace

WeekBalance::WeekBalance(const QDate &monday, const QList<LocalPresence> &presences,
                         const std::array<qint64, 7> &loggedSeconds, const QDateTime &nowUtc,
                         const QTimeZone &zone)
{
    qint64 comparedPresent = 0;
    qint64 comparedLogged = 0; // seconds: cut off once, as the week total reads
    qint64 allLogged = 0;
    for (int index = 0; index < 7; ++index) {
        Day &day = m_days[index];
        day.date = monday.addDays(index);
        const DaySummary summary(day.date, loggedSeconds[index], presences, nowUtc, zone);
        day.presentSeconds = wholeMinutes(summary.presentSeconds());
        day.loggedSeconds = wholeMinutes(summary.loggedSeconds());
        if (!summary.hasPresence())
            day.state = DayState::NoPresence;
        else if (summary.isEndUnknown())
            day.state = DayState::EndUnknown;
        else if (summary.isOpen())
            day.state = DayState::Open;
        else
            day.state = DayState::Closed;
        if (summary.isOpen())
            day.openSince = openSinceOn(day.date, presences);
        day.differenceSeconds = day.hasDifference() ? summary.gapSeconds() : 0;
        day.standsOut =
            day.state == DayState::Closed && qAbs(day.differenceSeconds) > standOutSeconds;

        m_present += day.presentSeconds;
        allLogged += summary.loggedSeconds();
        if (day.hasDifference()) {
            comparedPresent += day.presentSeconds;
            comparedLogged += summary.loggedSeconds();
        }
    }
    m_logged = wholeMinutes(allLogged);
    m_difference = comparedPresent - wholeMinutes(comparedLogged);
}

WeekBalance WeekBalance::of(const PresencesModel &presences, const WeekGridModel &grid,
                            const Clock &clock)
{
    std::array<qint64, 7> logged{};
    const int totals = grid.rowCount() - 1;
    for (int day = 0; day < 7; ++day)
        logged[day] = grid.secondsAt(totals, day);
    return WeekBalance(grid.monday(), presencesOf(presences), logged, clock.utcNow(),
                       clock.timeZone());
}

QList<LocalPresence> WeekBalance::presencesOf(const PresencesModel &presences)
{
    QList<LocalPresence> result;
    result.reserve(presences.rowCount());
    for (int row = 0; row < presences.rowCount(); ++row)
        result.append(presences.presenceAt(row));
    return result;
}

bool WeekBalance::hasPresence() const
{
    for (const Day &day : m_days) {
        if (day.state != DayState::NoPresence)
            return true;
    }
    return false;
}

bool WeekBalance::isClockedIn() const
{
    for (const Day &day : m_days) {
        if (day.state == DayState::Open)
            return true;
    }
    return false;
}

bool WeekBalance::weekStandsOut() const
{
    return hasPresence() && !isClockedIn() && qAbs(m_difference) > standOutSeconds;
}

QList<QDate> WeekBalance::daysLeftOut() const
{
    QList<QDate> days;
    for (const Day &day : m_days) {
        if (day.state == DayState::EndUnknown ||
            (day.state == DayState::NoPresence && day.loggedSeconds > 0))
            days.append(day.date);
    }
    return days;
}

QString WeekBalance::durationText(qint64 seconds)
{
    return DisplayFormat::hoursMinutes(seconds);
}

QString WeekBalance::differenceText(qint64 seconds)
{
    if (seconds > 0)
        //: A difference of present minus logged time, e.g. "+0:35"
        return tr("+%1").arg(DisplayFormat::hoursMinutes(seconds));
    if (seconds < 0)
        //: A negative difference with a real minus sign (U+2212), e.g. "−0:20"
        return tr("−%1").arg(DisplayFormat::hoursMinutes(-seconds));
    return DisplayFormat::hoursMinutes(0);
}

QString WeekBalance::differenceMeaning(qint64 seconds)
{
    if (seconds > 0)
        //: Present longer than logged, e.g. "0:35 not logged yet"
        return tr("%1 not logged yet").arg(DisplayFormat::hoursMinutes(seconds));
    if (seconds < 0)
        //: Logged longer than present, e.g. "0:20 more than present"
        return tr("%1 more than present").arg(DisplayFormat::hoursMinutes(-seconds));
    //: Logged time and presence are the same
    return tr("All logged");
}

QString WeekBalance::dayNote(int index) const
{
    const Day &day = m_days.at(index);
    const QString since = day.openSince ? DisplayFormat::clockTime(*day.openSince) : QString();
    switch (day.state) {
    case DayState::NoPresence:
        return day.loggedSeconds > 0
                   ? tr("No presence on this day: nothing to compare the logged time with.")
                   : QString();
    case DayState::Closed:
        return differenceMeaning(day.differenceSeconds);
    case DayState::Open:
        //: While clocked in, e.g. "Clocked in since 08:05; so far 0:35 not logged yet"
        return tr("Clocked in since %1; so far %2")
            .arg(since, differenceMeaning(day.differenceSeconds));
    case DayState::EndUnknown:
        //: A past day whose presence was never closed, e.g. "… since 10:00 …"
        return tr("Never clocked out: the presence since %1 has no end, so the difference is "
                  "unknown. Correct it in the day view.")
            .arg(since);
    }
    return QString();
}

QString WeekBalance::weekNote() const
{
    if (!hasPresence())
        return QString();
    QString note = differenceMeaning(m_difference);
    if (isClockedIn())
        //: The week's difference while clocked in, e.g. "0:35 not logged yet, so far"
        note = tr("%1, so far").arg(note);
    const QList<QDate> leftOut = daysLeftOut();
    if (!leftOut.isEmpty()) {
        const QLocale locale;
        QStringList names;
        for (const QDate &date : leftOut)
            names.append(locale.dayName(date.dayOfWeek(), QLocale::LongFormat));
        //: The week's difference leaves out days that cannot be compared, e.g.
        //: "Not counted: Tuesday and Saturday (no presence, or never clocked out)"
        note += QLatin1Char('\n') + tr("Not counted: %1 (no presence, or never clocked out)")
                                        .arg(locale.createSeparatedList(names));
    }
    return note;
}
