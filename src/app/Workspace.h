// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/PeriodFeed.h"

#include <QObject>

#include <memory>

class AccountDataLayer;
class ActivityActions;
class ActivityDialogs;
class AppPreferences;
class ClockToggle;
class DetailsWindows;
class PresenceActions;
class PresenceControls;
class PresencesModel;
class AttentionModel;
class Clock;
class FavoriteProjects;
class MainWindow;
class TimerService;

// One signed-in session in the main window: builds the session's timer,
// actions, favourites, feed and dialogs, and connects the window's requests
// to them. Every change goes through ActivityActions (stored locally first,
// to MOCO through the outbox); the rules live there and in the feed.
class Workspace : public QObject
{
    Q_OBJECT
public:
    // accountKey: "<user id>@<host>" (favourites are kept per account).
    Workspace(AccountDataLayer *data, MainWindow *window, PeriodFeed::Models models, Clock *clock,
              qint64 userId, const QString &accountKey, QObject *parent = nullptr);
    ~Workspace() override;

    ActivityActions *actions() const { return m_actions; }
    // "Clock in"/"Clock out" and "Home office", for the tray too.
    PresenceControls *presenceControls() const { return m_presenceControls; }
    // The list of changes MOCO refused or that conflict.
    void showAttention();

private:
    void connectWindow();
    void reload();
    void remove(qint64 localId);

    AccountDataLayer *m_data;
    MainWindow *m_window;
    TimerService *m_timer;
    ActivityActions *m_actions;
    FavoriteProjects *m_favorites;
    AttentionModel *m_attention;
    PeriodFeed *m_feed;
    ActivityDialogs *m_dialogs;
    AppPreferences *m_preferences;
    PresenceActions *m_presences;
    std::unique_ptr<ClockToggle> m_clockToggle;
    PresenceControls *m_presenceControls;
    PresencesModel *m_dayPresences;
    PresencesModel *m_weekPresences;
    DetailsWindows *m_details; // project and customer details windows
};
