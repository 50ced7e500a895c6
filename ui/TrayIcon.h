// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrayIconSet.h"
#include "core/storage/LocalActivity.h"
#include "core/sync/SyncState.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

#include <memory>
#include <optional>

class AppPreferences;
class Clock;
class LongTimerReminder;
class PresenceControls;
class ProjectsModel;
class QAction;
class QMenu;
class QuickStartPopup;
class ActivityActions;
class TimerService;

// The system-tray icon and its menu: whether time is running at a glance
// (icon, tooltip), start/stop/continue in one click, and the app's
// notifications. Shown whenever the platform has a tray; without one it
// waits for a tray to appear (a panel started later) and the app stays fully
// usable through its window.
//
// It only forwards window and session intents (signals); the app decides
// what they do.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(ActivityActions *actions, ProjectsModel *projects, const Clock *clock,
             AppPreferences *preferences, QObject *parent = nullptr);
    ~TrayIcon() override;

    // A tray exists and shows the icon: closing the window may hide it there.
    bool isAvailable() const;

    // Offline / needs attention: a dot on the icon and a tooltip line. A
    // growing number of changes that need attention is notified.
    void setSyncState(const SyncState &state);

    // The session's "Clock in"/"Clock out" and "Home office" in the menu,
    // and "Present since 08:05" in the tooltip; nullptr removes them.
    void setPresenceControls(PresenceControls *controls);

    void notifySessionExpired();
    void notifyNeedsAttention(int count);
    // The first time the window closes to the tray, once ever (remembered in
    // AppPreferences). True when the notice was shown now.
    bool notifyClosedToTray();

    // What the user sees; the app and tests read it.
    QString toolTip() const { return m_toolTip; }
    TrayIconSet::Timer timerState() const { return m_timerState; }
    TrayIconSet::Badge badge() const { return m_badge; }
    QMenu *menu() const { return m_menu.get(); }
    QSystemTrayIcon *systemTrayIcon() const { return m_icon; } // nullptr until a tray exists
    QuickStartPopup *quickStartPopup() const { return m_popup.get(); }

public slots:
    // "Start timer…": the quick-start popup next to the icon.
    void showQuickStart();

signals:
    void showWindowRequested();
    void toggleWindowRequested(); // left click (macOS opens the menu instead)
    void settingsRequested();
    void signOutRequested();
    void quitRequested();
    void needsAttentionRequested(); // the "needs attention" notification was clicked
    // The tray appeared (or went away): close-to-tray is possible or not.
    void availabilityChanged(bool available);
    // Every notification, also when no tray can show it (the window may).
    void notified(const QString &title, const QString &message);

private:
    enum class Message { None, Stopped, Reminder, SessionExpired, NeedsAttention, ClosedToTray };

    void buildMenu();
    void checkAvailability();
    void createIcon();
    void onActivated(QSystemTrayIcon::ActivationReason reason);
    void onMessageClicked();
    void onRunningChanged();
    void onReminderDue(qint64 localId);
    void onPreferencesChanged();
    void stopTimer();
    void continueEntry(qint64 localId, qint64 projectId, qint64 taskId, const QString &description);
    void refresh();
    void refreshContinueMenu();
    void refreshIcon();
    void refreshToolTip();
    void notify(Message kind, const QString &title, const QString &message,
                QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information);

    ActivityActions *m_actions;
    TimerService *m_timer;
    ProjectsModel *m_projects;
    const Clock *m_clock;
    AppPreferences *m_preferences;
    LongTimerReminder *m_reminder;
    QSystemTrayIcon *m_icon = nullptr;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QuickStartPopup> m_popup;
    QAction *m_runningAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_startAction = nullptr;
    QMenu *m_continueMenu = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_presenceSeparator = nullptr;
    QPointer<PresenceControls> m_presenceControls;
    QTimer m_availabilityTimer;
    QTimer m_tick;
    std::optional<LocalActivity> m_running;
    SyncState m_syncState;
    int m_notifiedAttention = 0;
    qint64 m_stopRequestedFor = 0; // a stop clicked in the tray menu
    Message m_lastMessage = Message::None;
    TrayIconSet::Timer m_timerState = TrayIconSet::Timer::Idle;
    TrayIconSet::Badge m_badge = TrayIconSet::Badge::None;
    QString m_toolTip;
};
