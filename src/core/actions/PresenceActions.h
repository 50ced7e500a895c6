// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionResult.h"
#include "core/storage/LocalPresence.h"

#include <QObject>
#include <QTime>

#include <optional>

class Clock;
class LocalChanges;
class LocalStore;

// Clocking in and out and home office for today, each rule once. Clock in
// makes an open presence at the current minute (a create with `from` and no
// `to`); clock out closes the open one at the current minute (an update with
// `to`). Both go through LocalChanges and the outbox, so they work offline
// and reach MOCO exactly once. The explicit calls rather than MOCO's
// /users/presences/touch: its options are described differently by its
// sources, and it discards a presence started and ended within one minute.
//
// Within one minute: clocking out right after clocking in would give an
// empty, invalid range, so it is refused with the reason and the presence
// stays open; clocking in again in the minute of a clock-out continues that
// interval instead of starting one MOCO would find overlapping.
class PresenceActions : public QObject
{
    Q_OBJECT
public:
    PresenceActions(LocalStore *store, LocalChanges *changes, const Clock *clock,
                    QObject *parent = nullptr);

    // Today's open presence, if clocked in.
    std::optional<LocalPresence> openToday() const;
    bool isClockedIn() const { return openToday().has_value(); }
    // The current minute of the user's day.
    QTime currentMinute() const;

    ActionResult clockIn();
    ActionResult clockOut();
    // Clocked in: clock out; otherwise clock in.
    ActionResult toggle();

    // MOCO stores home office per presence but applies it to the whole day:
    // every presence of today takes it. Without a presence today there is
    // nothing to mark yet (Refused, with the reason).
    ActionResult setHomeOfficeToday(bool homeOffice);
    bool isHomeOfficeToday() const;
    bool hasPresenceToday() const { return !today().isEmpty(); }

    // Corrections in the day's "Presences" table. The times are what the
    // user typed, checked by PresenceTimeInput before anything is stored; an
    // empty "to" leaves today's presence open. Overlaps are MOCO's to judge:
    // its 422 comes back on the interval (LocalPresence::errorMessage).
    // A new presence takes the day's home office, as MOCO applies it to the
    // whole day.
    ActionResult add(const QDate &date, const QString &fromText, const QString &toText);
    ActionResult edit(qint64 localId, const QString &fromText, const QString &toText);
    ActionResult remove(qint64 localId);

private:
    QList<LocalPresence> today() const;
    QList<LocalPresence> on(const QDate &date) const;
    // Refused when another presence than exceptLocalId is open today.
    std::optional<ActionResult> refuseSecondOpen(qint64 exceptLocalId) const;

    LocalStore *m_store;
    LocalChanges *m_changes;
    const Clock *m_clock;
};
