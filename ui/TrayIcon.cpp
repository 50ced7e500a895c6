// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIcon.h"

#include "PresenceControls.h"
#include "QuickStartPopup.h"
#include "core/actions/ActivityActions.h"
#include "core/models/DisplayFormat.h"
#include "core/services/AppPreferences.h"
#include "core/services/Clock.h"
#include "core/services/LongTimerReminder.h"
#include "core/sync/TimerService.h"

#include <QApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>

using namespace std::chrono_literals;

namespace {
// A tray that appears later (a panel started after the app) is found within
// this time; a tray that goes away likewise.
constexpr auto availabilityInterval = 5s;
// The tooltip shows h:mm: twice a minute keeps it right without waking the
// app every second.
constexpr auto tooltipInterval = 30s;
constexpr int maxDescriptionLength = 50;
// Menu lines stay readable with MOCO's long project names (the full text is
// the tooltip).
constexpr int maxMenuTextChars = 70;
constexpr int messageMs = 10000;

QString menuText(const QMenu *menu, const QString &text)
{
    const QFontMetrics metrics = menu->fontMetrics();
    QString fitted =
        metrics.elidedText(text, Qt::ElideRight, metrics.averageCharWidth() * maxMenuTextChars);
    // A single & would underline the next letter ("Müller & Söhne").
    return fitted.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString nameOf(const QString &project, const QString &task)
{
    return TrayIcon::tr("%1 · %2").arg(project, task);
}

QString nameOf(const Activity &activity)
{
    return nameOf(activity.project.name, activity.task.name);
}

QString withDescription(const QString &name, QString description)
{
    description = description.simplified();
    if (description.isEmpty())
        return name;
    if (description.size() > maxDescriptionLength)
        description = description.left(maxDescriptionLength - 1) + QChar(0x2026);
    return TrayIcon::tr("%1 · %2").arg(name, description);
}
} // namespace

TrayIcon::TrayIcon(ActivityActions *actions, ProjectsModel *projects, const Clock *clock,
                   AppPreferences *preferences, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_timer(actions->timer())
    , m_projects(projects)
    , m_clock(clock)
    , m_preferences(preferences)
    , m_reminder(new LongTimerReminder(clock, this))
{
    buildMenu();
    m_reminder->setLimitHours(m_preferences->longTimerReminderHours());
    connect(m_reminder, &LongTimerReminder::due, this, &TrayIcon::onReminderDue);
    connect(m_timer, &TimerService::runningChanged, this, &TrayIcon::onRunningChanged);
    connect(m_timer, &TimerService::todayChanged, this, &TrayIcon::refresh);
    connect(m_preferences, &AppPreferences::changed, this, &TrayIcon::onPreferencesChanged);
    // Resume from sleep, a clock change: elapsed and today's total at once.
    connect(m_clock, &Clock::jumped, this, &TrayIcon::refresh);
    m_tick.setInterval(tooltipInterval);
    connect(&m_tick, &QTimer::timeout, this, &TrayIcon::refresh);
    m_availabilityTimer.setInterval(availabilityInterval);
    connect(&m_availabilityTimer, &QTimer::timeout, this, &TrayIcon::checkAvailability);
    connect(qApp, &QGuiApplication::screenAdded, this, &TrayIcon::checkAvailability);
    m_availabilityTimer.start();
    onRunningChanged();
    checkAvailability();
}

TrayIcon::~TrayIcon()
{
    // The icon refers to the menu: it goes first.
    delete m_icon;
}

bool TrayIcon::isAvailable() const
{
    return m_icon && m_icon->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::buildMenu()
{
    m_menu = std::make_unique<QMenu>();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->setTitle(tr("MocoTrack"));
    m_menu->setToolTipsVisible(true);
    // Elapsed time and the recent list are read when the menu opens.
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::refresh);
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::refreshContinueMenu);

    m_runningAction = m_menu->addAction(QString());
    m_runningAction->setObjectName(QStringLiteral("runningTimerAction"));
    m_runningAction->setEnabled(false);
    m_stopAction = m_menu->addAction(tr("Stop timer"));
    m_stopAction->setObjectName(QStringLiteral("stopTimerAction"));
    connect(m_stopAction, &QAction::triggered, this, &TrayIcon::stopTimer);
    m_startAction = m_menu->addAction(tr("Start timer…"));
    m_startAction->setObjectName(QStringLiteral("startTimerAction"));
    connect(m_startAction, &QAction::triggered, this, &TrayIcon::showQuickStart);
    m_continueMenu = m_menu->addMenu(tr("Continue"));
    m_continueMenu->setObjectName(QStringLiteral("continueMenu"));
    m_continueMenu->setToolTipsVisible(true);
    m_presenceSeparator = m_menu->addSeparator();
    m_todayAction = m_menu->addAction(QString());
    m_todayAction->setObjectName(QStringLiteral("todayAction"));
    m_todayAction->setEnabled(false);
    m_menu->addSeparator();
    QAction *open = m_menu->addAction(tr("Open MocoTrack"));
    open->setObjectName(QStringLiteral("openWindowAction"));
    connect(open, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    QAction *settings = m_menu->addAction(tr("Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &TrayIcon::settingsRequested);
    m_menu->addSeparator();
    QAction *signOut = m_menu->addAction(tr("Sign out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &TrayIcon::signOutRequested);
    QAction *quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
}

void TrayIcon::checkAvailability()
{
    const bool wasAvailable = isAvailable();
    if (!m_icon && QSystemTrayIcon::isSystemTrayAvailable())
        createIcon();
    const bool available = isAvailable();
    if (available != wasAvailable)
        emit availabilityChanged(available);
}

void TrayIcon::createIcon()
{
    m_icon = new QSystemTrayIcon(this);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this, &TrayIcon::onActivated);
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::onMessageClicked);
    m_icon->setIcon(TrayIconSet::icon(m_timerState, m_badge));
    m_icon->setToolTip(m_toolTip);
    m_icon->show();
}

void TrayIcon::onActivated(QSystemTrayIcon::ActivationReason reason)
{
#ifdef Q_OS_MACOS
    // A click opens the menu there, as every menu-bar extra does.
    Q_UNUSED(reason)
#else
    if (reason == QSystemTrayIcon::Trigger)
        emit toggleWindowRequested();
    else if (reason == QSystemTrayIcon::DoubleClick)
        emit showWindowRequested();
#endif
}

void TrayIcon::onMessageClicked()
{
    // On X11 with an XEmbed tray, Qt reports any click on the icon while a
    // balloon shows as a click on the message, a right-click for the menu
    // too. So only messages that ask for something act on it; the purely
    // informative ones (closed to the tray, timer stopped) do not bring the
    // window back in the user's way.
    switch (m_lastMessage) {
    case Message::NeedsAttention:
        emit needsAttentionRequested();
        break;
    case Message::Reminder:
    case Message::SessionExpired:
        emit showWindowRequested();
        break;
    case Message::None:
    case Message::Stopped:
    case Message::ClosedToTray:
        break;
    }
}

void TrayIcon::showQuickStart()
{
    if (!m_popup)
        m_popup = std::make_unique<QuickStartPopup>(m_actions, m_projects);
    m_popup->popup(m_icon ? m_icon->geometry() : QRect());
}

void TrayIcon::setSyncState(const SyncState &state)
{
    m_syncState = state;
    if (state.needsAttention > m_notifiedAttention)
        notifyNeedsAttention(state.needsAttention);
    m_notifiedAttention = state.needsAttention;
    refreshIcon();
    refreshToolTip();
}

void TrayIcon::notifySessionExpired()
{
    notify(Message::SessionExpired, tr("Signed out of MOCO"),
           tr("Your session has expired. Sign in again to keep syncing; your changes are kept "
              "on this computer."),
           QSystemTrayIcon::Warning);
}

void TrayIcon::notifyNeedsAttention(int count)
{
    if (count <= 0)
        return;
    m_notifiedAttention = std::max(m_notifiedAttention, count);
    notify(Message::NeedsAttention, tr("%n change(s) need attention", "", count),
           tr("MOCO did not accept some changes. Open MocoTrack to review them."),
           QSystemTrayIcon::Warning);
}

bool TrayIcon::notifyClosedToTray()
{
    if (m_preferences->closedToTrayNoticeShown() || !isAvailable())
        return false;
    notify(Message::ClosedToTray, tr("MocoTrack is still running"),
           tr("It keeps running in the system tray, and so does your timer. To end it, choose "
              "Quit in the tray menu or press Ctrl+Q."));
    m_preferences->setClosedToTrayNoticeShown(true);
    return true;
}

void TrayIcon::onRunningChanged()
{
    const std::optional<LocalActivity> before = m_running;
    m_running = m_timer->running();
    if (before && (!m_running || m_running->localId != before->localId)) {
        // Stopped from the tray, or while no window of the app is in front
        // (a sync, another device): say what was logged. A stop clicked in the
        // active window needs no notification.
        const bool here = m_stopRequestedFor == before->localId;
        if (here || !QApplication::activeWindow()) {
            const qint64 seconds = before->activity.elapsedSeconds(m_clock->utcNow());
            notify(Message::Stopped, tr("Timer stopped"),
                   tr("Logged %1 on %2")
                       .arg(DisplayFormat::hoursMinutes(seconds), nameOf(before->activity)));
        }
    }
    m_stopRequestedFor = 0;
    if (m_running && m_running->activity.timerStartedAt)
        m_reminder->setRunning(m_running->localId, *m_running->activity.timerStartedAt);
    else
        m_reminder->setIdle();
    refresh();
}

void TrayIcon::onReminderDue(qint64 localId)
{
    if (!m_running || m_running->localId != localId)
        return;
    notify(Message::Reminder, tr("Still working on %1?").arg(nameOf(m_running->activity)),
           tr("The timer has been running for %1. If you forgot it, stop it from the tray menu "
              "and correct the time in MocoTrack.")
               .arg(DisplayFormat::hoursMinutes(m_timer->elapsedSeconds())));
}

void TrayIcon::onPreferencesChanged()
{
    m_reminder->setLimitHours(m_preferences->longTimerReminderHours());
    refreshToolTip();
}

void TrayIcon::stopTimer()
{
    if (m_running)
        m_stopRequestedFor = m_running->localId;
    m_actions->stopTimer();
}

void TrayIcon::continueEntry(qint64 localId, qint64 projectId, qint64 taskId,
                             const QString &description)
{
    // start(): today's activity runs again (no second row for the same work
    // today), a past day's is continued as a new activity today. When that
    // activity cannot run (billed meanwhile, gone after a sync), a new one with
    // the same project, task and description does.
    qint64 started = m_actions->startTimer(localId).localId;
    if (started == 0)
        started = m_actions->startNewTimer({projectId, taskId}, description).localId;
    if (started == 0)
        notify(Message::None, tr("Timer not started"),
               tr("MocoTrack could not start this timer. Try again from the main window."),
               QSystemTrayIcon::Warning);
}

void TrayIcon::refresh()
{
    const bool running = m_running.has_value();
    if (running) {
        const QString name = nameOf(m_running->activity);
        const QString line = withDescription(name, m_running->activity.description);
        m_runningAction->setText(tr("● %1 — %2")
                                     .arg(menuText(m_menu.get(), line),
                                          DisplayFormat::hoursMinutes(m_timer->elapsedSeconds())));
        m_runningAction->setToolTip(line);
        m_stopAction->setText(tr("Stop timer (%1)").arg(menuText(m_menu.get(), name)));
        m_stopAction->setToolTip(name);
        if (!m_tick.isActive())
            m_tick.start();
    } else {
        m_tick.stop();
    }
    m_runningAction->setVisible(running);
    m_stopAction->setVisible(running);
    m_todayAction->setText(
        tr("Today: %1").arg(DisplayFormat::hoursMinutes(m_timer->todaySeconds())));
    refreshIcon();
    refreshToolTip();
}

// Read from the store when the menu opens, not on every tick.
void TrayIcon::refreshContinueMenu()
{
    // Not clear(): this may run inside the triggered() of one of these
    // actions, which must outlive that call.
    const QList<QAction *> old = m_continueMenu->actions();
    for (QAction *action : old) {
        m_continueMenu->removeAction(action);
        action->deleteLater();
    }
    const QList<RecentEntry> entries = m_timer->recentEntries(5);
    for (const RecentEntry &entry : entries) {
        const QString text =
            withDescription(nameOf(entry.projectName, entry.taskName), entry.description);
        QAction *action = m_continueMenu->addAction(menuText(m_continueMenu, text));
        action->setObjectName(QStringLiteral("continueAction"));
        action->setToolTip(
            entry.customerName.isEmpty() ? text : tr("%1 (%2)").arg(text, entry.customerName));
        connect(action, &QAction::triggered, this, [this, entry] {
            continueEntry(entry.lastLocalId, entry.projectId, entry.taskId, entry.description);
        });
    }
    if (entries.isEmpty()) {
        QAction *none = m_continueMenu->addAction(tr("No recent activities"));
        none->setEnabled(false);
    }
}

void TrayIcon::refreshIcon()
{
    const TrayIconSet::Timer timerState =
        m_running ? TrayIconSet::Timer::Running : TrayIconSet::Timer::Idle;
    TrayIconSet::Badge badge = TrayIconSet::Badge::None;
    switch (m_syncState.kind(m_clock->utcNow())) {
    case SyncState::Kind::NeedsAttention:
    case SyncState::Kind::StoreFailed:
        badge = TrayIconSet::Badge::NeedsAttention;
        break;
    case SyncState::Kind::Offline:
    case SyncState::Kind::ServerError:
        badge = TrayIconSet::Badge::Offline;
        break;
    default:
        break;
    }
    if (timerState == m_timerState && badge == m_badge)
        return;
    m_timerState = timerState;
    m_badge = badge;
    if (m_icon)
        m_icon->setIcon(TrayIconSet::icon(m_timerState, m_badge));
}

void TrayIcon::setPresenceControls(PresenceControls *controls)
{
    if (m_presenceControls) {
        disconnect(m_presenceControls, nullptr, this, nullptr);
        m_menu->removeAction(m_presenceControls->clockAction());
        m_menu->removeAction(m_presenceControls->homeOfficeAction());
    }
    m_presenceControls = controls;
    if (controls) {
        // After the timer's entries, before today's total.
        QAction *before =
            m_menu->actions().value(m_menu->actions().indexOf(m_presenceSeparator) + 1);
        m_menu->insertActions(before, {controls->clockAction(), controls->homeOfficeAction()});
        m_menu->insertSeparator(before);
        connect(controls, &PresenceControls::stateChanged, this, &TrayIcon::refreshToolTip);
    }
    refreshToolTip();
}

void TrayIcon::refreshToolTip()
{
    QStringList lines;
    if (m_running) {
        QString line =
            withDescription(nameOf(m_running->activity), m_running->activity.description);
        if (m_preferences->showElapsedInTooltip())
            line = tr("%1 — %2").arg(line, DisplayFormat::hoursMinutes(m_timer->elapsedSeconds()));
        lines << line;
    } else {
        lines << tr("Today: %1 logged").arg(DisplayFormat::hoursMinutes(m_timer->todaySeconds()));
    }
    if (m_presenceControls) {
        const QString present = m_presenceControls->presentSinceText();
        if (!present.isEmpty())
            lines << present;
    }
    const QDateTime now = m_clock->utcNow();
    const SyncState::Kind kind = m_syncState.kind(now);
    if (kind == SyncState::Kind::Offline || kind == SyncState::Kind::NeedsAttention ||
        kind == SyncState::Kind::ServerError || kind == SyncState::Kind::StoreFailed)
        lines << m_syncState.text(now);
    const QString toolTip = lines.join(QLatin1Char('\n'));
    if (toolTip == m_toolTip)
        return;
    m_toolTip = toolTip;
    if (m_icon)
        m_icon->setToolTip(m_toolTip);
}

void TrayIcon::notify(Message kind, const QString &title, const QString &message,
                      QSystemTrayIcon::MessageIcon icon)
{
    m_lastMessage = kind;
    emit notified(title, message);
    if (isAvailable() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, icon, messageMs);
}
