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

#include <optional>

// The day footer's numbers: time logged on a day against the presences
// (working time) of that day, and the gap between them.
//
// Presences carry the account's wall-clock "HH:MM" without a zone, so they
// are compared with the clock's now in the given (local) zone. An open
// presence (clocked in, no "to") counts until now, but only on today: on
// another day it has no known end and adds nothing. A presence cannot span
// midnight in MOCO (it belongs to its date), so a "to" before its "from"
// can only mean it ended after midnight: it counts on the day it began
// (22:00–00:00 is two hours, 23:00–01:00 too). A "to" equal to its "from"
// is an empty presence (0:00), as PresencesModel and PresenceDraft read it.
//
// The gap is taken from whole minutes, so the three numbers shown always add
// up: "Logged 3:22 · Present 4:10 · 0:48 not logged yet".
class DaySummary
{
    Q_DECLARE_TR_FUNCTIONS(DaySummary)
public:
    DaySummary(const QDate &day, qint64 loggedSeconds, const QList<LocalPresence> &presences,
               const QDateTime &nowUtc, const QTimeZone &zone = QTimeZone::systemTimeZone());

    qint64 loggedSeconds() const { return m_logged; }
    qint64 presentSeconds() const { return m_present; }
    bool hasPresence() const { return m_hasPresence; }
    // Earliest start of the day's presences; nullopt without presences.
    std::optional<QTime> firstFrom() const { return m_firstFrom; }
    // Latest end; nullopt while a presence is open (or without presences).
    std::optional<QTime> lastTo() const { return m_lastTo; }
    bool isOpen() const { return m_open; }
    // A presence of another day than today was never closed: its end, and
    // so the gap, are unknown.
    bool isEndUnknown() const { return m_endUnknown; }
    // Present minus logged, in whole minutes' seconds; negative when more
    // was logged than present. 0 without presences, and when a presence of
    // a past day was never closed (its end is unknown).
    qint64 gapSeconds() const;

    // "Present 4:10 · Logged 3:22 · 0:48 not logged yet"; just "Logged 3:22"
    // without presences. The parts one by one (empty when not shown), and
    // the span of the day's presences ("08:05–16:15", "08:05–" while open).
    QString text() const;
    QString presentText() const;
    QString loggedText() const;
    QString differenceText() const;
    QString spanText() const;

private:
    qint64 m_logged = 0;
    qint64 m_present = 0;
    bool m_hasPresence = false;
    bool m_open = false;
    bool m_endUnknown = false;
    std::optional<QTime> m_firstFrom;
    std::optional<QTime> m_lastTo;
};
