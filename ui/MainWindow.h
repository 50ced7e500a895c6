// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ActivityDraft.h"
#include "core/models/ProjectTaskKey.h"
#include "core/models/ShownPeriod.h"
#include "core/storage/LocalPresence.h"
#include "core/sync/SyncState.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class AccountMenu;
class ActivitiesModel;
class PresenceControls;
class QHBoxLayout;
class Clock;
class DateNavigator;
class DayView;
class ProjectsModel;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QVBoxLayout;
class SyncStatusWidget;
class TimerBar;
class ActivityActions;
class TimerService;
class UndoBar;
class QUndoStack;
class WeekGridModel;
class WeekView;

namespace Ui {
class MainWindow;
}

// The main window: the timer bar, date navigation, the day or week view, an
// undo bar and a status bar that always says what is going on. It shows what
// it is given and forwards intent as signals; the app's Workspace applies
// them through the data layer. The models belong to the app.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ActivitiesModel *dayModel, WeekGridModel *weekModel, ProjectsModel *projects,
               const Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Navigation. Changing the period (also from the window's own controls)
    // emits periodChanged(); the owner then feeds the models.
    ShownPeriod period() const { return m_period; }
    void setPeriod(const ShownPeriod &period);

    // The session's actions: the timer bar shows and changes their timer,
    // Edit → Undo/Redo (Ctrl+Z, Ctrl+Shift+Z) name and reverse their last
    // change. nullptr (no session) hides the timer bar. Not owned.
    void setActions(ActivityActions *actions);
    // The title names whose hours are shown: the user, the colleague a staff
    // user acts as (actingAs), or the demo user.
    void setSessionTitle(const QString &userName, const QString &actingAs, bool demo);
    void setPresences(const QList<LocalPresence> &presencesOfTheDay);
    // The session's "Clock in"/"Clock out" and "Home office": in the Timer
    // menu, beside the date navigation and as a window-wide shortcut.
    // nullptr (no session) removes them. Not owned.
    void setPresenceControls(PresenceControls *controls);

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
    // A short message in the status bar (e.g. why a week cell was refused).
    void showTransientMessage(const QString &message);
    // After a removal: "… deleted · Undo" for a few seconds (Ctrl+Z too).
    void offerUndo(const QString &message);

    // The Account menu: "Sign out" (not in demo mode), "Act as…" (staff
    // only) and "Back to myself" (while acting as someone; empty = not).
    void setSignOutAvailable(bool available);
    void setActAsAvailable(bool available);
    void setActingAs(const QString &name);

    // With a tray icon, closing the window only hides it; without one,
    // closing quits (the app would otherwise keep running unseen).
    void setClosingHidesToTray(bool hides);

    DayView *dayView() const { return m_dayView; }
    WeekView *weekView() const { return m_weekView; }
    TimerBar *timerBar() const { return m_timerBar; }
    QString statusText() const;
    QString undoText() const;
    // The message shown instead of the views before data can be shown.
    QString emptyStateText() const;
    bool isShowingEmptyState() const;

signals:
    void periodChanged(const ShownPeriod &period);
    void refreshRequested();
    // The window became the active one: a chance to sync if data is old.
    void activated();
    void quitRequested();
    void closedToTray();
    void settingsRequested();
    void signOutRequested();
    void actAsRequested();
    void backToMyselfRequested();

    // Activities.
    void newActivityRequested(const QDate &date);
    void editRequested(qint64 localId);
    void deleteRequested(qint64 localId);
    void duplicateRequested(qint64 localId);
    void startRequested(qint64 localId);
    void stopRequested();
    void quickAddRequested(const ActivityDraft &draft);
    void favoriteToggled(const ProjectTaskKey &key);
    void undoRequested();
    void attentionRequested();
    // "Project Details…" on an activity (the selected one, or its row's menu).
    void projectDetailsRequested(qint64 activityLocalId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setHistory(QUndoStack *history);
    void undo();
    void updateHistoryActions();
    enum class Phase { Connecting, ConnectionFailed, Connected };

    void buildCentralWidget();
    void connectActions();
    void connectDayView();
    void onTick();
    void onStartStop();
    void onModeRequested(ShownPeriod::Mode mode);
    void updateStatus();
    void updatePage();
    void updateTicking();
    void updateNavigation();
    void createAccountMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ActivitiesModel *m_dayModel;
    WeekGridModel *m_weekModel;
    ProjectsModel *m_projects;
    const Clock *m_clock;
    QVBoxLayout *m_timerBarSlot = nullptr;
    TimerBar *m_timerBar = nullptr;
    QPointer<TimerService> m_timer;
    DateNavigator *m_navigator = nullptr;
    QStackedWidget *m_pages = nullptr;
    DayView *m_dayView = nullptr;
    WeekView *m_weekView = nullptr;
    QLabel *m_messageLabel = nullptr;
    UndoBar *m_undoBar = nullptr;
    QPointer<QUndoStack> m_history;
    SyncStatusWidget *m_status = nullptr;
    QTimer m_tick;
    ShownPeriod m_period;
    Phase m_phase = Phase::Connecting;
    QString m_phaseMessage;
    SyncState m_syncState;
    AccountMenu *m_accountMenu = nullptr;
    QHBoxLayout *m_navigationRow = nullptr;
    QPointer<PresenceControls> m_presenceControls;
    QWidget *m_presenceButtons = nullptr;
    bool m_closingHidesToTray = false;
};
