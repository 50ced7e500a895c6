// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "SyncStatusWidget.h"
#include "core/Version.h"
#include "core/models/ActivityListModel.h"
#include "core/models/DisplayFormat.h"
#include "core/services/Clock.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

MainWindow::MainWindow(ActivityListModel *model, const Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(model)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_status = new SyncStatusWidget(this);
    m_ui->statusBar->addWidget(m_status, 1);

    QFont dayFont = m_ui->dayLabel->font();
    dayFont.setBold(true);
    m_ui->dayLabel->setFont(dayFont);

    QTableView *view = m_ui->activityView;
    view->setModel(m_model);
    // Project · task and description share the width; very long names are
    // shortened in the middle, so the task at the end stays readable (the
    // tooltip has everything). The duration always shows in full.
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(ActivityListModel::ProjectTaskColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActivityListModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActivityListModel::DurationColumn, QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setTextElideMode(Qt::ElideMiddle);

    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    createAccountMenu();

    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePage);
    connect(m_model, &ActivityListModel::totalChanged, this, &MainWindow::updateTotal);

    // The tick only repaints; every value shown is computed from timestamps.
    m_tick.setInterval(std::chrono::seconds{1});
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::onTick);
    // After a resume from sleep the countdown must not wait for the next tick.
    connect(m_clock, &Clock::jumped, this, &MainWindow::updateStatus);

    setDay(m_clock->utcNow().toLocalTime().date());
    updateTotal();
    updatePage();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDay(const QDate &day)
{
    m_day = day;
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    m_ui->dayLabel->setText(
        day == m_clock->utcNow().toLocalTime().date()
            //: The day shown in the main window, e.g. "Today · Thursday, 27 November 2026"
            ? tr("Today · %1").arg(date)
            : date);
    updatePage();
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

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        emit activated();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

QString MainWindow::emptyStateText() const
{
    return m_ui->emptyLabel->text();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_ui->pages->currentWidget() == m_ui->emptyLabel;
}

void MainWindow::onTick()
{
    m_model->refreshElapsed();
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
        tone = SyncStatusWidget::Tone::Waiting;
        break;
    case SyncState::Kind::NeedsAttention:
        tone = SyncStatusWidget::Tone::Problem;
        break;
    case SyncState::Kind::Syncing:
    case SyncState::Kind::NotSynced:
        break;
    }
    m_status->setStatus(tone, m_syncState.text(now));
}

void MainWindow::updatePage()
{
    if (m_model->rowCount() > 0) {
        m_ui->pages->setCurrentWidget(m_ui->activityView);
        return;
    }
    QString text;
    if (m_phase == Phase::Connecting) {
        text = m_phaseMessage;
    } else if (m_phase == Phase::ConnectionFailed) {
        text = tr("%1\nPress F5 to try again.").arg(m_phaseMessage);
    } else if (!m_syncState.lastSyncedAt.isValid() && m_syncState.offline) {
        text = tr("MOCO cannot be reached right now, and nothing is stored on this computer "
                  "yet.\nPress F5 to try again.");
    } else if (!m_syncState.lastSyncedAt.isValid()) {
        text = tr("Loading the activities…");
    } else if (m_day == m_clock->utcNow().toLocalTime().date()) {
        text = tr("Nothing logged today yet.\nActivities recorded in MOCO for today appear here. "
                  "Press F5 to refresh.");
    } else {
        text = tr("Nothing logged on this day.\nActivities recorded in MOCO for this day appear "
                  "here. Press F5 to refresh.");
    }
    m_ui->emptyLabel->setText(text);
    m_ui->pages->setCurrentWidget(m_ui->emptyLabel);
}

void MainWindow::updateTotal()
{
    //: Time logged on the day shown, e.g. "Logged 3:22"
    m_ui->totalLabel->setText(
        tr("Logged %1").arg(DisplayFormat::hoursMinutes(m_model->totalSeconds())));
    updateTicking();
}

void MainWindow::updateTicking()
{
    const bool needed = m_model->hasRunningTimer() ||
                        (m_phase == Phase::Connected && m_syncState.kind(m_clock->utcNow()) ==
                                                            SyncState::Kind::WaitingForRateLimit);
    if (needed && !m_tick.isActive())
        m_tick.start();
    else if (!needed)
        m_tick.stop();
}

void MainWindow::showAbout()
{
    // Opened, not exec()'d: no nested event loop.
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("About MocoTrack"),
        tr("<h3>MocoTrack %1</h3>"
           "<p>A native desktop time tracker for MOCO.</p>"
           "<p>MocoTrack is free software under the GNU General Public License, version 3 or "
           "later. It is not made by the makers of MOCO.</p>")
            .arg(QStringLiteral(MOCOTRACK_VERSION)),
        QMessageBox::Close, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setSignOutAvailable(bool available)
{
    m_signOutAvailable = available;
    updateAccountMenu();
}

void MainWindow::setActAsAvailable(bool available)
{
    m_actAsAvailable = available;
    updateAccountMenu();
}

void MainWindow::setActingAs(const QString &name)
{
    m_actingAs = name;
    updateAccountMenu();
}

void MainWindow::createAccountMenu()
{
    m_accountMenu = new QMenu(tr("&Account"), this);
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), m_accountMenu);
    m_actAsAction = m_accountMenu->addAction(tr("&Act as…"));
    m_actAsAction->setObjectName(QStringLiteral("actAsAction"));
    m_backToMyselfAction = m_accountMenu->addAction(tr("&Back to myself"));
    m_backToMyselfAction->setObjectName(QStringLiteral("backToMyselfAction"));
    m_signOutAction = m_accountMenu->addAction(tr("Sign &out"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_actAsAction, &QAction::triggered, this, &MainWindow::actAsRequested);
    connect(m_backToMyselfAction, &QAction::triggered, this, &MainWindow::backToMyselfRequested);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    updateAccountMenu();
}

void MainWindow::updateAccountMenu()
{
    m_actAsAction->setVisible(m_actAsAvailable);
    m_backToMyselfAction->setVisible(m_actAsAvailable && !m_actingAs.isEmpty());
    m_signOutAction->setVisible(m_signOutAvailable);
    m_accountMenu->menuAction()->setVisible(m_signOutAvailable || m_actAsAvailable);
}
