// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/OutboxSender.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiErrorText.h"
#include "core/models/CalendarWeek.h"
#include "core/services/Clock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/PresenceCache.h"
#include "core/storage/ProjectCache.h"
#include "core/storage/StoreTransaction.h"
#include "core/sync/UncertainCreateMatcher.h"

#include <QPointer>
#include <QTimeZone>
#include <memory>

namespace {

using Priority = ApiRequest::Priority;

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

// Whether the server's version already carries every field this update
// changes (a delete is never "applied" while the activity still exists).
bool alreadyApplied(const OutboxItem &item, const Activity &theirs)
{
    if (item.kind != OutboxItem::Kind::UpdateActivity)
        return false;
    const std::optional<Activity> before =
        Activity::fromJson(item.payload.value(QStringLiteral("before")));
    const std::optional<Activity> after =
        Activity::fromJson(item.payload.value(QStringLiteral("after")));
    if (!before || !after)
        return false;
    const ActivityChanges mine = ActivityChanges::between(*before, *after);
    const ActivityChanges left = ActivityChanges::between(theirs, *after);
    const auto open = [](const auto &wanted, const auto &remaining) {
        return wanted.has_value() && remaining.has_value();
    };
    return !(open(mine.date, left.date) || open(mine.projectId, left.projectId) ||
             open(mine.taskId, left.taskId) || open(mine.seconds, left.seconds) ||
             open(mine.description, left.description) || open(mine.billable, left.billable) ||
             open(mine.tag, left.tag) || open(mine.remoteService, left.remoteService) ||
             open(mine.remoteId, left.remoteId) || open(mine.remoteUrl, left.remoteUrl));
}

// Whether the request may have reached the server, read from the job that
// delivered the result (still alive while its callback runs).
using JobHandle = std::shared_ptr<QPointer<ApiJob>>;

bool reached(const JobHandle &job)
{
    return *job ? (*job)->response().reachedServer : true;
}

} // namespace

OutboxSender::OutboxSender(LocalStore *store, ApiClient *api, Clock *clock, qint64 userId,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_clock(clock)
    , m_userId(userId)
    , m_recorder(store, clock)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &OutboxSender::start);
}

void OutboxSender::start()
{
    m_stopped = false;
    if (m_busy)
        return;
    m_retryTimer.stop();
    m_nextRetryAt = {};
    sendNext();
}

void OutboxSender::sendNext()
{
    if (m_stopped || m_busy)
        return;
    const std::optional<OutboxItem> item = Outbox(m_store).nextSendable();
    if (!item) {
        emit stateChanged();
        emit drained();
        return;
    }
    m_busy = true;
    emit stateChanged();
    send(*item);
}

void OutboxSender::send(const OutboxItem &item)
{
    using Kind = OutboxItem::Kind;
    switch (item.kind) {
    case Kind::CreateActivity:
        if (item.state == OutboxItem::State::Pending)
            sendCreateActivity(item);
        else
            reconcileActivity(item); // Sending after a crash, or Uncertain
        return;
    case Kind::UpdateActivity:
    case Kind::DeleteActivity:
    case Kind::StartTimer:
    case Kind::StopTimer:
        sendUpdateOrDelete(item);
        return;
    case Kind::CreatePresence:
        if (item.state == OutboxItem::State::Pending)
            sendCreatePresence(item);
        else
            reconcilePresence(item);
        return;
    case Kind::UpdatePresence:
    case Kind::DeletePresence:
        sendPresenceChange(item);
        return;
    case Kind::UpdateProjectFields:
        sendProjectFields(item);
        return;
    }
}

void OutboxSender::markSending(const OutboxItem &item)
{
    // Committed before the request leaves: a crash from here on means
    // "maybe sent", never "certainly not sent".
    Outbox(m_store).markSending(item.seq, m_clock->utcNow());
}

void OutboxSender::sendCreateActivity(const OutboxItem &item)
{
    const std::optional<Activity> mine =
        Activity::fromJson(item.payload.value(QStringLiteral("activity")));
    if (!mine) {
        failed(item, ApiError::make(ApiError::Kind::Parse, QStringLiteral("unreadable change")),
               false);
        return;
    }
    ActivityDraft draft = ActivityDraft::fromActivity(*mine);
    const QJsonValue billable = item.payload.value(QStringLiteral("billable"));
    draft.billable = billable.isBool() ? std::optional<bool>(billable.toBool()) : std::nullopt;
    if (item.payload.value(QStringLiteral("startsTimer")).toBool() && mine->timerStartedAt) {
        // A timer create (LocalChanges::createRunningActivity). Sent at once,
        // its 0 seconds make MOCO start the timer by itself — no start_timer,
        // which would be a second start. Sent late (offline, app closed),
        // MOCO would count only from now: it goes out with the seconds run
        // so far instead (which starts no timer), and keepTimerRunning()
        // starts it explicitly when the answer comes. What was sent is
        // recorded for reconcileActivity().
        const qint64 run = std::max<qint64>(0, mine->timerStartedAt->secsTo(m_clock->utcNow()));
        draft.seconds = run > m_policy.lateTimerSlack.count() ? run : 0;
        QJsonObject payload = item.payload;
        payload.insert(QStringLiteral("sentSeconds"), draft.seconds);
        Outbox(m_store).setPayload(item.seq, payload);
    }
    markSending(item);
    auto job = std::make_shared<QPointer<ApiJob>>();
    *job = m_api->createActivity(draft, this, [this, item, job](const ApiResult<Activity> &result) {
        if (result.ok())
            activityDelivered(item, result.value());
        else
            failed(item, result.error(), reached(job));
    });
}

void OutboxSender::reconcileActivity(const OutboxItem &item)
{
    const std::optional<Activity> mine =
        Activity::fromJson(item.payload.value(QStringLiteral("activity")));
    if (!mine) {
        failed(item, ApiError::make(ApiError::Kind::Parse, QStringLiteral("unreadable change")),
               false);
        return;
    }
    // A timer create went out with the seconds recorded at sending.
    Activity sent = *mine;
    if (item.payload.value(QStringLiteral("startsTimer")).toBool())
        sent.seconds = item.payload.value(QStringLiteral("sentSeconds")).toInteger();
    Outbox(m_store).setState(item.seq, OutboxItem::State::Uncertain);
    ApiClient::ActivityQuery query;
    query.userId = m_userId;
    query.from = mine->date;
    query.to = mine->date;
    m_api->fetchActivities(
        query, this, [this, item, mine = sent](const ApiResult<QList<Activity>> &result) {
            if (!result.ok()) {
                // Still unknown: keep it Uncertain and ask again later.
                m_busy = false;
                m_offline = true;
                retryLater(m_policy.retryStart);
                return;
            }
            const QSet<qint64> linked =
                ActivityCache(m_store).serverIdsBetween(mine.date, mine.date);
            const std::optional<Activity> ours = UncertainCreateMatcher::match(
                mine, result.value(), linked, item.firstSentAt, m_policy.createdAtSlack);
            if (ours) {
                activityDelivered(item, *ours);
                return;
            }
            // Provably not on the server: sending again cannot duplicate it.
            OutboxItem again = item;
            again.state = OutboxItem::State::Pending;
            Outbox(m_store).setState(item.seq, OutboxItem::State::Pending);
            sendCreateActivity(again);
        });
}

void OutboxSender::sendUpdateOrDelete(const OutboxItem &item)
{
    const std::optional<LocalActivity> row = ActivityCache(m_store).find(item.localId);
    if (!row || !row->isOnServer()) {
        // Its create was discarded or never happened: nothing to change.
        itemDone(item.seq);
        return;
    }
    const qint64 serverId = row->activity.id;
    if (item.kind == OutboxItem::Kind::StartTimer || item.kind == OutboxItem::Kind::StopTimer) {
        sendTimer(item, serverId);
        return;
    }
    if (!item.baseUpdatedAt.isValid()) {
        sendCheckedActivity(item, serverId);
        return;
    }
    // Read the server's version first: an edit made there since the user's
    // edit must not be overwritten silently.
    auto job = std::make_shared<QPointer<ApiJob>>();
    *job = m_api->fetchActivity(
        serverId, this, [this, item, serverId, job](const ApiResult<Activity> &result) {
            if (!result.ok() && result.error().kind == ApiError::Kind::NotFound) {
                if (item.kind == OutboxItem::Kind::DeleteActivity)
                    activityDeleted(item);
                else
                    conflict(item, nullptr);
                return;
            }
            if (!result.ok()) {
                failed(item, result.error(), reached(job));
                return;
            }
            if (result.value().updatedAt != item.baseUpdatedAt) {
                // An earlier attempt of this very item may have landed (its
                // answer lost, or the app died waiting): then it is done.
                if (item.attempts > 0 && alreadyApplied(item, result.value()))
                    activityDelivered(item, result.value());
                else
                    conflict(item, &result.value());
                return;
            }
            sendCheckedActivity(item, serverId);
        });
}

void OutboxSender::sendCheckedActivity(const OutboxItem &item, qint64 serverId)
{
    auto job = std::make_shared<QPointer<ApiJob>>();
    if (item.kind == OutboxItem::Kind::DeleteActivity) {
        *job = m_api->deleteActivity(
            serverId, this, [this, item, job](const ApiResult<ApiNothing> &result) {
                if (result.ok() || result.error().kind == ApiError::Kind::NotFound)
                    activityDeleted(item);
                else
                    failed(item, result.error(), reached(job));
            });
        return;
    }
    const std::optional<Activity> before =
        Activity::fromJson(item.payload.value(QStringLiteral("before")));
    const std::optional<Activity> after =
        Activity::fromJson(item.payload.value(QStringLiteral("after")));
    if (!before || !after) {
        failed(item, ApiError::make(ApiError::Kind::Parse, QStringLiteral("unreadable change")),
               false);
        return;
    }
    ActivityChanges changes = ActivityChanges::between(*before, *after);
    // The running state travels in StartTimer/StopTimer items.
    changes.stopTimer = false;
    if (changes.isEmpty()) {
        itemDone(item.seq);
        return;
    }
    markSending(item);
    *job = m_api->updateActivity(serverId, changes, this,
                                 [this, item, job](const ApiResult<Activity> &result) {
                                     if (result.ok())
                                         activityDelivered(item, result.value());
                                     else
                                         failed(item, result.error(), reached(job));
                                 });
}

void OutboxSender::sendTimer(const OutboxItem &item, qint64 serverId)
{
    auto job = std::make_shared<QPointer<ApiJob>>();
    auto done = [this, item, job](const ApiResult<Activity> &result) {
        if (result.ok())
            activityDelivered(item, result.value());
        else
            failed(item, result.error(), reached(job));
    };
    const bool start = item.kind == OutboxItem::Kind::StartTimer;
    if (start) {
        // MOCO's copy runs already (e.g. a 0-second create of today started
        // it): a second start would be refused.
        const std::optional<LocalActivity> row = ActivityCache(m_store).find(item.localId);
        if (row && row->server && row->server->isRunning()) {
            activityDelivered(item, *row->server);
            return;
        }
    }
    // Late delivery (see Policy::lateTimerSlack): the user's click, not the
    // request's arrival, decides how much time is booked. Items without
    // these fields (older ones, keepMine) go out plainly.
    const QDateTime clickedAt = QDateTime::fromString(
        item.payload.value(start ? QStringLiteral("startedAt") : QStringLiteral("stoppedAt"))
            .toString(),
        Qt::ISODateWithMs);
    const QJsonValue seconds = item.payload.value(QStringLiteral("seconds"));
    const qint64 delay = clickedAt.isValid() ? clickedAt.secsTo(m_clock->utcNow()) : 0;
    const bool late = seconds.isDouble() && delay > m_policy.lateTimerSlack.count();
    markSending(item);
    if (!start) {
        if (!late) {
            *job = m_api->stopTimer(serverId, this, done);
            return;
        }
        // Stop and book the seconds the local stop computed, in one request.
        ActivityChanges changes;
        changes.stopTimer = true;
        changes.seconds = seconds.toInteger();
        *job = m_api->updateActivity(serverId, changes, this, done);
        return;
    }
    if (!late) {
        *job = m_api->startTimer(serverId, this, done);
        return;
    }
    // Book the run so far (an absolute value: a retry cannot count it
    // twice), then start — on today's activity only, as MOCO allows; an
    // activity of another day keeps the booked time and stops here.
    ActivityChanges changes;
    changes.seconds = seconds.toInteger() + delay;
    *job =
        m_api->updateActivity(serverId, changes, this,
                              [this, item, serverId, job, done](const ApiResult<Activity> &result) {
                                  if (!result.ok()) {
                                      failed(item, result.error(), reached(job));
                                      return;
                                  }
                                  if (result.value().date != today()) {
                                      activityDelivered(item, result.value());
                                      return;
                                  }
                                  *job = m_api->startTimer(serverId, this, done);
                              });
}

void OutboxSender::sendCreatePresence(const OutboxItem &item)
{
    const std::optional<Presence> mine =
        Presence::fromJson(item.payload.value(QStringLiteral("presence")));
    if (!mine || !mine->from) {
        failed(item, ApiError::make(ApiError::Kind::Parse, QStringLiteral("unreadable change")),
               false);
        return;
    }
    PresenceDraft draft;
    draft.date = mine->date;
    draft.from = *mine->from;
    draft.to = mine->to;
    draft.isHomeOffice = mine->isHomeOffice;
    markSending(item);
    auto job = std::make_shared<QPointer<ApiJob>>();
    *job = m_api->createPresence(draft, this, [this, item, job](const ApiResult<Presence> &result) {
        if (result.ok())
            presenceDelivered(item, &result.value());
        else
            failed(item, result.error(), reached(job));
    });
}

void OutboxSender::reconcilePresence(const OutboxItem &item)
{
    const std::optional<Presence> mine =
        Presence::fromJson(item.payload.value(QStringLiteral("presence")));
    if (!mine) {
        itemDone(item.seq);
        return;
    }
    Outbox(m_store).setState(item.seq, OutboxItem::State::Uncertain);
    ApiClient::PresenceQuery query;
    query.from = mine->date;
    query.to = mine->date;
    query.userId = m_userId;
    m_api->fetchPresences(
        query, this, [this, item, mine = *mine](const ApiResult<QList<Presence>> &result) {
            if (!result.ok()) {
                m_busy = false;
                m_offline = true;
                retryLater(m_policy.retryStart);
                return;
            }
            QSet<qint64> linked;
            for (const LocalPresence &row : PresenceCache(m_store).between(mine.date, mine.date))
                linked.insert(row.presence.id);
            const std::optional<Presence> ours = UncertainCreateMatcher::match(
                mine, result.value(), linked, item.firstSentAt, m_policy.createdAtSlack);
            if (ours) {
                presenceDelivered(item, &*ours);
                return;
            }
            Outbox(m_store).setState(item.seq, OutboxItem::State::Pending);
            sendCreatePresence(item);
        });
}

void OutboxSender::sendPresenceChange(const OutboxItem &item)
{
    const std::optional<LocalPresence> row = PresenceCache(m_store).find(item.localId);
    if (!row || row->presence.id == 0) {
        itemDone(item.seq);
        return;
    }
    auto job = std::make_shared<QPointer<ApiJob>>();
    if (item.kind == OutboxItem::Kind::DeletePresence) {
        markSending(item);
        *job = m_api->deletePresence(
            row->presence.id, this, [this, item, job](const ApiResult<ApiNothing> &result) {
                if (result.ok() || result.error().kind == ApiError::Kind::NotFound)
                    presenceDelivered(item, nullptr);
                else
                    failed(item, result.error(), reached(job));
            });
        return;
    }
    const std::optional<Presence> before =
        Presence::fromJson(item.payload.value(QStringLiteral("before")));
    const std::optional<Presence> after =
        Presence::fromJson(item.payload.value(QStringLiteral("after")));
    if (!before || !after) {
        itemDone(item.seq);
        return;
    }
    const PresenceChanges changes = presenceChanges(*before, *after);
    if (changes.isEmpty()) {
        itemDone(item.seq);
        return;
    }
    markSending(item);
    *job = m_api->updatePresence(row->presence.id, changes, this,
                                 [this, item, job](const ApiResult<Presence> &result) {
                                     if (result.ok())
                                         presenceDelivered(item, &result.value());
                                     else
                                         failed(item, result.error(), reached(job));
                                 });
}

void OutboxSender::sendProjectFields(const OutboxItem &item)
{
    QString error;
    const std::optional<CustomFieldValues> changes =
        CustomFieldValues::fromJson(item.payload.value(QStringLiteral("changes")), &error);
    if (!changes) {
        itemDone(item.seq);
        return;
    }
    // MOCO replaces the whole map: merge into the server's current values so
    // fields changed elsewhere meanwhile survive.
    auto job = std::make_shared<QPointer<ApiJob>>();
    *job = m_api->fetchProject(
        item.localId, this, [this, item, changes = *changes, job](const ApiResult<Project> &fresh) {
            if (!fresh.ok()) {
                failed(item, fresh.error(), reached(job));
                return;
            }
            ProjectCustomPropertiesUpdate update(fresh.value().customProperties);
            for (auto it = changes.values().cbegin(); it != changes.values().cend(); ++it)
                update.set(it.key(), it.value());
            markSending(item);
            auto put = std::make_shared<QPointer<ApiJob>>();
            *put = m_api->updateProjectCustomProperties(
                item.localId, update, this, [this, item, put](const ApiResult<Project> &result) {
                    if (!result.ok()) {
                        failed(item, result.error(), reached(put));
                        return;
                    }
                    ProjectCache projects(m_store);
                    std::optional<Project> cached = projects.project(item.localId);
                    Project stored = cached.value_or(result.value());
                    stored.customProperties = result.value().customProperties;
                    StoreTransaction transaction(m_store->database());
                    projects.writeProject(stored);
                    Outbox(m_store).remove(item.seq);
                    transaction.commit();
                    emit storeChanged();
                    emit itemDelivered(item.seq);
                    itemDone(0);
                });
        });
}

void OutboxSender::activityDelivered(const OutboxItem &item, const Activity &server)
{
    m_recorder.activityDelivered(item, server);
    delivered(item.seq);
}

void OutboxSender::activityDeleted(const OutboxItem &item)
{
    m_recorder.activityDeleted(item);
    delivered(item.seq);
}

void OutboxSender::presenceDelivered(const OutboxItem &item, const Presence *server)
{
    m_recorder.presenceDelivered(item, server);
    delivered(item.seq);
}

void OutboxSender::conflict(const OutboxItem &item, const Activity *theirs)
{
    m_recorder.conflict(item, theirs);
    emit storeChanged();
    emit itemNeedsAttention(item.seq);
    itemDone(0);
}

void OutboxSender::delivered(qint64 seq)
{
    emit storeChanged();
    emit itemDelivered(seq);
    itemDone(0);
}

QDate OutboxSender::today() const
{
    return CalendarWeek::localDate(m_clock->utcNow(), QTimeZone::systemTimeZone());
}

OutboxSender::Outcome OutboxSender::classify(const OutboxItem &item, const ApiError &error,
                                             bool reachedServer) const
{
    const bool isCreate = item.kind == OutboxItem::Kind::CreateActivity ||
                          item.kind == OutboxItem::Kind::CreatePresence;
    switch (error.kind) {
    case ApiError::Kind::None:
        return Outcome::Delivered;
    case ApiError::Kind::Validation:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
        return Outcome::Permanent;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::InsecureUrl:
        return Outcome::Stop;
    case ApiError::Kind::Parse:
        // The server answered 2xx: it has the change, only the body was odd.
        return isCreate ? Outcome::Uncertain : Outcome::Delivered;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
        return isCreate && reachedServer ? Outcome::Uncertain : Outcome::RetryLater;
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Cancelled:
        return Outcome::RetryLater;
    }
    return Outcome::RetryLater;
}

void OutboxSender::failed(const OutboxItem &item, const ApiError &error, bool reachedServer)
{
    Outbox outbox(m_store);
    switch (classify(item, error, reachedServer)) {
    case Outcome::Delivered:
        outbox.remove(item.seq);
        emit itemDelivered(item.seq);
        itemDone(0);
        return;
    case Outcome::Uncertain:
        outbox.setState(item.seq, OutboxItem::State::Uncertain);
        m_busy = false;
        // Reconcile right away; if MOCO is unreachable that waits itself.
        sendNext();
        return;
    case Outcome::Permanent: {
        // The server's own words where it sent some; the field messages are
        // kept apart so the editor can show each under its field.
        outbox.setFailed(item.seq,
                         error.message.isEmpty() ? ApiErrorText::message(error) : error.message,
                         error.fieldErrors);
        emit storeChanged();
        emit itemNeedsAttention(item.seq);
        itemDone(0);
        return;
    }
    case Outcome::Stop:
        outbox.setState(item.seq, item.state == OutboxItem::State::Uncertain ||
                                          item.state == OutboxItem::State::Sending
                                      ? OutboxItem::State::Uncertain
                                      : OutboxItem::State::Pending);
        m_busy = false;
        m_stopped = true;
        emit stateChanged();
        return;
    case Outcome::RetryLater: {
        // Not sent for sure (or idempotent): it may go again as it is.
        if (item.kind != OutboxItem::Kind::CreateActivity &&
            item.kind != OutboxItem::Kind::CreatePresence)
            outbox.setState(item.seq, OutboxItem::State::Pending);
        else if (item.state != OutboxItem::State::Uncertain)
            outbox.setState(item.seq, OutboxItem::State::Pending);
        m_busy = false;
        m_offline = error.kind != ApiError::Kind::RateLimited;
        std::chrono::milliseconds wait = m_policy.retryStart * (1 << std::min(m_failures, 10));
        wait = std::min(wait, m_policy.retryCap);
        if (error.retryAfter)
            wait = std::max<std::chrono::milliseconds>(wait, *error.retryAfter);
        ++m_failures;
        retryLater(wait);
        return;
    }
    }
}

void OutboxSender::itemDone(qint64 seq)
{
    if (seq != 0) {
        Outbox(m_store).remove(seq);
        emit itemDelivered(seq);
    }
    m_busy = false;
    m_failures = 0;
    m_offline = false;
    sendNext();
}

void OutboxSender::retryLater(std::chrono::milliseconds wait)
{
    m_nextRetryAt = m_clock->utcNow().addMSecs(wait.count());
    m_retryTimer.start(wait);
    emit stateChanged();
}
