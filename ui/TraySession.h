// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class AccountDataLayer;
class ActivityActions;
class AppPreferences;
class Clock;
class MainWindow;
class ProjectsModel;
class TrayIcon;

// The tray icon of one signed-in session, tied to the main window: a click
// shows or hides the window, closing the window hides it to the tray while a
// tray exists (and quits when none does), and the tray's menu reaches the
// session's timer and the app's settings, sign-out and quit.
class TraySession : public QObject
{
    Q_OBJECT
public:
    TraySession(ActivityActions *actions, AccountDataLayer *data, MainWindow *window,
                ProjectsModel *projects, Clock *clock, AppPreferences *preferences,
                QObject *parent = nullptr);
    ~TraySession() override;

    TrayIcon *icon() const { return m_icon; }
    // With a tray, the app keeps running with no window open.
    bool keepsAppRunning() const;
    void notifySessionExpired();

signals:
    void settingsRequested();
    void signOutRequested();
    void quitRequested();
    // "Needs attention" in the tray menu: the window is shown; open the list.
    void attentionRequested();

private:
    void toggleWindow();
    void showWindow();
    void onAvailabilityChanged(bool available);

    MainWindow *m_window;
    TrayIcon *m_icon;
};
