// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/OutboxSender.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiErrorText.h"
#include "core/services/Clock.h"
#include "core/storage/ActivityCreatePayload.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/sync/ActivityDelivery.h"
#include "core/sync/CustomFieldsDelivery.h"
#include "core/sync/PresenceDelivery.h"
#include "core/sync/TimerDelivery.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

using Kind = DeliveryOutcome::Kind;

bool isCreate(OutboxItem::Kind kind)
{
    return kind == OutboxItem::Kind::CreateActivity || kind == OutboxItem::Kind::CreatePresence;
}

bool startsTimer(const OutboxItem &item)
{
    if (item.kind == OutboxItem::Kind::StartTimer)
        return true;
    if (item.kind != OutboxItem::Kind::CreateActivity)
        return false;
    const std::optional<ActivityCreatePayload> create =
        ActivityCreatePayload::fromJson(item.payload);
    return create && create->startsTimer;
}

// MOCO itself failed (as opposed to not being reachable, or refusing).
bool isServerTrouble(const ApiError &error)
{
    return error.kind == ApiError::Kind::Server || error.kind == ApiError::Kind::Timeout ||
           error.kind == ApiError::Kind::Parse ||
           (error.kind == ApiError::Kind::Network &&
            error.detail == ApiError::Detail::ConnectionLost);
}

} // namespace

OutboxSender::OutboxSender(LocalStore *store, ApiClient *api, Clock *clock, qint64 userId,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_clock(clock)
    , m_recorder(store, clock)
{
    const Delivery::Context context{store, api, clock, &m_recorder, &m_policy, userId};
    m_activities = new ActivityDelivery(context, this);
    m_timers = new TimerDelivery(context, this);
    m_presences = new PresenceDelivery(context, this);
    m_customFields = new CustomFieldsDelivery(context, this);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &OutboxSender::sendNext);
    // A resume from sleep or a moved clock: deadlines are re-checked.
    connect(clock, &Clock::jumped, this, &OutboxSender::scheduleNext);
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::start()
{
    m_stopped = false;
    scheduleNext();
}

void OutboxSender::retryNow()
{
    if (!m_offline)
        return scheduleNext();
    // Only what waited for the network; MOCO's own errors keep their waits.
    m_offlineFailures = 0;
    m_holdAllUntil = {};
    for (Retry &retry : m_retries) {
        if (retry.lastError.kind == ApiError::Kind::Network && !isServerTrouble(retry.lastError))
            retry.notBefore = {};
    }
    start();
}

void OutboxSender::tryNowAsAsked()
{
    m_holdAllUntil = {};
    // An early look takes the place of the next scheduled one; the last
    // look is still due only at the end of the settle period (planLook).
    for (Retry &retry : m_retries)
        retry.notBefore = {};
    start();
}

void OutboxSender::scheduleNext()
{
    // Through the event loop: a long queue of items that need no request
    // (already done, discarded records) must not recurse.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &OutboxSender::sendNext, Qt::QueuedConnection);
}

Delivery *OutboxSender::deliveryFor(OutboxItem::Kind kind) const
{
    switch (kind) {
    case OutboxItem::Kind::CreateActivity:
    case OutboxItem::Kind::UpdateActivity:
    case OutboxItem::Kind::DeleteActivity:
        return m_activities;
    case OutboxItem::Kind::StartTimer:
    case OutboxItem::Kind::StopTimer:
        return m_timers;
    case OutboxItem::Kind::CreatePresence:
    case OutboxItem::Kind::UpdatePresence:
    case OutboxItem::Kind::DeletePresence:
        return m_presences;
    case OutboxItem::Kind::UpdateProjectFields:
    case OutboxItem::Kind::UpdateCustomerFields:
        return m_customFields;
    }
    return m_activities;
}

void OutboxSender::armTimer(const QDateTime &at)
{
    m_nextRetryAt = at;
    const qint64 wait = std::clamp<qint64>(m_clock->utcNow().msecsTo(at), 0, 24 * 3600 * 1000);
    m_retryTimer.start(std::chrono::milliseconds(wait));
}

void OutboxSender::sendNext()
{
    m_scheduled = false;
    if (m_stopped || m_busy || !m_storeError.isEmpty())
        return;
    const QDateTime now = m_clock->utcNow();
    if (m_holdAllUntil.isValid() && now < m_holdAllUntil) {
        armTimer(m_holdAllUntil);
        emit stateChanged();
        return;
    }
    QSet<qint64> holdBack;
    QSet<qint64> failing;
    QDateTime earliest;
    for (auto it = m_retries.cbegin(); it != m_retries.cend(); ++it) {
        if (it->failures > 0)
            failing.insert(it.key());
        if (it->notBefore.isValid() && now < it->notBefore) {
            holdBack.insert(it.key());
            if (!earliest.isValid() || it->notBefore < earliest)
                earliest = it->notBefore;
        }
    }
    Outbox outbox(m_store);
    // Items that have not failed go first: one item MOCO chokes on must not
    // hold back the rest, and if the fresh one fails too MOCO itself is in
    // trouble and everything waits longer.
    const auto pick = [&] {
        std::optional<OutboxItem> next = outbox.nextSendable(holdBack | failing);
        if (!next && !failing.isEmpty())
            next = outbox.nextSendable(holdBack);
        return next;
    };
    std::optional<OutboxItem> item = pick();
    // MOCO runs one timer per user: a start must not overtake the stop the
    // user pressed before it on another activity (held back by its own
    // record: a create in doubt, a backoff). MOCO would refuse it ("Timer is
    // already running") or store a timer create without its timer. It goes
    // once that stop is delivered, which schedules the next item.
    while (item && startsTimer(*item) && outbox.hasTimerStopBefore(*item)) {
        holdBack.insert(item->seq);
        item = pick();
    }
    if (!item) {
        m_retryTimer.stop();
        m_nextRetryAt = {};
        if (earliest.isValid())
            armTimer(earliest);
        emit stateChanged();
        if (!earliest.isValid())
            emit drained();
        return;
    }
    // Found Sending: the app died (or the store failed) waiting for the
    // answer. The outcome is unknown.
    if (item->state == OutboxItem::State::Sending) {
        if (!outbox.setState(item->seq, OutboxItem::State::Uncertain))
            return storeFailed();
        item->state = OutboxItem::State::Uncertain;
    }
    if (item->state == OutboxItem::State::Uncertain && isCreate(item->kind)) {
        Retry &retry = m_retries[item->seq];
        if (!retry.settleFrom.isValid()) {
            retry.settleFrom = item->lastSentAt.isValid() ? item->lastSentAt : now;
            retry.settleLooks = 0;
            planLook(retry);
            if (retry.notBefore.isValid())
                return scheduleNext();
        }
    }
    m_busy = true;
    emit stateChanged();
    const auto done = [this, item = *item](const DeliveryOutcome &outcome) {
        onOutcome(item, outcome);
    };
    if (item->state == OutboxItem::State::Uncertain && isCreate(item->kind))
        deliveryFor(item->kind)->verify(*item, done);
    else
        deliveryFor(item->kind)->send(*item, done);
}

// When a create in doubt is looked for next: settleSchedule after the attempt
// left. Invalid once the schedule is done (or a look is due now).
void OutboxSender::planLook(Retry &retry) const
{
    const QList<std::chrono::milliseconds> &schedule = m_policy.settleSchedule;
    if (retry.settleLooks >= schedule.size()) {
        retry.notBefore = {};
        return;
    }
    const QDateTime due = retry.settleFrom.addMSecs(schedule.at(retry.settleLooks).count());
    retry.notBefore = due > m_clock->utcNow() ? due : QDateTime();
}

void OutboxSender::onOutcome(const OutboxItem &item, const DeliveryOutcome &outcome)
{
    m_busy = false;
    switch (outcome.kind) {
    case Kind::Delivered:
        m_retries.remove(item.seq);
        m_offline = false;
        m_offlineFailures = 0;
        m_serverFailures = 0;
        m_holdAllUntil = {};
        m_lastServerError = {};
        emit storeChanged();
        emit itemDelivered(item.seq);
        if (startsTimer(item))
            emit timerStartDelivered();
        break;
    case Kind::Conflict:
        m_retries.remove(item.seq);
        emit storeChanged();
        emit itemNeedsAttention(item.seq);
        break;
    case Kind::Refused: {
        m_retries.remove(item.seq);
        // The server's own words where it sent some; the field messages are
        // kept apart so the editor can show each under its field.
        const ApiError &error = outcome.error;
        if (!Outbox(m_store).setFailed(
                item.seq, error.message.isEmpty() ? ApiErrorText::message(error) : error.message,
                error.fieldErrors))
            return storeFailed();
        needsAttention(item.seq);
        break;
    }
    case Kind::Unreadable:
        m_retries.remove(item.seq);
        if (!Outbox(m_store).setFailed(
                item.seq,
                QCoreApplication::translate("OutboxSender",
                                            "MocoTrack could not read this stored change."),
                {}))
            return storeFailed();
        needsAttention(item.seq);
        break;
    case Kind::Stop: {
        const bool inDoubt = item.state == OutboxItem::State::Uncertain ||
                             item.state == OutboxItem::State::Sending || item.attempts > 0;
        if (!Outbox(m_store).setState(item.seq, isCreate(item.kind) && inDoubt
                                                    ? OutboxItem::State::Uncertain
                                                    : OutboxItem::State::Pending))
            return storeFailed();
        m_stopped = true;
        emit stateChanged();
        return;
    }
    case Kind::StoreFailed:
        return storeFailed();
    case Kind::NotApplied:
        onNotApplied(item);
        break;
    case Kind::Retry:
    case Kind::Uncertain:
        onFailure(item, outcome);
        break;
    }
    scheduleNext();
}

void OutboxSender::onNotApplied(const OutboxItem &item)
{
    Retry &retry = m_retries[item.seq];
    const QDateTime now = m_clock->utcNow();
    if (!retry.settleFrom.isValid())
        retry.settleFrom = item.lastSentAt.isValid() ? item.lastSentAt : now;
    // This look covers every step of the schedule that is due by now.
    const QList<std::chrono::milliseconds> &schedule = m_policy.settleSchedule;
    ++retry.settleLooks;
    while (retry.settleLooks < schedule.size() &&
           retry.settleFrom.addMSecs(schedule.at(retry.settleLooks).count()) <= now)
        ++retry.settleLooks;
    planLook(retry);
    if (retry.settleLooks < schedule.size())
        return; // look again later
    // Looked for over the whole settle period and not there: sending again
    // cannot duplicate it.
    retry.settleFrom = {};
    retry.settleLooks = 0;
    if (needsUser(retry)) {
        giveUp(item, retry.lastError);
        return;
    }
    if (!Outbox(m_store).setState(item.seq, OutboxItem::State::Pending))
        storeFailed();
}

void OutboxSender::onFailure(const OutboxItem &item, const DeliveryOutcome &outcome)
{
    const QDateTime now = m_clock->utcNow();
    const ApiError &error = outcome.error;
    Retry &retry = m_retries[item.seq];
    retry.lastError = error;
    const bool unreachable = !isServerTrouble(error) && error.kind == ApiError::Kind::Network;
    if (isServerTrouble(error)) {
        if (retry.failures == 0)
            retry.firstFailureAt = now;
        ++retry.failures;
        ++m_serverFailures;
        m_lastServerError = error;
        m_offline = false;
        m_holdAllUntil = now.addMSecs(backoff(m_serverFailures, m_policy.retryCap).count());
    } else if (unreachable) {
        ++m_offlineFailures;
        m_offline = true;
        m_holdAllUntil = now.addMSecs(backoff(m_offlineFailures, m_policy.offlineRetryCap).count());
    } else if (error.retryAfter) {
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(*error.retryAfter);
        m_holdAllUntil = now.addMSecs(std::min(wait, m_policy.retryCap).count());
    }

    if (outcome.kind == Kind::Uncertain) {
        if (!Outbox(m_store).setState(item.seq, OutboxItem::State::Uncertain))
            return storeFailed();
        if (isCreate(item.kind)) {
            retry.settleFrom = now;
            retry.settleLooks = 0;
            planLook(retry);
            return;
        }
    } else {
        // Not sent, or safe to send as it is. A create whose earlier attempt
        // is in doubt stays in doubt: its look failed, not the create.
        const bool inDoubt = isCreate(item.kind) && item.state == OutboxItem::State::Uncertain;
        if (!inDoubt && !Outbox(m_store).setState(item.seq, OutboxItem::State::Pending))
            return storeFailed();
    }
    if (!isCreate(item.kind) && needsUser(retry)) {
        giveUp(item, error);
        return;
    }
    const int waits = std::max(retry.failures, 1);
    retry.notBefore = now.addMSecs(backoff(waits, m_policy.retryCap).count());
    if (error.retryAfter)
        retry.notBefore = std::max(retry.notBefore,
                                   now.addSecs(std::min<qint64>(error.retryAfter->count(), 3600)));
}

bool OutboxSender::needsUser(const Retry &retry) const
{
    if (retry.failures >= m_policy.maxFailures)
        return true;
    return retry.firstFailureAt.isValid() &&
           retry.firstFailureAt.secsTo(m_clock->utcNow()) >= m_policy.maxFailingFor.count();
}

void OutboxSender::giveUp(const OutboxItem &item, const ApiError &error)
{
    m_retries.remove(item.seq);
    QString message = ApiErrorText::message(error);
    if (error.httpStatus > 0 && !error.message.isEmpty())
        message += QStringLiteral(" (HTTP %1: %2)").arg(error.httpStatus).arg(error.message);
    else if (error.httpStatus > 0)
        message += QStringLiteral(" (HTTP %1)").arg(error.httpStatus);
    if (!Outbox(m_store).setFailed(item.seq, message, {}))
        return storeFailed();
    needsAttention(item.seq);
}

void OutboxSender::needsAttention(qint64 seq)
{
    emit storeChanged();
    emit itemNeedsAttention(seq);
}

void OutboxSender::storeFailed()
{
    m_busy = false;
    m_retryTimer.stop();
    m_nextRetryAt = {};
    m_storeError = QCoreApplication::translate(
        "OutboxSender", "MocoTrack cannot write to its local data (is the disk full?). Sending "
                        "has stopped so that nothing reaches MOCO twice; your changes are kept. "
                        "Restart MocoTrack once the problem is solved.");
    emit stateChanged();
}

std::chrono::milliseconds OutboxSender::backoff(int failures, std::chrono::milliseconds cap) const
{
    const int doublings = std::clamp(failures - 1, 0, 20);
    const qint64 wait = m_policy.retryStart.count() << doublings;
    return std::chrono::milliseconds(std::min<qint64>(wait, cap.count()));
}
