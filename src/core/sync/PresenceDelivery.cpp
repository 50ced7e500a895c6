// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PresenceDelivery.h"

#include "core/api/ApiClient.h"
#include "core/storage/EditPayload.h"
#include "core/storage/PresenceCache.h"
#include "core/storage/PresenceCreatePayload.h"
#include "core/sync/DeliveryRecorder.h"

#include <QSet>

#include <algorithm>

namespace {

using Kind = DeliveryOutcome::Kind;

PresenceChanges presenceChanges(const Presence &before, const Presence &after)
{
    PresenceChanges changes;
    if (before.date != after.date)
        changes.date = after.date;
    if (before.from != after.from && after.from)
        changes.from = *after.from;
    if (before.to != after.to && after.to)
        changes.to = *after.to;
    if (before.isHomeOffice != after.isHomeOffice)
        changes.isHomeOffice = after.isHomeOffice;
    return changes;
}

} // namespace

void PresenceDelivery::send(const OutboxItem &item, Done done)
{
    if (item.kind == OutboxItem::Kind::CreatePresence)
        sendCreate(item, std::move(done));
    else
        sendChange(item, std::move(done));
}

void PresenceDelivery::sendCreate(const OutboxItem &item, Done done)
{
    const std::optional<PresenceCreatePayload> payload =
        PresenceCreatePayload::fromJson(item.payload);
    if (!payload) {
        done(DeliveryOutcome::of(Kind::Unreadable));
        return;
    }
    PresenceDraft draft;
    draft.date = payload->presence.date;
    draft.from = *payload->presence.from;
    draft.to = payload->presence.to;
    draft.isHomeOffice = payload->presence.isHomeOffice;
    if (!markSending(item)) {
        done(DeliveryOutcome::of(Kind::StoreFailed));
        return;
    }
    const Presence mine = payload->presence;
    m_context.api->createPresence(
        draft, this, [this, item, mine, done](const ApiResult<Presence> &result) {
            if (result.ok())
                done(DeliveryOutcome::stored(
                    m_context.recorder->presenceDelivered(item, &result.value())));
            else if (result.error().kind == ApiError::Kind::Validation && mine.isOpen())
                adoptOpenPresence(item, mine, result.error(), done);
            else
                done(DeliveryOutcome::failed(result.error(), result.reachedServer(), true));
        });
}

// MOCO opens a presence itself when a timer starts on a day without an open
// one, and refuses a second open presence ("range overlaps"). A clock-in
// that reaches MOCO after such a timer start is the same working time: the
// local row becomes MOCO's presence, started at the earlier of the two
// minutes (and home office when the user said so). Anything else refused
// stays refused, with MOCO's words.
void PresenceDelivery::adoptOpenPresence(const OutboxItem &item, const Presence &mine,
                                         const ApiError &refusal, Done done)
{
    readDay(
        mine.date, done,
        [this, item, mine, refusal, done](const QList<Presence> &onMoco,
                                          const QSet<qint64> &linked) {
            const auto theirs =
                std::find_if(onMoco.cbegin(), onMoco.cend(), [&](const Presence &p) {
                    return p.isOpen() && !linked.contains(p.id);
                });
            if (theirs == onMoco.cend()) {
                done(DeliveryOutcome::of(Kind::Refused, refusal));
                return;
            }
            PresenceChanges changes;
            if (mine.from && theirs->from && *mine.from < *theirs->from)
                changes.from = *mine.from;
            if (mine.isHomeOffice && !theirs->isHomeOffice)
                changes.isHomeOffice = true;
            if (changes.isEmpty()) {
                done(
                    DeliveryOutcome::stored(m_context.recorder->presenceDelivered(item, &*theirs)));
                return;
            }
            // An absolute change: when its answer is lost, the next attempt
            // is refused the same way and lands here again.
            m_context.api->updatePresence(
                theirs->id, changes, this, [this, item, done](const ApiResult<Presence> &updated) {
                    if (updated.ok())
                        done(DeliveryOutcome::stored(
                            m_context.recorder->presenceDelivered(item, &updated.value())));
                    else
                        done(DeliveryOutcome::failed(updated.error(), updated.reachedServer(),
                                                     false));
                });
        });
}

void PresenceDelivery::verify(const OutboxItem &item, Done done)
{
    if (item.kind != OutboxItem::Kind::CreatePresence) {
        send(item, std::move(done));
        return;
    }
    const std::optional<PresenceCreatePayload> payload =
        PresenceCreatePayload::fromJson(item.payload);
    if (!payload) {
        done(DeliveryOutcome::of(Kind::Unreadable));
        return;
    }
    const Presence mine = payload->presence;
    readDay(
        mine.date, done,
        [this, item, mine, done](const QList<Presence> &onMoco, const QSet<qint64> &linked) {
            const std::optional<Presence> ours = findSentCreate(item, mine, onMoco, linked);
            if (ours)
                done(DeliveryOutcome::stored(m_context.recorder->presenceDelivered(item, &*ours)));
            else
                done(DeliveryOutcome::of(Kind::NotApplied));
        });
}

void PresenceDelivery::readDay(const QDate &date, const Done &failed, DayRead read)
{
    ApiClient::PresenceQuery query;
    query.from = date;
    query.to = date;
    query.userId = m_context.userId;
    m_context.api->fetchPresences(
        query, this, [this, date, failed, read](const ApiResult<QList<Presence>> &result) {
            if (!result.ok()) {
                failed(DeliveryOutcome::failed(result.error(), result.reachedServer(), false));
                return;
            }
            QSet<qint64> linked;
            for (const LocalPresence &row : PresenceCache(m_context.store).between(date, date))
                linked.insert(row.presence.id);
            read(result.value(), linked);
        });
}

void PresenceDelivery::sendChange(const OutboxItem &item, Done done)
{
    const std::optional<LocalPresence> row = PresenceCache(m_context.store).find(item.localId);
    if (!row || row->presence.id == 0) {
        done(DeliveryOutcome::stored(m_context.recorder->itemDone(item)));
        return;
    }
    if (item.kind == OutboxItem::Kind::DeletePresence) {
        if (!markSending(item)) {
            done(DeliveryOutcome::of(Kind::StoreFailed));
            return;
        }
        m_context.api->deletePresence(
            row->presence.id, this, [this, item, done](const ApiResult<ApiNothing> &result) {
                if (result.ok() || result.error().kind == ApiError::Kind::NotFound)
                    done(DeliveryOutcome::stored(
                        m_context.recorder->presenceDelivered(item, nullptr)));
                else
                    done(DeliveryOutcome::failed(result.error(), result.reachedServer(), true));
            });
        return;
    }
    const std::optional<EditPayload<Presence>> edit = EditPayload<Presence>::fromJson(item.payload);
    if (!edit) {
        done(DeliveryOutcome::of(Kind::Unreadable));
        return;
    }
    const PresenceChanges changes = presenceChanges(edit->before, edit->after);
    if (changes.isEmpty()) {
        done(DeliveryOutcome::stored(m_context.recorder->itemDone(item)));
        return;
    }
    if (!markSending(item)) {
        done(DeliveryOutcome::of(Kind::StoreFailed));
        return;
    }
    m_context.api->updatePresence(
        row->presence.id, changes, this, [this, item, done](const ApiResult<Presence> &result) {
            if (result.ok())
                done(DeliveryOutcome::stored(
                    m_context.recorder->presenceDelivered(item, &result.value())));
            else
                done(DeliveryOutcome::failed(result.error(), result.reachedServer(), true));
        });
}
