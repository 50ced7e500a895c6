// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncService.h"

#include "core/api/ApiClient.h"
#include "core/services/Clock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/CustomFieldDefinitionCache.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/PresenceCache.h"
#include "core/storage/ProjectCache.h"
#include "core/storage/StoreTransaction.h"
#include "core/storage/SyncCursors.h"

#include <QTimeZone>

#include <memory>

namespace {

const QString activitiesResource = QStringLiteral("activities");
const QString activityEntity = QStringLiteral("activity");
constexpr auto background = ApiRequest::Priority::Background;
constexpr int stepCount = 5;

} // namespace

SyncService::SyncService(LocalStore *store, ApiClient *api, Clock *clock, qint64 userId,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_clock(clock)
    , m_userId(userId)
{
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
    setPolicy(Policy{});
}

void SyncService::setPolicy(const Policy &policy)
{
    m_policy = policy;
    if (m_policy.interval.count() > 0)
        m_timer.start(m_policy.interval);
    else
        m_timer.stop();
}

void SyncService::setVisibleRange(const QDate &from, const QDate &to)
{
    m_visibleFrom = from;
    m_visibleTo = to;
}

void SyncService::syncIfStale()
{
    if (m_lastFinishedMs >= 0 &&
        m_clock->monotonicMs() - m_lastFinishedMs < m_policy.throttle.count())
        return;
    syncNow();
}

void SyncService::syncNow()
{
    if (m_running)
        return;
    m_running = true;
    m_presencesOnly = false;
    m_step = ProjectsStep;
    m_stepsDone = 0;
    m_stepsTotal = stepCount;
    m_lastError = {};
    emit started();
    emit progress(m_stepsDone, m_stepsTotal);
    runStep();
}

void SyncService::refreshPresences()
{
    if (m_running) {
        m_presencesAgain = true;
        return;
    }
    m_running = true;
    m_presencesOnly = true;
    m_step = PresencesStep;
    m_stepsDone = 0;
    m_stepsTotal = 1;
    m_lastError = {};
    emit started();
    emit progress(m_stepsDone, m_stepsTotal);
    runStep();
}

void SyncService::runStep()
{
    switch (m_step) {
    case ProjectsStep:
        syncProjects();
        return;
    case DefinitionsStep:
        syncDefinitions(0);
        return;
    case ActivitiesStep:
        syncActivities();
        return;
    case WindowStep:
        readWindow();
        return;
    case PresencesStep:
        syncPresences();
        return;
    default:
        if (m_presencesAgain) {
            // Asked for while this run had read them already.
            m_presencesAgain = false;
            m_step = PresencesStep;
            ++m_stepsTotal;
            emit progress(m_stepsDone, m_stepsTotal);
            syncPresences();
            return;
        }
        m_running = false;
        // Only a full run makes the data fresh for syncIfStale().
        if (!m_presencesOnly) {
            m_lastSuccessAt = m_clock->utcNow();
            m_lastFinishedMs = m_clock->monotonicMs();
        }
        emit finished(true);
        return;
    }
}

void SyncService::stepDone()
{
    ++m_step;
    ++m_stepsDone;
    emit progress(m_stepsDone, m_stepsTotal);
    runStep();
}

void SyncService::stepFailed(const ApiError &error)
{
    m_running = false;
    m_lastError = error;
    m_lastFinishedMs = m_clock->monotonicMs();
    emit finished(false);
}

void SyncService::syncProjects()
{
    m_api->fetchAssignedProjects(
        std::nullopt, this,
        [this](const ApiResult<QList<Project>> &result) {
            if (!result.ok())
                return stepFailed(result.error());
            ProjectCache cache(m_store);
            // The assigned form has no custom_properties: the values the
            // details window read (with changes not delivered yet) stay.
            QList<Project> projects = result.value();
            for (Project &project : projects) {
                if (!project.customProperties.isEmpty())
                    continue;
                if (const std::optional<Project> local = cache.project(project.id))
                    project.customProperties = local->customProperties;
            }
            cache.replaceProjects(projects);
            emit storeChanged();
            stepDone();
        },
        background);
}

void SyncService::syncDefinitions(int entityIndex)
{
    // The entities whose fields the details windows show.
    static const QStringList entities{QStringLiteral("Project"), QStringLiteral("Customer")};
    if (entityIndex >= entities.size()) {
        stepDone();
        return;
    }
    const QString entity = entities.at(entityIndex);
    const QString resource = QStringLiteral("definitions:") + entity;
    // A definition deleted in MOCO never comes with updated_after: a full
    // read (the first, and after a day) drops it.
    SyncCursors cursors(m_store);
    QDateTime cursor = cursors.updatedAfter(resource);
    const QDateTime lastFull = cursors.lastWindowRead(resource);
    if (!lastFull.isValid() || lastFull.secsTo(m_clock->utcNow()) > 24 * 3600)
        cursor = QDateTime();
    const QDateTime requestedAt = m_clock->utcNow();
    m_api->fetchCustomFieldDefinitions(
        entity, this,
        [this, entityIndex, entity, resource, cursor,
         requestedAt](const ApiResult<QList<CustomFieldDefinition>> &result) {
            CustomFieldDefinitionCache cache(m_store);
            if (!result.ok() && result.error().kind == ApiError::Kind::Forbidden) {
                // Not the user's to read (it may need settings rights): the
                // section stays hidden; nothing else is wrong.
                cache.replace(entity, {});
                cache.setReadable(entity, false);
                SyncCursors(m_store).setUpdatedAfter(resource, QDateTime());
                syncDefinitions(entityIndex + 1);
                return;
            }
            if (!result.ok())
                return stepFailed(result.error());
            QDateTime newest = cursor;
            for (const CustomFieldDefinition &definition : result.value()) {
                if (definition.updatedAt.isValid() &&
                    (!newest.isValid() || definition.updatedAt > newest))
                    newest = definition.updatedAt;
            }
            if (cursor.isValid())
                cache.upsert(result.value());
            else
                cache.replace(entity, result.value());
            cache.setReadable(entity, true);
            SyncCursors cursors(m_store);
            cursors.setUpdatedAfter(resource, newest);
            if (!cursor.isValid())
                cursors.setLastWindowRead(resource, requestedAt);
            syncDefinitions(entityIndex + 1);
        },
        background, cursor);
}

bool SyncService::createInDoubt(OutboxItem::Kind kind) const
{
    for (const OutboxItem &item : Outbox(m_store).items()) {
        if (item.kind == kind && (item.state == OutboxItem::State::Sending ||
                                  item.state == OutboxItem::State::Uncertain))
            return true;
    }
    return false;
}

QDate SyncService::windowEnd() const
{
    const QDate today = m_clock->utcNow().toLocalTime().date();
    return m_visibleTo.isValid() ? std::max(today, m_visibleTo) : today;
}

QDate SyncService::windowStart() const
{
    const QDate start = m_clock->utcNow().toLocalTime().date().addDays(-m_policy.windowDays);
    return m_visibleFrom.isValid() ? std::min(start, m_visibleFrom) : start;
}

void SyncService::syncActivities()
{
    // While a create is in doubt, an unknown activity from the server might
    // be that very create: leave activities for the next run, after the
    // sender has reconciled it.
    if (createInDoubt())
        return stepDone();
    SyncCursors cursors(m_store);
    const QDateTime cursor = cursors.updatedAfter(activitiesResource);
    ApiClient::ActivityQuery query;
    query.userId = m_userId;
    if (cursor.isValid()) {
        query.updatedAfter = cursor;
    } else {
        query.from = m_clock->utcNow().toLocalTime().date().addDays(-m_policy.initialDays);
        query.to = windowEnd();
    }
    const QDateTime requestedAt = m_clock->utcNow();
    m_api->fetchActivities(
        query, this,
        [this, cursor, requestedAt](const ApiResult<QList<Activity>> &result) {
            if (!result.ok())
                return stepFailed(result.error());
            if (createInDoubt())
                return stepDone();
            applyActivities(result.value());
            QDateTime newest = cursor;
            for (const Activity &activity : result.value()) {
                if (activity.updatedAt.isValid() &&
                    (!newest.isValid() || activity.updatedAt > newest))
                    newest = activity.updatedAt;
            }
            if (!newest.isValid()) // nothing at all yet: start from about now
                newest = requestedAt.addSecs(-600);
            SyncCursors(m_store).setUpdatedAfter(activitiesResource, newest);
            if (!cursor.isValid()) // a full read of the window just happened
                SyncCursors(m_store).setLastWindowRead(activitiesResource, requestedAt);
            stepDone();
        },
        background);
}

void SyncService::readWindow()
{
    const QDateTime last = SyncCursors(m_store).lastWindowRead(activitiesResource);
    const bool due = m_forceWindow || !last.isValid() ||
                     last.msecsTo(m_clock->utcNow()) >= m_policy.windowEvery.count();
    if (!due || createInDoubt())
        return stepDone();
    m_forceWindow = false;
    ApiClient::ActivityQuery query;
    query.userId = m_userId;
    query.from = windowStart();
    query.to = windowEnd();
    query.sortBy = QStringLiteral("id");
    const QDateTime requestedAt = m_clock->utcNow();
    m_api->fetchActivities(
        query, this,
        [this, query, requestedAt](const ApiResult<QList<Activity>> &result) {
            if (!result.ok())
                return stepFailed(result.error());
            if (createInDoubt())
                return stepDone();
            applyActivities(result.value());
            QSet<qint64> present;
            for (const Activity &activity : result.value())
                present.insert(activity.id);
            QList<qint64> missing;
            for (const LocalActivity &row : ActivityCache(m_store).between(query.from, query.to)) {
                if (row.isOnServer() && !present.contains(row.activity.id))
                    missing.append(row.activity.id);
            }
            if (missing.isEmpty())
                return windowReadDone(requestedAt);
            confirmMissing(missing, requestedAt);
        },
        background);
}

void SyncService::confirmMissing(const QList<qint64> &serverIds, const QDateTime &requestedAt)
{
    struct Confirmation
    {
        qsizetype open = 0;
        QList<qint64> gone;
        QList<Activity> found; // moved out of the window, or skipped by the paging
        ApiError error;
    };
    auto confirmation = std::make_shared<Confirmation>();
    confirmation->open = serverIds.size();
    for (const qint64 serverId : serverIds) {
        m_api->fetchActivity(
            serverId, this,
            [this, confirmation, serverId, requestedAt](const ApiResult<Activity> &result) {
                if (result.ok())
                    confirmation->found.append(result.value());
                else if (result.error().kind == ApiError::Kind::NotFound)
                    confirmation->gone.append(serverId);
                else if (!confirmation->error.isError())
                    confirmation->error = result.error();
                if (--confirmation->open > 0)
                    return;
                if (createInDoubt())
                    return stepDone();
                applyActivities(confirmation->found);
                removeDeletedOnServer(confirmation->gone);
                if (confirmation->error.isError())
                    return stepFailed(confirmation->error); // the rest waits for the next read
                windowReadDone(requestedAt);
            },
            background);
    }
}

void SyncService::removeDeletedOnServer(const QList<qint64> &serverIds)
{
    if (serverIds.isEmpty())
        return;
    ActivityCache cache(m_store);
    Outbox outbox(m_store);
    StoreTransaction transaction(m_store->database());
    for (const qint64 serverId : serverIds) {
        const std::optional<qint64> localId = cache.localIdOf(serverId);
        if (!localId)
            continue;
        // Looked up now, not when the read began: the user may have edited
        // it while the confirmation was on its way.
        const QList<OutboxItem> items = outbox.itemsOf(activityEntity, *localId);
        if (items.isEmpty()) {
            cache.remove(*localId);
            continue;
        }
        // Deleted there while edited here: the user decides.
        const std::optional<LocalActivity> row = cache.find(*localId);
        cache.writeServerVersion(*localId, row ? row->server : std::nullopt, true);
        for (const OutboxItem &item : items) {
            if (item.state == OutboxItem::State::Pending &&
                item.kind != OutboxItem::Kind::DeleteActivity)
                outbox.setState(item.seq, OutboxItem::State::Conflict);
        }
    }
    transaction.commit();
    emit storeChanged();
}

void SyncService::windowReadDone(const QDateTime &requestedAt)
{
    SyncCursors(m_store).setLastWindowRead(activitiesResource, requestedAt);
    stepDone();
}

void SyncService::syncPresences()
{
    // As with activities: the server's copy of a create in doubt would show
    // up beside the local row, twice on the screen.
    if (createInDoubt(OutboxItem::Kind::CreatePresence))
        return stepDone();
    ApiClient::PresenceQuery query;
    query.from = windowStart();
    query.to = windowEnd();
    query.userId = m_userId;
    m_api->fetchPresences(
        query, this,
        [this, query](const ApiResult<QList<Presence>> &result) {
            if (!result.ok())
                return stepFailed(result.error());
            if (createInDoubt(OutboxItem::Kind::CreatePresence))
                return stepDone();
            PresenceCache(m_store).replaceRange(query.from, query.to, result.value());
            emit storeChanged();
            stepDone();
        },
        background);
}

void SyncService::applyActivities(const QList<Activity> &activities)
{
    StoreTransaction transaction(m_store->database());
    for (const Activity &activity : activities)
        applyActivity(activity);
    transaction.commit();
    emit storeChanged();
}

void SyncService::applyActivity(const Activity &server)
{
    ActivityCache cache(m_store);
    const std::optional<qint64> localId = cache.localIdOf(server.id);
    if (!localId) {
        cache.insertLocal(server);
        return;
    }
    Outbox outbox(m_store);
    const QList<OutboxItem> items = outbox.itemsOf(activityEntity, *localId);
    if (items.isEmpty()) {
        cache.writeBoth(*localId, server);
        return;
    }
    cache.writeServerVersion(*localId, server, false);
    for (const OutboxItem &item : items) {
        // Our own request changes updated_at too: one in flight (Sending), or
        // an earlier attempt whose answer was lost (attempts > 0). Whether
        // that is all that changed, the sender finds out before it sends
        // again; only an item never sent is a conflict for sure.
        if (item.state == OutboxItem::State::Pending && item.attempts == 0 &&
            item.baseUpdatedAt.isValid() && server.updatedAt != item.baseUpdatedAt)
            outbox.setState(item.seq, OutboxItem::State::Conflict);
    }
}
