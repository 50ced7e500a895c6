// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AccountMenu.h"
#include "DateNavigator.h"
#include "DayView.h"
#include "HelpBoxes.h"
#include "PresenceControls.h"
#include "SyncStatusWidget.h"
#include "TimerBar.h"
#include "UndoBar.h"

#include "WeekView.h"
#include "core/actions/ActivityActions.h"
#include "core/models/ActivitiesModel.h"
#include "core/models/WeekGridModel.h"
#include "core/services/Clock.h"
#include "core/sync/TimerService.h"
#include <QUndoStack>

#include <QAction>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {

DateNavigator::Mode navigatorMode(ShownPeriod::Mode mode)
{
    return mode == ShownPeriod::Mode::Day ? DateNavigator::Mode::Day : DateNavigator::Mode::Week;
}

} // namespace

MainWindow::MainWindow(ActivitiesModel *dayModel, WeekGridModel *weekModel, ProjectsModel *projects,
                       const Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_dayModel(dayModel)
    , m_weekModel(weekModel)
    , m_projects(projects)
    , m_clock(clock)
    , m_period(m_clock->today(), ShownPeriod::Mode::Day)
{
    m_ui->setupUi(this);
    buildCentralWidget();
    connectActions();
    connectDayView();
    createAccountMenu();

    connect(m_dayModel, &ActivitiesModel::totalChanged, this, &MainWindow::updateTicking);
    connect(m_dayModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateTicking);

    // The tick only repaints; every value shown is computed from timestamps.
    m_tick.setInterval(1s);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::onTick);
    // After a resume from sleep the countdown must not wait for the next tick.
    connect(m_clock, &Clock::jumped, this, &MainWindow::updateStatus);

    updateNavigation();
    updatePage();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentralWidget()
{
    auto *layout = new QVBoxLayout(m_ui->centralWidget);
    layout->setContentsMargins(6, 6, 6, 0);

    m_timerBarSlot = new QVBoxLayout;
    m_timerBarSlot->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_timerBarSlot);

    // The navigation row ends with the button for the full editor.
    auto *navigationRow = new QHBoxLayout;
    m_navigationRow = navigationRow;
    m_navigator = new DateNavigator(m_ui->centralWidget);
    navigationRow->addWidget(m_navigator, 1);
    auto *newActivity = new QToolButton(m_ui->centralWidget);
    newActivity->setDefaultAction(m_ui->newActivityAction);
    newActivity->setToolButtonStyle(Qt::ToolButtonTextOnly);
    newActivity->setText(tr("New activity…"));
    newActivity->setAccessibleName(tr("New activity"));
    newActivity->setToolTip(
        tr("New activity (%1)")
            .arg(m_ui->newActivityAction->shortcut().toString(QKeySequence::NativeText)));
    navigationRow->addWidget(newActivity);
    layout->addLayout(navigationRow);

    m_pages = new QStackedWidget(m_ui->centralWidget);
    m_dayView = new DayView(m_dayModel, m_projects, m_clock, m_pages);
    m_weekView = new WeekView(m_weekModel, m_pages);
    m_messageLabel = new QLabel(m_pages);
    m_messageLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_messageLabel->setAccessibleDescription(tr("Why no activities are shown"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setMargin(24);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_dayView);
    m_pages->addWidget(m_weekView);
    m_pages->addWidget(m_messageLabel);
    layout->addWidget(m_pages, 1);

    m_undoBar = new UndoBar(m_ui->centralWidget);
    layout->addWidget(m_undoBar);

    m_status = new SyncStatusWidget(this);
    m_ui->statusBar->addWidget(m_status, 1);
}

void MainWindow::connectActions()
{
    // Window-wide shortcuts live on actions in the menus, so they are listed
    // there and work wherever the focus is.
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] { HelpBoxes::showAbout(this); });
    connect(m_ui->shortcutsAction, &QAction::triggered, this, [this] {
        QList<QAction *> actions = {
            m_ui->startStopAction, m_ui->newActivityAction, m_ui->quickAddAction,
            m_ui->undoAction,      m_ui->redoAction,        m_ui->previousAction,
            m_ui->nextAction,      m_ui->todayAction,       m_ui->dayViewAction,
            m_ui->weekViewAction,  m_ui->refreshAction,     m_ui->settingsAction,
            m_ui->quitAction};
        if (m_presenceControls)
            actions.insert(1, m_presenceControls->clockAction());
        HelpBoxes::showShortcuts(this, actions);
    });
    connect(m_ui->newActivityAction, &QAction::triggered, this,
            [this] { emit newActivityRequested(m_period.date()); });
    connect(m_ui->quickAddAction, &QAction::triggered, this, [this] {
        setPeriod(m_period.withMode(ShownPeriod::Mode::Day));
        m_dayView->focusQuickAdd();
    });
    connect(m_ui->undoAction, &QAction::triggered, this, &MainWindow::undo);
    connect(m_ui->redoAction, &QAction::triggered, this, [this] {
        m_undoBar->hide();
        if (m_history)
            m_history->redo();
    });
    connect(m_undoBar, &UndoBar::undoRequested, this, &MainWindow::undo);
    updateHistoryActions();
    connect(m_ui->attentionAction, &QAction::triggered, this, &MainWindow::attentionRequested);
    connect(m_ui->projectDetailsAction, &QAction::triggered, this, [this] {
        const qint64 selected =
            m_period.mode() == ShownPeriod::Mode::Day ? m_dayView->selectedLocalId() : 0;
        if (selected != 0)
            emit projectDetailsRequested(selected);
        else
            showTransientMessage(tr("Select an activity in the day view to see its project."));
    });
    connect(m_status, &SyncStatusWidget::clicked, this, &MainWindow::attentionRequested);
    connect(m_ui->startStopAction, &QAction::triggered, this, &MainWindow::onStartStop);

    connect(m_ui->previousAction, &QAction::triggered, this,
            [this] { setPeriod(m_period.previous()); });
    connect(m_ui->nextAction, &QAction::triggered, this, [this] { setPeriod(m_period.next()); });
    connect(m_ui->todayAction, &QAction::triggered, this,
            [this] { setPeriod(m_period.withDate(m_clock->today())); });
    connect(m_ui->dayViewAction, &QAction::triggered, this,
            [this] { onModeRequested(ShownPeriod::Mode::Day); });
    connect(m_ui->weekViewAction, &QAction::triggered, this,
            [this] { onModeRequested(ShownPeriod::Mode::Week); });

    connect(m_navigator, &DateNavigator::previousRequested, m_ui->previousAction,
            &QAction::trigger);
    connect(m_navigator, &DateNavigator::nextRequested, m_ui->nextAction, &QAction::trigger);
    connect(m_navigator, &DateNavigator::todayRequested, m_ui->todayAction, &QAction::trigger);
    connect(m_navigator, &DateNavigator::refreshRequested, m_ui->refreshAction, &QAction::trigger);
    connect(m_navigator, &DateNavigator::dateChosen, this,
            [this](const QDate &date) { setPeriod(m_period.withDate(date)); });
    connect(m_navigator, &DateNavigator::modeRequested, this, [this](DateNavigator::Mode mode) {
        onModeRequested(mode == DateNavigator::Mode::Day ? ShownPeriod::Mode::Day
                                                         : ShownPeriod::Mode::Week);
    });
    connect(m_weekView, &WeekView::dayActivated, this, [this](const QDate &date) {
        setPeriod(ShownPeriod(date, ShownPeriod::Mode::Day));
        m_dayView->focusList();
    });
}

void MainWindow::connectDayView()
{
    connect(m_dayView, &DayView::editRequested, this, &MainWindow::editRequested);
    connect(m_dayView, &DayView::deleteRequested, this, &MainWindow::deleteRequested);
    connect(m_dayView, &DayView::duplicateRequested, this, &MainWindow::duplicateRequested);
    connect(m_dayView, &DayView::projectDetailsRequested, this,
            &MainWindow::projectDetailsRequested);
    connect(m_dayView, &DayView::startRequested, this, &MainWindow::startRequested);
    connect(m_dayView, &DayView::stopRequested, this, &MainWindow::stopRequested);
    connect(m_dayView, &DayView::quickAddRequested, this, &MainWindow::quickAddRequested);
    connect(m_dayView, &DayView::favoriteToggled, this, &MainWindow::favoriteToggled);
}

void MainWindow::setPeriod(const ShownPeriod &period)
{
    if (!period.date().isValid() || period == m_period)
        return;
    m_period = period;
    updateNavigation();
    updatePage();
    updateTicking();
    emit periodChanged(m_period);
}

void MainWindow::onModeRequested(ShownPeriod::Mode mode)
{
    setPeriod(m_period.withMode(mode));
    // A checkable action unchecks itself when triggered while checked.
    updateNavigation();
}

void MainWindow::updateNavigation()
{
    m_navigator->setDate(m_period.date(), navigatorMode(m_period.mode()), m_clock->today());
    const bool day = m_period.mode() == ShownPeriod::Mode::Day;
    m_ui->dayViewAction->setChecked(day);
    m_ui->weekViewAction->setChecked(!day);
    m_weekView->setToday(m_clock->today());
}

void MainWindow::setSessionTitle(const QString &userName, const QString &actingAs, bool demo)
{
    if (demo)
        //: Window title in demo mode; %1 is the demo user's full name.
        setWindowTitle(tr("MocoTrack — %1 (Demo)").arg(userName));
    else if (!actingAs.isEmpty())
        //: Window title while a staff user acts as a colleague; %1 is the colleague's name.
        setWindowTitle(tr("MocoTrack — Acting as %1").arg(actingAs));
    else
        //: Window title; %1 is the signed-in user's full name.
        setWindowTitle(tr("MocoTrack — %1").arg(userName));
}

void MainWindow::setActions(ActivityActions *actions)
{
    TimerService *timer = actions ? actions->timer() : nullptr;
    setHistory(actions ? actions->history() : nullptr);
    if (m_timer == timer)
        return;
    delete m_timerBar;
    m_timerBar = nullptr;
    m_timer = timer;
    if (actions) {
        m_timerBar = new TimerBar(actions, m_projects, m_clock, m_ui->centralWidget);
        m_timerBarSlot->addWidget(m_timerBar);
        connect(m_timerBar, &TimerBar::errorOccurred, this, &MainWindow::showTransientMessage);
    }
}

void MainWindow::setPresences(const QList<LocalPresence> &presencesOfTheDay)
{
    m_dayView->setPresences(presencesOfTheDay);
}

void MainWindow::onStartStop()
{
    if (m_timer && m_timer->running()) {
        emit stopRequested();
        return;
    }
    const qint64 selected =
        m_period.mode() == ShownPeriod::Mode::Day ? m_dayView->selectedLocalId() : 0;
    if (selected != 0) {
        emit startRequested(selected);
        return;
    }
    // Nothing chosen yet: the timer bar's picker is where a new one starts.
    if (m_timerBar)
        m_timerBar->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setConnecting(const QString &message)
{
    m_phase = Phase::Connecting;
    m_phaseMessage = message;
    updateStatus();
    updatePage();
}

void MainWindow::setConnectionFailed(const QString &message)
{
    m_phase = Phase::ConnectionFailed;
    m_phaseMessage = message;
    updateStatus();
    updatePage();
}

void MainWindow::setSyncState(const SyncState &state)
{
    m_phase = Phase::Connected;
    m_syncState = state;
    updateStatus();
    updatePage();
    updateTicking();
}

void MainWindow::showNotice(const QString &message)
{
    // Opened, not exec()'d: the window stays usable behind it.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("MocoTrack"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("noticeBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void MainWindow::showTransientMessage(const QString &message)
{
    m_ui->statusBar->showMessage(message, 8000);
}

void MainWindow::offerUndo(const QString &message)
{
    m_undoBar->showMessage(message);
}

void MainWindow::setClosingHidesToTray(bool hides)
{
    m_closingHidesToTray = hides;
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        emit activated();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closingHidesToTray) {
        event->ignore();
        hide();
        emit closedToTray();
        return;
    }
    event->accept();
    emit quitRequested();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateTicking();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    // Hidden to the tray: nothing to repaint until it is shown again.
    updateTicking();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

QString MainWindow::undoText() const
{
    return m_undoBar->text();
}

QString MainWindow::emptyStateText() const
{
    return m_messageLabel->text();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_messageLabel;
}

void MainWindow::onTick()
{
    // Only what is on screen is repainted; the week view and the timer bar
    // keep their own running time.
    if (m_pages->currentWidget() == m_dayView) {
        m_dayModel->refreshElapsed();
        // An open presence grows without any change in the store.
        m_dayView->refreshFooter();
    }
    updateStatus();
    updateTicking();
}

void MainWindow::updateStatus()
{
    switch (m_phase) {
    case Phase::Connecting:
        m_status->setStatus(SyncStatusWidget::Tone::Busy, m_phaseMessage);
        return;
    case Phase::ConnectionFailed:
        m_status->setStatus(SyncStatusWidget::Tone::Problem, m_phaseMessage);
        return;
    case Phase::Connected:
        break;
    }
    const QDateTime now = m_clock->utcNow();
    SyncStatusWidget::Tone tone = SyncStatusWidget::Tone::Busy;
    switch (m_syncState.kind(now)) {
    case SyncState::Kind::Synced:
        tone = SyncStatusWidget::Tone::Ok;
        break;
    case SyncState::Kind::Offline:
    case SyncState::Kind::WaitingForRateLimit:
    case SyncState::Kind::ServerError:
        tone = SyncStatusWidget::Tone::Waiting;
        break;
    case SyncState::Kind::NeedsAttention:
    case SyncState::Kind::StoreFailed:
        tone = SyncStatusWidget::Tone::Problem;
        break;
    case SyncState::Kind::Syncing:
    case SyncState::Kind::NotSynced:
        break;
    }
    m_status->setStatus(tone, m_syncState.text(now));
    m_status->setClickable(m_syncState.kind(now) == SyncState::Kind::NeedsAttention);
}

void MainWindow::updatePage()
{
    QString text;
    if (m_phase == Phase::Connecting) {
        text = m_phaseMessage;
    } else if (m_phase == Phase::ConnectionFailed) {
        text = tr("%1\nPress F5 to try again.").arg(m_phaseMessage);
    } else if (!m_syncState.lastSyncedAt.isValid() && m_dayModel->rowCount() == 0 &&
               m_weekModel->weekTotal() == 0) {
        // Nothing cached yet: the views' own empty states would claim an
        // empty day before MOCO has even answered.
        text = m_syncState.offline
                   ? tr("MOCO cannot be reached right now, and nothing is stored on this "
                        "computer yet.\nPress F5 to try again.")
                   : tr("Loading the activities…");
    }
    if (!text.isEmpty()) {
        m_messageLabel->setText(text);
        m_pages->setCurrentWidget(m_messageLabel);
        return;
    }
    m_messageLabel->clear();
    m_pages->setCurrentWidget(m_period.mode() == ShownPeriod::Mode::Day
                                  ? static_cast<QWidget *>(m_dayView)
                                  : static_cast<QWidget *>(m_weekView));
}

void MainWindow::updateTicking()
{
    const bool timerRuns = m_dayModel->runningRow() >= 0 || (m_timer && m_timer->running());
    // Today's footer counts an open presence up to now.
    const bool todayShown =
        m_period.mode() == ShownPeriod::Mode::Day && m_period.date() == m_clock->today();
    const SyncState::Kind syncKind = m_syncState.kind(m_clock->utcNow());
    const bool rateLimitCountdown =
        m_phase == Phase::Connected && (syncKind == SyncState::Kind::WaitingForRateLimit ||
                                        syncKind == SyncState::Kind::ServerError);
    const bool needed = (timerRuns || rateLimitCountdown || todayShown) && isVisible();
    if (needed && !m_tick.isActive())
        m_tick.start();
    else if (!needed)
        m_tick.stop();
}

void MainWindow::setHistory(QUndoStack *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history) {
        connect(m_history, &QUndoStack::indexChanged, this, &MainWindow::updateHistoryActions);
        connect(m_history, &QObject::destroyed, this, [this] { setHistory(nullptr); });
    }
    updateHistoryActions();
}

void MainWindow::undo()
{
    const bool offered = !m_undoBar->text().isEmpty();
    m_undoBar->hide();
    if (m_history)
        m_history->undo();
    else if (offered)
        emit undoRequested();
}

void MainWindow::updateHistoryActions()
{
    // Without a session's history, Undo still answers the undo bar.
    const bool canUndo = !m_history || m_history->canUndo();
    const bool canRedo = m_history && m_history->canRedo();
    m_ui->undoAction->setEnabled(canUndo);
    m_ui->redoAction->setEnabled(canRedo);
    //: Edit menu, e.g. "Undo Change duration of “Wireframes”"
    m_ui->undoAction->setText(m_history && canUndo ? tr("&Undo %1").arg(m_history->undoText())
                                                   : tr("&Undo"));
    //: Edit menu, e.g. "Redo Delete “Wireframes”"
    m_ui->redoAction->setText(canRedo ? tr("&Redo %1").arg(m_history->redoText()) : tr("&Redo"));
}

void MainWindow::setSignOutAvailable(bool available)
{
    m_accountMenu->setSignOutAvailable(available);
}

void MainWindow::setActAsAvailable(bool available)
{
    m_accountMenu->setActAsAvailable(available);
}

void MainWindow::setActingAs(const QString &name)
{
    m_accountMenu->setActingAs(name);
}

void MainWindow::createAccountMenu()
{
    m_accountMenu = new AccountMenu(this);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), m_accountMenu);
    connect(m_accountMenu, &AccountMenu::actAsRequested, this, &MainWindow::actAsRequested);
    connect(m_accountMenu, &AccountMenu::backToMyselfRequested, this,
            &MainWindow::backToMyselfRequested);
    connect(m_accountMenu, &AccountMenu::signOutRequested, this, &MainWindow::signOutRequested);
}

void MainWindow::setPresenceControls(PresenceControls *controls)
{
    // The buttons go with the session's actions.
    delete m_presenceButtons;
    m_presenceButtons = nullptr;
    m_presenceControls = controls;
    if (!controls)
        return;
    m_ui->timerMenu->addSeparator();
    m_ui->timerMenu->addAction(controls->clockAction());
    m_ui->timerMenu->addAction(controls->homeOfficeAction());
    // Window-wide, wherever the focus is.
    addAction(controls->clockAction());

    m_presenceButtons = new QWidget(m_ui->centralWidget);
    auto *row = new QHBoxLayout(m_presenceButtons);
    row->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {controls->clockAction(), controls->homeOfficeAction()}) {
        auto *button = new QToolButton(m_presenceButtons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
    // The accessible name follows the action's text ("Clock in"/"Clock out").
    m_navigationRow->insertWidget(1, m_presenceButtons);
}
