// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/DaySummary.h"

#include "core/models/DisplayFormat.h"

#include <QtGlobal>

namespace {
constexpr qint64 secondsPerDay = 24 * 60 * 60;

qint64 secondsOfDay(const QTime &time)
{
    return time.msecsSinceStartOfDay() / 1000;
}
} // namespace

DaySummary::DaySummary(const QDate &day, qint64 loggedSeconds,
                       const QList<LocalPresence> &presences, const QDateTime &nowUtc,
                       const QTimeZone &zone)
    : m_logged(qMax<qint64>(0, loggedSeconds))
{
    const QDateTime now = nowUtc.toTimeZone(zone);
    const bool isToday = now.date() == day;
    qint64 lastEnd = -1; // seconds since the day's start; past midnight above a day
    for (const LocalPresence &local : presences) {
        // A refused correction counts as MOCO has the interval.
        const Presence &presence = local.onMoco ? *local.onMoco : local.presence;
        if (presence.date != day || !presence.from || !presence.from->isValid())
            continue;
        // A new interval MOCO refused (an overlap) is not working time until
        // it is corrected; counting it would count the overlap twice. Its row
        // says why.
        if (local.needsAttention && presence.id == 0)
            continue;
        const qint64 from = secondsOfDay(*presence.from);
        qint64 to = 0;
        if (presence.isOpen()) {
            m_open = true;
            // Open on another day (a forgotten clock-out): the end is
            // unknown, so it adds nothing and no gap can be told.
            m_endUnknown = m_endUnknown || !isToday;
            to = isToday ? qMax(from, secondsOfDay(now.time())) : from;
        } else {
            to = secondsOfDay(*presence.to);
            // One rule with PresencesModel and PresenceDraft: a "to" before
            // its "from" ended after midnight; the same minute is empty.
            if (to < from)
                to += secondsPerDay;
            if (to > lastEnd) {
                lastEnd = to;
                m_lastTo = *presence.to;
            }
        }
        m_present += to - from;
        m_hasPresence = true;
        if (!m_firstFrom || *presence.from < *m_firstFrom)
            m_firstFrom = *presence.from;
    }
    if (m_open)
        m_lastTo.reset();
}

qint64 DaySummary::gapSeconds() const
{
    if (!m_hasPresence || m_endUnknown)
        return 0;
    return (m_present / 60 - m_logged / 60) * 60;
}

QString DaySummary::loggedText() const
{
    //: Time logged on the day shown, e.g. "Logged 3:22"
    return tr("Logged %1").arg(DisplayFormat::hoursMinutes(m_logged));
}

QString DaySummary::presentText() const
{
    if (!m_hasPresence)
        return {};
    //: Working time of the day, e.g. "Present 4:10"
    return tr("Present %1").arg(DisplayFormat::hoursMinutes(m_present));
}

QString DaySummary::spanText() const
{
    if (!m_hasPresence)
        return {};
    const QString from = m_firstFrom ? DisplayFormat::clockTime(*m_firstFrom) : QString();
    const QString to = m_lastTo ? DisplayFormat::clockTime(*m_lastTo) : QString();
    //: The day's working time from first start to last end, e.g. "08:05–16:15"; still clocked
    //: in: "08:05–"
    return tr("%1–%2").arg(from, to);
}

QString DaySummary::differenceText() const
{
    const qint64 gap = gapSeconds();
    if (!m_hasPresence || gap == 0)
        return {};
    if (gap > 0)
        //: Present longer than logged, e.g. "0:48 not logged yet"
        return tr("%1 not logged yet").arg(DisplayFormat::hoursMinutes(gap));
    //: Logged longer than present, e.g. "0:10 more than present"
    return tr("%1 more than present").arg(DisplayFormat::hoursMinutes(-gap));
}

QString DaySummary::text() const
{
    QStringList parts{presentText(), loggedText(), differenceText()};
    parts.removeAll(QString());
    //: Separator between the parts of the day footer
    return parts.join(tr(" · "));
}
