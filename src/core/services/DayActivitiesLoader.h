// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/SyncStatus.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class ActivityListModel;
class ApiClient;
class ApiJob;
class Clock;

// Loads one day's activities of one user from MOCO into an
// ActivityListModel, and keeps a SyncStatus that tells truthfully what is
// going on: loading (page k of n), waiting for the rate limit, done, failed.
class DayActivitiesLoader : public QObject
{
    Q_OBJECT
public:
    DayActivitiesLoader(ApiClient *client, ActivityListModel *model, const Clock *clock,
                        QObject *parent = nullptr);

    void setUserId(qint64 userId);
    void setDay(const QDate &day);
    QDate day() const { return m_day; }

    // Loads the day again. While a load runs, a new one is not started: the
    // running one already brings fresh data.
    void refresh();
    bool isLoading() const { return !m_job.isNull(); }

    const SyncStatus &status() const { return m_status; }

signals:
    void statusChanged(const SyncStatus &status);

private:
    void onProgress(int pagesDone, int pagesTotal);
    void onRateLimitedUntilChanged(const QDateTime &until);
    void setStatus(const SyncStatus &status);

    ApiClient *m_client;
    ActivityListModel *m_model;
    const Clock *m_clock;
    QPointer<ApiJob> m_job;
    qint64 m_userId = 0;
    QDate m_day;
    SyncStatus m_status;
};
