// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/PresenceActions.h"

#include "core/actions/PresenceTimeInput.h"
#include "core/models/DisplayFormat.h"
#include "core/services/Clock.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/PresenceCache.h"

#include <algorithm>

namespace {
QString hoursAndMinutes(const QTime &time)
{
    return DisplayFormat::clockTime(time);
}

ActionResult notStored()
{
    return ActionResult::failed(
        ActionResult::Status::StoreFailed,
        PresenceActions::tr("The working time could not be stored on this computer."));
}
} // namespace

PresenceActions::PresenceActions(LocalStore *store, LocalChanges *changes, const Clock *clock,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_changes(changes)
    , m_clock(clock)
{}

QList<LocalPresence> PresenceActions::today() const
{
    return on(m_clock->today());
}

QList<LocalPresence> PresenceActions::on(const QDate &date) const
{
    return PresenceCache(m_store).between(date, date);
}

std::optional<LocalPresence> PresenceActions::openToday() const
{
    for (const LocalPresence &local : today()) {
        if (local.presence.isOpen())
            return local;
    }
    return std::nullopt;
}

QTime PresenceActions::currentMinute() const
{
    const QTime now = m_clock->utcNow().toTimeZone(m_clock->timeZone()).time();
    return QTime(now.hour(), now.minute());
}

ActionResult PresenceActions::clockIn()
{
    if (const std::optional<LocalPresence> open = openToday())
        return ActionResult::failed(
            ActionResult::Status::Refused,
            tr("You are clocked in since %1 already.").arg(hoursAndMinutes(*open->presence.from)));
    const QTime now = currentMinute();
    const QList<LocalPresence> presences = today();
    for (const LocalPresence &local : presences) {
        const Presence &presence = local.presence;
        if (!presence.from || !presence.to)
            continue;
        if (*presence.to == now) {
            // Out and in again within the minute: the interval goes on while
            // the clock-out is still unsent (the outbox folds it away). Once
            // MOCO has the end, only an explicit "to": null could reopen it,
            // and that is not known to work: so say when to clock in.
            if (!m_changes->isPresenceEndUnsent(local.localId))
                return ActionResult::failed(
                    ActionResult::Status::Refused,
                    //: %1 is the time of the clock-out, e.g. "12:14"
                    tr("You clocked out at %1, less than a minute ago. Clock in again from the "
                       "next minute on.")
                        .arg(hoursAndMinutes(now)));
            Presence continued = presence;
            continued.to.reset();
            if (!m_changes->updatePresence(local.localId, continued))
                return notStored();
            return ActionResult::done(local.localId);
        }
        if (*presence.from <= now && now < *presence.to)
            return ActionResult::failed(
                ActionResult::Status::Refused,
                tr("You were present from %1 to %2 already. Correct that interval instead.")
                    .arg(hoursAndMinutes(*presence.from), hoursAndMinutes(*presence.to)));
    }
    Presence presence;
    presence.date = m_clock->today();
    presence.from = now;
    // The day's home office stays the day's.
    presence.isHomeOffice = isHomeOfficeToday();
    const qint64 localId = m_changes->createPresence(presence);
    if (localId == 0)
        return notStored();
    return ActionResult::done(localId);
}

ActionResult PresenceActions::clockOut()
{
    const std::optional<LocalPresence> open = openToday();
    if (!open)
        return ActionResult::failed(ActionResult::Status::Refused, tr("You are not clocked in."));
    const QTime now = currentMinute();
    const QTime from = open->presence.from.value_or(QTime());
    if (now <= from)
        return ActionResult::failed(
            ActionResult::Status::Refused,
            //: %1 is the time of the clock-in, e.g. "09:14"
            tr("You clocked in at %1, less than a minute ago: MOCO keeps minutes, so there is "
               "nothing to close yet. You stay clocked in; clock out again from the next minute "
               "on.")
                .arg(hoursAndMinutes(from)),
            QStringLiteral("to"));
    Presence closed = open->presence;
    closed.to = now;
    if (!m_changes->updatePresence(open->localId, closed))
        return notStored();
    return ActionResult::done(open->localId);
}

ActionResult PresenceActions::toggle()
{
    return isClockedIn() ? clockOut() : clockIn();
}

bool PresenceActions::isHomeOfficeToday() const
{
    const QList<LocalPresence> presences = today();
    return std::any_of(presences.cbegin(), presences.cend(),
                       [](const LocalPresence &local) { return local.presence.isHomeOffice; });
}

ActionResult PresenceActions::setHomeOfficeToday(bool homeOffice)
{
    const QList<LocalPresence> presences = today();
    if (presences.isEmpty())
        return ActionResult::failed(
            ActionResult::Status::Refused,
            tr("MOCO keeps home office with the working time: clock in first, then mark the "
               "day."));
    qint64 changed = 0;
    for (const LocalPresence &local : presences) {
        if (local.presence.isHomeOffice == homeOffice)
            continue;
        Presence marked = local.presence;
        marked.isHomeOffice = homeOffice;
        if (!m_changes->updatePresence(local.localId, marked))
            return notStored();
        changed = local.localId;
    }
    return ActionResult::done(changed);
}

std::optional<ActionResult> PresenceActions::refuseSecondOpen(qint64 exceptLocalId) const
{
    const std::optional<LocalPresence> open = openToday();
    if (!open || open->localId == exceptLocalId)
        return std::nullopt;
    return ActionResult::failed(ActionResult::Status::Refused,
                                tr("You are clocked in since %1: enter when this interval ended.")
                                    .arg(hoursAndMinutes(*open->presence.from)),
                                QStringLiteral("to"));
}

ActionResult PresenceActions::add(const QDate &date, const QString &fromText, const QString &toText)
{
    const PresenceTimeInput input =
        PresenceTimeInput::read(fromText, toText, date == m_clock->today());
    if (!input.isValid())
        return ActionResult::failed(ActionResult::Status::Refused, input.error, input.field);
    if (!input.to) {
        if (std::optional<ActionResult> refusal = refuseSecondOpen(0))
            return *refusal;
    }
    const QList<LocalPresence> sameDay = on(date);
    Presence presence;
    presence.date = date;
    presence.from = input.from;
    presence.to = input.to;
    presence.isHomeOffice =
        std::any_of(sameDay.cbegin(), sameDay.cend(),
                    [](const LocalPresence &local) { return local.presence.isHomeOffice; });
    const qint64 localId = m_changes->createPresence(presence);
    if (localId == 0)
        return notStored();
    return ActionResult::done(localId);
}

ActionResult PresenceActions::edit(qint64 localId, const QString &fromText, const QString &toText)
{
    const std::optional<LocalPresence> row = PresenceCache(m_store).find(localId);
    if (!row)
        return ActionResult::failed(ActionResult::Status::NotFound,
                                    tr("This working time is gone: a sync removed it."));
    const PresenceTimeInput input =
        PresenceTimeInput::read(fromText, toText, row->presence.date == m_clock->today());
    if (!input.isValid())
        return ActionResult::failed(ActionResult::Status::Refused, input.error, input.field);
    if (!input.to) {
        if (std::optional<ActionResult> refusal = refuseSecondOpen(localId))
            return *refusal;
    }
    Presence edited = row->presence;
    edited.from = input.from;
    edited.to = input.to;
    if (edited == row->presence)
        return ActionResult::done(localId); // nothing to send
    if (!m_changes->updatePresence(localId, edited))
        return notStored();
    return ActionResult::done(localId);
}

ActionResult PresenceActions::remove(qint64 localId)
{
    if (!PresenceCache(m_store).find(localId))
        return ActionResult::failed(ActionResult::Status::NotFound,
                                    tr("This working time is gone: a sync removed it."));
    if (!m_changes->deletePresence(localId))
        return notStored();
    return ActionResult::done(localId);
}
