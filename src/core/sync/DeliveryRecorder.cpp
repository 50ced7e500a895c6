// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/DeliveryRecorder.h"

#include "core/services/Clock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/ActivityCreatePayload.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/PresenceCache.h"
#include "core/storage/StoreTransaction.h"
#include "core/storage/TimerPayload.h"

#include <QJsonObject>

#include <algorithm>

DeliveryRecorder::DeliveryRecorder(LocalStore *store, const Clock *clock)
    : m_store(store)
    , m_clock(clock)
{}

bool DeliveryRecorder::activityDelivered(const OutboxItem &item, const Activity &server)
{
    ActivityCache cache(m_store);
    Outbox outbox(m_store);
    StoreTransaction transaction(m_store->database());
    bool ok = transaction.isActive() && outbox.remove(item.seq);
    // A sync may have brought the new activity in as a row of its own
    // before this answer arrived: that row is this one.
    if (const std::optional<qint64> other = cache.localIdOf(server.id);
        ok && other && *other != item.localId)
        ok = cache.remove(*other);
    if (ok && item.kind == OutboxItem::Kind::CreateActivity) {
        const std::optional<ActivityCreatePayload> create =
            ActivityCreatePayload::fromJson(item.payload);
        if (create && create->startsTimer)
            ok = keepTimerRunning(item, server);
    }
    const QList<OutboxItem> remaining = outbox.itemsOf(QStringLiteral("activity"), item.localId);
    if (!ok) {
        return false;
    } else if (remaining.isEmpty()) {
        ok = cache.writeBoth(item.localId, server);
    } else if (const std::optional<LocalActivity> row = cache.find(item.localId)) {
        // Later changes still wait: keep showing them, learn the server id,
        // and base them on the version we just wrote ourselves.
        Activity shown = row->activity;
        shown.id = server.id;
        ok = cache.writeLocal(item.localId, shown) &&
             cache.writeServerVersion(item.localId, server, false);
        for (const OutboxItem &later : remaining)
            ok = ok && outbox.setBase(later.seq, server.updatedAt);
    }
    return ok && transaction.commit();
}

// The answer to a timer create, inside activityDelivered()'s transaction.
// The time is never lost:
// - MOCO's copy runs: its timer_started_at is the truth (shown even while
//   later edits of the record wait).
// - It does not run (sent late with the seconds so far, or MOCO did not start
//   it, e.g. another timer ran there) while the row still runs here: an
//   explicit StartTimer is queued — on today's activity only, as MOCO allows.
//   The row keeps running without a jump: its start moves on by the seconds
//   MOCO now holds. On another day the row shows MOCO's copy: stopped, with
//   the time up to the send booked.
// - Stopped here meanwhile, or later timer items queued: those items decide
//   (a late stop books the locally computed seconds, see TimerDelivery).
bool DeliveryRecorder::keepTimerRunning(const OutboxItem &item, const Activity &server)
{
    ActivityCache cache(m_store);
    Outbox outbox(m_store);
    const std::optional<LocalActivity> row = cache.find(item.localId);
    if (!row || !row->activity.isRunning())
        return true;
    for (const OutboxItem &later : outbox.itemsOf(QStringLiteral("activity"), item.localId)) {
        if (later.kind == OutboxItem::Kind::StartTimer ||
            later.kind == OutboxItem::Kind::StopTimer ||
            later.kind == OutboxItem::Kind::DeleteActivity)
            return true;
    }
    Activity shown = row->activity;
    if (server.isRunning()) {
        shown.seconds = server.seconds;
        shown.timerStartedAt = server.timerStartedAt;
        return cache.writeLocal(item.localId, shown);
    }
    if (server.date != m_clock->today())
        return true;
    const qint64 booked = std::max<qint64>(0, server.seconds - shown.seconds);
    shown.seconds = server.seconds;
    shown.timerStartedAt = shown.timerStartedAt->addSecs(booked);
    OutboxItem startItem;
    startItem.kind = OutboxItem::Kind::StartTimer;
    startItem.localId = item.localId;
    startItem.payload = TimerPayload{*shown.timerStartedAt, shown.seconds}.toJson(true);
    startItem.baseUpdatedAt = server.updatedAt;
    startItem.createdAt = m_clock->utcNow();
    return cache.writeLocal(item.localId, shown) && outbox.add(startItem) != 0;
}

bool DeliveryRecorder::activityDeleted(const OutboxItem &item)
{
    StoreTransaction transaction(m_store->database());
    Outbox outbox(m_store);
    bool ok = transaction.isActive() && outbox.remove(item.seq);
    if (ok && !outbox.hasUndelivered(QStringLiteral("activity"), item.localId))
        ok = ActivityCache(m_store).remove(item.localId);
    return ok && transaction.commit();
}

bool DeliveryRecorder::presenceDelivered(const OutboxItem &item, const Presence *server)
{
    PresenceCache cache(m_store);
    Outbox outbox(m_store);
    StoreTransaction transaction(m_store->database());
    bool ok = transaction.isActive() && outbox.remove(item.seq);
    const bool more = outbox.hasUndelivered(QStringLiteral("presence"), item.localId);
    if (!ok) {
        return false;
    } else if (!server) {
        if (!more)
            ok = cache.remove(item.localId);
    } else if (!more) {
        ok = cache.writeLocal(item.localId, *server);
    } else if (std::optional<LocalPresence> row = cache.find(item.localId)) {
        row->presence.id = server->id;
        ok = cache.writeLocal(item.localId, row->presence);
    }
    return ok && transaction.commit();
}

bool DeliveryRecorder::conflict(const OutboxItem &item, const Activity *theirs)
{
    StoreTransaction transaction(m_store->database());
    const bool ok = transaction.isActive() &&
                    ActivityCache(m_store).writeServerVersion(
                        item.localId, theirs ? std::optional<Activity>(*theirs) : std::nullopt,
                        theirs == nullptr) &&
                    Outbox(m_store).setState(item.seq, OutboxItem::State::Conflict);
    return ok && transaction.commit();
}

bool DeliveryRecorder::itemDone(const OutboxItem &item)
{
    return Outbox(m_store).remove(item.seq);
}
