// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DayActivitiesLoader.h"

#include "core/api/ApiClient.h"
#include "core/models/ActivityListModel.h"
#include "core/services/Clock.h"

DayActivitiesLoader::DayActivitiesLoader(ApiClient *client, ActivityListModel *model,
                                         const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_clock(clock)
    , m_day(clock->utcNow().toLocalTime().date())
{
    connect(m_client->scheduler(), &RequestScheduler::rateLimitedUntilChanged, this,
            &DayActivitiesLoader::onRateLimitedUntilChanged);
}

void DayActivitiesLoader::setUserId(qint64 userId)
{
    m_userId = userId;
}

void DayActivitiesLoader::setDay(const QDate &day)
{
    m_day = day;
}

void DayActivitiesLoader::refresh()
{
    if (isLoading() || m_userId == 0)
        return;
    ApiClient::ActivityQuery query;
    query.userId = m_userId;
    query.from = m_day;
    query.to = m_day;
    m_job =
        m_client->fetchActivities(query, this, [this](const ApiResult<QList<Activity>> &result) {
            m_job.clear();
            SyncStatus status = m_status;
            if (result.ok()) {
                m_model->setActivities(result.value());
                status.state = SyncStatus::State::Synced;
                status.lastSyncedAt = m_clock->utcNow();
                status.error = {};
            } else if (result.error().kind == ApiError::Kind::Cancelled) {
                status.state = status.lastSyncedAt.isValid() ? SyncStatus::State::Synced
                                                             : SyncStatus::State::NotSynced;
            } else {
                status.state = SyncStatus::State::Failed;
                status.error = result.error();
            }
            setStatus(status);
        });
    connect(m_job, &ApiJob::progress, this, &DayActivitiesLoader::onProgress);

    SyncStatus status = m_status;
    status.state = SyncStatus::State::Syncing;
    status.pagesDone = 0;
    status.pagesTotal = 0;
    setStatus(status);
}

void DayActivitiesLoader::onProgress(int pagesDone, int pagesTotal)
{
    SyncStatus status = m_status;
    status.pagesDone = pagesDone;
    status.pagesTotal = pagesTotal;
    setStatus(status);
}

void DayActivitiesLoader::onRateLimitedUntilChanged(const QDateTime &until)
{
    SyncStatus status = m_status;
    status.rateLimitedUntil = until;
    setStatus(status);
}

void DayActivitiesLoader::setStatus(const SyncStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(m_status);
}
