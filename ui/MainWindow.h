// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/SyncState.h"

#include <QDate>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class ActivityListModel;
class Clock;
class QAction;
class QMenu;
class SyncStatusWidget;

namespace Ui {
class MainWindow;
}

// The main window, minimal for now: one day's activities (from the local
// cache), the day's total, and a status bar that always says what is going on. It only displays and
// forwards intent (refresh, quit); the app wires it to the services.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ActivityListModel *model, const Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDay(const QDate &day);

    // Before there is an account to sync: what is being done ("Signing in…"),
    // or why it failed (F5 tries again). Shown in the status bar and in place
    // of the list.
    void setConnecting(const QString &message);
    void setConnectionFailed(const QString &message);
    // From then on the status bar follows the account's data layer.
    void setSyncState(const SyncState &state);
    // A one-time message that must not block (e.g. a damaged local copy was
    // set aside): shown beside the window, not modal.
    void showNotice(const QString &message);

    // The Account menu: "Sign out" (not in demo mode), "Act as…" (staff
    // only) and "Back to myself" (while acting as someone; empty = not).
    void setSignOutAvailable(bool available);
    void setActAsAvailable(bool available);
    void setActingAs(const QString &name);

    QString statusText() const;
    QString emptyStateText() const;
    bool isShowingEmptyState() const;

signals:
    void refreshRequested();
    // The window became the active one: a chance to sync if data is old.
    void activated();
    void quitRequested();
    void signOutRequested();
    void actAsRequested();
    void backToMyselfRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Phase { Connecting, ConnectionFailed, Connected };

    void onTick();
    void updateStatus();
    void updatePage();
    void updateTotal();
    void updateTicking();
    void showAbout();
    void createAccountMenu();
    void updateAccountMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ActivityListModel *m_model;
    const Clock *m_clock;
    SyncStatusWidget *m_status;
    QTimer m_tick;
    QDate m_day;
    Phase m_phase = Phase::Connecting;
    QString m_phaseMessage;
    SyncState m_syncState;
    QMenu *m_accountMenu = nullptr;
    QAction *m_actAsAction = nullptr;
    QAction *m_backToMyselfAction = nullptr;
    QAction *m_signOutAction = nullptr;
    bool m_signOutAvailable = false;
    bool m_actAsAvailable = false;
    QString m_actingAs;
};
