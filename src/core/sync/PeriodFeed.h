// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ShownPeriod.h"
#include "core/storage/LocalPresence.h"

#include <QList>
#include <QObject>

class AccountDataLayer;
class ActivitiesModel;
class FavoriteProjects;
class PresencesModel;
class ProjectsModel;
class TimerService;
class WeekGridModel;

// Feeds the window's models from the account's store: the day and the week of
// the shown period, the projects with the user's favourites and recent
// combinations, and the day's presences. Reads again on every store change;
// the models apply the difference, so the views keep selection and scroll.
// The shown period is kept here, for the models and for sync, which re-reads
// the days on screen to notice deletions made in MOCO.
class PeriodFeed : public QObject
{
    Q_OBJECT
public:
    struct Models
    {
        ActivitiesModel *day;
        WeekGridModel *week;
        ProjectsModel *projects;
    };

    PeriodFeed(AccountDataLayer *data, Models models, TimerService *timer,
               FavoriteProjects *favorites, QObject *parent = nullptr);

    // The presences of the shown day and of its week; optional (nullptr).
    void setPresenceModels(PresencesModel *day, PresencesModel *week);

    ShownPeriod period() const { return m_period; }
    void setPeriod(const ShownPeriod &period);
    // Everything again from the store (after a store change).
    void reload();
    void reloadProjects();

signals:
    void dayPresencesChanged(const QList<LocalPresence> &presences);

private:
    void reloadPeriod();

    AccountDataLayer *m_data;
    Models m_models;
    TimerService *m_timer;
    FavoriteProjects *m_favorites;
    PresencesModel *m_dayPresences = nullptr;
    PresencesModel *m_weekPresences = nullptr;
    ShownPeriod m_period;
};
