// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ActivityDelivery.h"

#include "core/api/ApiClient.h"
#include "core/services/Clock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/ActivityCreatePayload.h"
#include "core/storage/EditPayload.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/sync/DeliveryRecorder.h"

namespace {

using Kind = DeliveryOutcome::Kind;

// Whether the server's version already carries every field this edit
// changes (a delete is never "applied" while the activity still exists).
bool alreadyApplied(const OutboxItem &item, const Activity &theirs)
{
    if (item.kind != OutboxItem::Kind::UpdateActivity)
        return false;
    const std::optional<EditPayload<Activity>> edit = EditPayload<Activity>::fromJson(item.payload);
    if (!edit)
        return false;
    const ActivityChanges mine = ActivityChanges::between(edit->before, edit->after);
    const ActivityChanges left = ActivityChanges::between(theirs, edit->after);
    const auto open = [](const auto &wanted, const auto &remaining) {
        return wanted.has_value() && remaining.has_value();
    };
    return !(open(mine.date, left.date) || open(mine.projectId, left.projectId) ||
             open(mine.taskId, left.taskId) || open(mine.seconds, left.seconds) ||
             open(mine.description, left.description) || open(mine.billable, left.billable) ||
             open(mine.tag, left.tag) || open(mine.remoteService, left.remoteService) ||
             open(mine.remoteId, left.remoteId) || open(mine.remoteUrl, left.remoteUrl));
}

} // namespace

void ActivityDelivery::send(const OutboxItem &item, Done done)
{
    if (item.kind == OutboxItem::Kind::CreateActivity) {
        sendCreate(item, std::move(done));
        return;
    }
    const std::optional<LocalActivity> row = ActivityCache(m_context.store).find(item.localId);
    if (!row || !row->isOnServer()) {
        // Its create was discarded or never happened: nothing to change.
        done(DeliveryOutcome::stored(m_context.recorder->itemDone(item)));
        return;
    }
    const qint64 serverId = row->activity.id;
    if (!item.baseUpdatedAt.isValid() && item.attempts == 0) {
        sendChange(item, serverId, std::move(done));
        return;
    }
    // Read the server's version first: an edit made there since the user's
    // must not be overwritten silently, and an earlier attempt of this item
    // may have landed already.
    m_context.api->fetchActivity(
        serverId, this, [this, item, serverId, done](const ApiResult<Activity> &result) {
            if (!result.ok() && result.error().kind == ApiError::Kind::NotFound) {
                if (item.kind == OutboxItem::Kind::DeleteActivity)
                    done(DeliveryOutcome::stored(m_context.recorder->activityDeleted(item)));
                else
                    done(DeliveryOutcome::of(m_context.recorder->conflict(item, nullptr)
                                                 ? Kind::Conflict
                                                 : Kind::StoreFailed));
                return;
            }
            if (!result.ok()) {
                done(DeliveryOutcome::failed(result.error(), result.reachedServer(), false));
                return;
            }
            checked(item, result.value(), serverId, done);
        });
}

void ActivityDelivery::checked(const OutboxItem &item, const Activity &theirs, qint64 serverId,
                               Done done)
{
    const bool changedThere =
        item.baseUpdatedAt.isValid() && theirs.updatedAt != item.baseUpdatedAt;
    if (item.attempts > 0 && alreadyApplied(item, theirs)) {
        done(DeliveryOutcome::stored(m_context.recorder->activityDelivered(item, theirs)));
        return;
    }
    if (changedThere) {
        done(m_context.recorder->conflict(item, &theirs) ? DeliveryOutcome::of(Kind::Conflict)
                                                         : DeliveryOutcome::of(Kind::StoreFailed));
        return;
    }
    sendChange(item, serverId, std::move(done));
}

void ActivityDelivery::sendChange(const OutboxItem &item, qint64 serverId, Done done)
{
    if (item.kind == OutboxItem::Kind::DeleteActivity) {
        if (!markSending(item)) {
            done(DeliveryOutcome::of(Kind::StoreFailed));
            return;
        }
        m_context.api->deleteActivity(
            serverId, this, [this, item, done](const ApiResult<ApiNothing> &result) {
                if (result.ok() || result.error().kind == ApiError::Kind::NotFound)
                    done(DeliveryOutcome::stored(m_context.recorder->activityDeleted(item)));
                else
                    done(DeliveryOutcome::failed(result.error(), result.reachedServer(), true));
            });
        return;
    }
    const std::optional<EditPayload<Activity>> edit = EditPayload<Activity>::fromJson(item.payload);
    if (!edit) {
        done(DeliveryOutcome::of(Kind::Unreadable));
        return;
    }
    ActivityChanges changes = ActivityChanges::between(edit->before, edit->after);
    // The running state travels in StartTimer/StopTimer items.
    changes.stopTimer = false;
    if (changes.isEmpty()) {
        done(DeliveryOutcome::stored(m_context.recorder->itemDone(item)));
        return;
    }
    if (!markSending(item)) {
        done(DeliveryOutcome::of(Kind::StoreFailed));
        return;
    }
    m_context.api->updateActivity(
        serverId, changes, this, [this, item, done](const ApiResult<Activity> &result) {
            if (result.ok())
                done(DeliveryOutcome::stored(
                    m_context.recorder->activityDelivered(item, result.value())));
            else
                done(DeliveryOutcome::failed(result.error(), result.reachedServer(), true));
        });
}

void ActivityDelivery::sendCreate(const OutboxItem &item, Done done)
{
    std::optional<ActivityCreatePayload> payload = ActivityCreatePayload::fromJson(item.payload);
    if (!payload) {
        done(DeliveryOutcome::of(Kind::Unreadable));
        return;
    }
    ActivityDraft draft = ActivityDraft::fromActivity(payload->activity);
    draft.billable = payload->billable;
    if (payload->startsTimer && payload->activity.timerStartedAt) {
        // A timer create. Sent at once, its 0 seconds make MOCO start the
        // timer by itself — no start_timer, which would be a second start.
        // Sent late (offline, app closed), MOCO would count only from now:
        // it goes out with the seconds run so far instead (which starts no
        // timer), and DeliveryRecorder starts it explicitly when the answer
        // comes. What was sent is recorded for verify().
        const qint64 run = std::max<qint64>(
            0, payload->activity.timerStartedAt->secsTo(m_context.clock->utcNow()));
        draft.seconds = run > m_context.policy->lateTimerSlack.count() ? run : 0;
        payload->sentSeconds = draft.seconds;
        if (!Outbox(m_context.store).setPayload(item.seq, payload->toJson())) {
            done(DeliveryOutcome::of(Kind::StoreFailed));
            return;
        }
    }
    if (!markSending(item)) {
        done(DeliveryOutcome::of(Kind::StoreFailed));
        return;
    }
    // The item as stored now (with what this attempt sends).
    OutboxItem sent = item;
    sent.payload = payload->toJson();
    m_context.api->createActivity(
        draft, this, [this, sent, done](const ApiResult<Activity> &result) {
            if (result.ok())
                done(DeliveryOutcome::stored(
                    m_context.recorder->activityDelivered(sent, result.value())));
            else
                done(DeliveryOutcome::failed(result.error(), result.reachedServer(), true));
        });
}

void ActivityDelivery::verify(const OutboxItem &item, Done done)
{
    if (item.kind != OutboxItem::Kind::CreateActivity) {
        send(item, std::move(done));
        return;
    }
    const std::optional<ActivityCreatePayload> payload =
        ActivityCreatePayload::fromJson(item.payload);
    if (!payload) {
        done(DeliveryOutcome::of(Kind::Unreadable));
        return;
    }
    const Activity mine = payload->sentActivity();
    ApiClient::ActivityQuery query;
    query.userId = m_context.userId;
    query.from = mine.date;
    query.to = mine.date;
    m_context.api->fetchActivities(
        query, this, [this, item, mine, done](const ApiResult<QList<Activity>> &result) {
            if (!result.ok()) {
                done(DeliveryOutcome::failed(result.error(), result.reachedServer(), false));
                return;
            }
            const QSet<qint64> linked =
                ActivityCache(m_context.store).serverIdsBetween(mine.date, mine.date);
            const std::optional<Activity> ours = findSentCreate(item, mine, result.value(), linked);
            if (ours)
                done(DeliveryOutcome::stored(m_context.recorder->activityDelivered(item, *ours)));
            else
                done(DeliveryOutcome::of(Kind::NotApplied));
        });
}
