// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PeriodFeed.h"

#include "core/models/ActivitiesModel.h"
#include "core/models/PresencesModel.h"
#include "core/models/ProjectsModel.h"
#include "core/models/WeekGridModel.h"
#include "core/services/FavoriteProjects.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/PresenceCache.h"
#include "core/storage/ProjectCache.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/SyncService.h"
#include "core/sync/TimerService.h"

namespace {
// Recent project/task combinations the pickers rank after favourites.
constexpr int recentCombinations = 10;
} // namespace

PeriodFeed::PeriodFeed(AccountDataLayer *data, Models models, TimerService *timer,
                       FavoriteProjects *favorites, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_models(models)
    , m_timer(timer)
    , m_favorites(favorites)
{
    connect(m_favorites, &FavoriteProjects::changed, this, &PeriodFeed::reloadProjects);
}

void PeriodFeed::setPresenceModels(PresencesModel *day, PresencesModel *week)
{
    m_dayPresences = day;
    m_weekPresences = week;
    reloadPeriod();
}

void PeriodFeed::setPeriod(const ShownPeriod &period)
{
    if (period == m_period)
        return;
    m_period = period;
    reloadPeriod();
}

void PeriodFeed::reload()
{
    reloadProjects();
    reloadPeriod();
}

void PeriodFeed::reloadProjects()
{
    m_models.projects->setProjects(ProjectCache(m_data->store()).projects());
    m_models.projects->setFavorites(m_favorites->favorites());
    QList<ProjectTaskKey> recent;
    const QList<RecentEntry> entries = m_timer->recentEntries(recentCombinations);
    for (const RecentEntry &entry : entries) {
        const ProjectTaskKey key{entry.projectId, entry.taskId};
        if (!recent.contains(key))
            recent.append(key);
    }
    m_models.projects->setRecent(recent);
}

void PeriodFeed::reloadPeriod()
{
    if (!m_period.date().isValid())
        return;
    ActivityCache activities(m_data->store());
    const QDate day = m_period.date();
    m_models.day->setActivities(day, day, activities.between(day, day));
    const QDate monday = ShownPeriod(day, ShownPeriod::Mode::Week).from();
    m_models.week->setWeek(monday, activities.between(monday, monday.addDays(6)));
    PresenceCache presences(m_data->store());
    const QList<LocalPresence> ofTheWeek = presences.between(monday, monday.addDays(6));
    if (m_weekPresences)
        m_weekPresences->setPresences(monday, monday.addDays(6), ofTheWeek);
    QList<LocalPresence> ofTheDay;
    for (const LocalPresence &presence : ofTheWeek) {
        if (presence.presence.date == day)
            ofTheDay.append(presence);
    }
    if (m_dayPresences)
        m_dayPresences->setPresences(day, day, ofTheDay);
    emit dayPresencesChanged(ofTheDay);
    // Deletions are noticed by re-reading a window of days: include what is
    // on screen.
    m_data->sync()->setVisibleRange(m_period.from(), m_period.to());
}
