// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraySession.h"

#include "MainWindow.h"
#include "TrayIcon.h"
#include "core/sync/AccountDataLayer.h"

#include <QLoggingCategory>
#include <QMenu>

Q_LOGGING_CATEGORY(lcTraySession, "mocotrack.ui.tray", QtInfoMsg)

TraySession::TraySession(ActivityActions *actions, AccountDataLayer *data, MainWindow *window,
                         ProjectsModel *projects, Clock *clock, AppPreferences *preferences,
                         QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_icon(new TrayIcon(actions, projects, clock, preferences, this))
{
    connect(data, &AccountDataLayer::stateChanged, m_icon, &TrayIcon::setSyncState);
    m_icon->setSyncState(data->state());

    connect(m_icon, &TrayIcon::toggleWindowRequested, this, &TraySession::toggleWindow);
    connect(m_icon, &TrayIcon::showWindowRequested, this, &TraySession::showWindow);
    connect(m_icon, &TrayIcon::settingsRequested, this, &TraySession::settingsRequested);
    connect(m_icon, &TrayIcon::signOutRequested, this, &TraySession::signOutRequested);
    connect(m_icon, &TrayIcon::quitRequested, this, &TraySession::quitRequested);
    connect(m_icon, &TrayIcon::needsAttentionRequested, this, [this] {
        showWindow();
        emit attentionRequested();
    });
    connect(m_icon, &TrayIcon::availabilityChanged, this, &TraySession::onAvailabilityChanged);
    connect(m_window, &MainWindow::closedToTray, m_icon, &TrayIcon::notifyClosedToTray);
    m_window->setClosingHidesToTray(m_icon->isAvailable());
    // Observable steps for the end-to-end tests.
    qCDebug(lcTraySession) << "tray available:" << m_icon->isAvailable();
    connect(m_window, &MainWindow::closedToTray, this,
            [] { qCDebug(lcTraySession) << "window closed to tray"; });
    connect(m_icon->menu(), &QMenu::aboutToShow, this,
            [] { qCDebug(lcTraySession) << "tray menu shown"; });
}

TraySession::~TraySession()
{
    m_window->setClosingHidesToTray(false);
}

bool TraySession::keepsAppRunning() const
{
    return m_icon->isAvailable();
}

void TraySession::notifySessionExpired()
{
    m_icon->notifySessionExpired();
}

void TraySession::toggleWindow()
{
    if (m_window->isVisible() && m_window->isActiveWindow())
        m_window->hide();
    else
        showWindow();
}

void TraySession::showWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TraySession::onAvailabilityChanged(bool available)
{
    qCDebug(lcTraySession) << "tray available:" << available;
    m_window->setClosingHidesToTray(available);
    // The tray went away (a panel restart): a hidden window would leave the
    // app running with no way to reach it.
    if (!available && !m_window->isVisible())
        showWindow();
}
