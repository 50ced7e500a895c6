// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/TimerDelivery.h"

#include "core/api/ApiClient.h"
#include "core/services/Clock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/TimerPayload.h"
#include "core/sync/DeliveryRecorder.h"

namespace {

using Kind = DeliveryOutcome::Kind;

bool isStart(const OutboxItem &item)
{
    return item.kind == OutboxItem::Kind::StartTimer;
}

} // namespace

void TimerDelivery::send(const OutboxItem &item, Done done)
{
    const std::optional<LocalActivity> row = ActivityCache(m_context.store).find(item.localId);
    if (!row || !row->isOnServer()) {
        done(DeliveryOutcome::stored(m_context.recorder->itemDone(item)));
        return;
    }
    const qint64 serverId = row->activity.id;
    // MOCO's copy runs already (e.g. a 0-second create of today started it):
    // a second start would be refused.
    if (isStart(item) && row->server && row->server->isRunning() &&
        alreadyDone(item, *row->server, done))
        return;
    if (item.attempts == 0) {
        if (isStart(item))
            sendStart(item, serverId, std::move(done));
        else
            sendStop(item, serverId, row->server, std::move(done));
        return;
    }
    // An earlier attempt may have arrived (its answer lost, or the app died
    // waiting): look before asking again.
    m_context.api->fetchActivity(
        serverId, this, [this, item, serverId, done](const ApiResult<Activity> &result) {
            if (!result.ok()) {
                done(DeliveryOutcome::failed(result.error(), result.reachedServer(), false));
                return;
            }
            if (alreadyDone(item, result.value(), done))
                return;
            if (isStart(item))
                sendStart(item, serverId, done);
            else
                sendStop(item, serverId, result.value(), done);
        });
}

bool TimerDelivery::alreadyDone(const OutboxItem &item, const Activity &theirs, const Done &done)
{
    if (theirs.isRunning() != isStart(item))
        return false;
    done(DeliveryOutcome::stored(m_context.recorder->activityDelivered(item, theirs)));
    return true;
}

void TimerDelivery::answered(const OutboxItem &item, const ApiResult<Activity> &result,
                             const Done &done)
{
    if (result.ok()) {
        done(DeliveryOutcome::stored(m_context.recorder->activityDelivered(item, result.value())));
        return;
    }
    const DeliveryOutcome outcome =
        DeliveryOutcome::failed(result.error(), result.reachedServer(), true);
    if (outcome.kind != Kind::Refused || result.error().kind != ApiError::Kind::Validation) {
        done(outcome);
        return;
    }
    // 422 may mean "already running" / "not running": MOCO's timer is as
    // asked already when the activity says so.
    const std::optional<LocalActivity> row = ActivityCache(m_context.store).find(item.localId);
    m_context.api->fetchActivity(row ? row->activity.id : 0, this,
                                 [this, item, outcome, done](const ApiResult<Activity> &fresh) {
                                     if (fresh.ok() && alreadyDone(item, fresh.value(), done))
                                         return;
                                     done(outcome);
                                 });
}

void TimerDelivery::sendStart(const OutboxItem &item, qint64 serverId, Done done)
{
    const TimerPayload payload = TimerPayload::fromJson(item.payload, true);
    const qint64 delay =
        payload.pressedAt.isValid() ? payload.pressedAt.secsTo(m_context.clock->utcNow()) : 0;
    const bool late = payload.seconds && delay > m_context.policy->lateTimerSlack.count();
    if (!markSending(item)) {
        done(DeliveryOutcome::of(Kind::StoreFailed));
        return;
    }
    if (!late) {
        m_context.api->startTimer(serverId, this,
                                  [this, item, done](const ApiResult<Activity> &result) {
                                      answered(item, result, done);
                                  });
        return;
    }
    // Book the run so far (an absolute value: a retry cannot count it
    // twice), then start — on today's activity only, as MOCO allows; an
    // activity of another day keeps the booked time and stops here.
    ActivityChanges changes;
    changes.seconds = *payload.seconds + delay;
    m_context.api->updateActivity(
        serverId, changes, this, [this, item, serverId, done](const ApiResult<Activity> &result) {
            if (!result.ok()) {
                done(DeliveryOutcome::failed(result.error(), result.reachedServer(), true));
                return;
            }
            if (result.value().date != m_context.clock->today()) {
                done(DeliveryOutcome::stored(
                    m_context.recorder->activityDelivered(item, result.value())));
                return;
            }
            startOnToday(item, serverId, done);
        });
}

void TimerDelivery::startOnToday(const OutboxItem &item, qint64 serverId, Done done)
{
    m_context.api->startTimer(
        serverId, this,
        [this, item, done](const ApiResult<Activity> &result) { answered(item, result, done); });
}

void TimerDelivery::sendStop(const OutboxItem &item, qint64 serverId,
                             const std::optional<Activity> &theirs, Done done)
{
    const TimerPayload payload = TimerPayload::fromJson(item.payload, false);
    const QDateTime now = m_context.clock->utcNow();
    const qint64 delay = payload.pressedAt.isValid() ? payload.pressedAt.secsTo(now) : 0;
    const bool late = payload.seconds && delay > m_context.policy->lateTimerSlack.count();
    if (!markSending(item)) {
        done(DeliveryOutcome::of(Kind::StoreFailed));
        return;
    }
    const auto answer = [this, item, done](const ApiResult<Activity> &result) {
        answered(item, result, done);
    };
    if (!late) {
        // MOCO computes the minutes from its own timer_started_at.
        m_context.api->stopTimer(serverId, this, answer);
        return;
    }
    // Stop and book, in one request, the time from MOCO's start to the click,
    // both in MOCO's time; without MOCO's start, what the local stop left.
    ActivityChanges changes;
    changes.stopTimer = true;
    changes.seconds = *payload.seconds;
    if (theirs && theirs->timerStartedAt && m_context.api->serverClock().isKnown())
        changes.seconds = LocalChanges::stoppedSeconds(
            *theirs, m_context.api->serverClock().toServerTime(payload.pressedAt));
    m_context.api->updateActivity(serverId, changes, this, answer);
}
