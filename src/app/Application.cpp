// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "ActAsOffer.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SignInPrompt.h"
#include "Translations.h"
#include "TrayIcon.h"
#include "TraySession.h"
#include "UnsentChangesPrompt.h"
#include "Workspace.h"
#include "core/models/ActivitiesModel.h"
#include "core/models/ProjectsModel.h"
#include "core/models/WeekGridModel.h"
#include "core/services/AccountSession.h"
#include "core/services/AppPreferences.h"
#include "core/services/CommandLineLaunch.h"
#include "core/services/CredentialStore.h"
#include "core/services/DemoLaunch.h"
#include "core/services/LoginItem.h"
#include "core/services/SystemClock.h"
#include "core/services/TerminationSignalWatcher.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/SyncService.h"

#include <QApplication>
#include <QLoggingCategory>

// Debug output (QT_LOGGING_RULES="mocotrack.*.debug=true") marks the steps of
// start-up and shutdown; the end-to-end tests wait for these lines. Neither
// the API key nor the password ever appears in it.
Q_LOGGING_CATEGORY(lcApp, "mocotrack.app", QtInfoMsg)

Application::Application(QObject *parent)
    : QObject(parent)
    , m_clock(new SystemClock(this))
    , m_terminationWatcher(new TerminationSignalWatcher(this))
    , m_dayModel(new ActivitiesModel(m_clock, this))
    , m_weekModel(new WeekGridModel(m_clock, this))
    , m_projects(new ProjectsModel(this))
    , m_credentials(new CredentialStore(this))
    , m_preferences(new AppPreferences(this))
    , m_session(new AccountSession(m_clock, m_credentials, this))
    , m_signIn(new SignInPrompt(m_session, this))
    , m_demo(new DemoLaunch(m_session, this))
    , m_loginItem(std::make_unique<LoginItem>(
          QGuiApplication::desktopFileName(), QCoreApplication::applicationName(),
          // An AppImage is started through its image, not the unpacked binary.
          qEnvironmentVariable("APPIMAGE", QCoreApplication::applicationFilePath()), QStringList{}))
{
    Translations::install(this);
    // Closing the last window ends the app through quit(), which stops the
    // demo server before the event loop ends.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    // With a tray icon the app lives on without windows.
    connect(qApp, &QGuiApplication::lastWindowClosed, this, [this] {
        if (!m_tray || !m_tray->keepsAppRunning())
            quit();
    });
    connect(m_terminationWatcher, &TerminationSignalWatcher::terminationRequested, this,
            [this](int signalNumber) {
                qCDebug(lcApp) << "termination signal" << signalNumber << "received";
                quit();
            });

    connect(m_session, &AccountSession::signInNeeded, this, &Application::showSignIn);
    connect(m_session, &AccountSession::sessionStarted, this, &Application::onSessionStarted);
    connect(m_session, &AccountSession::sessionRenewed, m_signIn, &SignInPrompt::close);
    // Closing the sign-in without a session ends the app: nothing else to show.
    connect(m_signIn, &SignInPrompt::abandoned, this, [this] {
        if (!m_quitting)
            quit();
    });
    connect(m_session, &AccountSession::sessionExpired, this, [this] {
        if (m_tray)
            m_tray->notifySessionExpired();
    });
    connect(m_session, &AccountSession::dataLayerOpened, this, &Application::onDataLayerOpened);
    connect(m_session, &AccountSession::dataLayerClosing, this, &Application::closeDataLayer);
    connect(m_session, &AccountSession::dataLayerFailed, this,
            [this](const QString &message) { m_window->setConnectionFailed(message); });
    connect(m_session, &AccountSession::noticeRaised, this,
            [this](const QString &message) { m_window->showNotice(message); });
    connect(m_session, &AccountSession::actingAsChanged, this, [this](const QString &name) {
        m_window->setActingAs(name);
        updateTitle();
    });
    connect(m_session, &AccountSession::sessionEnded, this, &Application::onSessionEnded);
    // The demo: a session on a local fake server; nothing of it is stored.
    connect(m_demo, &DemoLaunch::starting, this, [this](const QString &status) {
        ensureWindow();
        m_window->setWindowTitle(tr("MocoTrack (Demo)"));
        m_window->setConnecting(status);
        m_window->show();
    });
    connect(m_demo, &DemoLaunch::connecting, this,
            [this](const QString &status) { m_window->setConnecting(status); });
    connect(m_demo, &DemoLaunch::failed, this,
            [this](const QString &message) { m_window->setConnectionFailed(message); });
    // Quitting ends the demo server first, then the event loop.
    connect(m_demo, &DemoLaunch::stopped, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}

Application::~Application()
{
    // The dialog goes first, and ending the session below opens no new one.
    disconnect(m_session, &AccountSession::signInNeeded, this, nullptr);
    delete m_signIn;
    // The window's parts go while the session can still say so.
    m_session->end();
}

AccountDataLayer *Application::dataLayer() const
{
    return m_session->dataLayer();
}

void Application::start(const QStringList &arguments)
{
    auto *launch = new CommandLineLaunch(m_credentials, this);
    connect(launch, &CommandLineLaunch::demoRequested, m_demo, &DemoLaunch::start);
    connect(launch, &CommandLineLaunch::runRequested, m_session, &AccountSession::resume);
    connect(launch, &CommandLineLaunch::activationRequested, this, &Application::bringToFront);
    launch->start(arguments);
}

void Application::bringToFront()
{
    QWidget *signIn = m_signIn->dialog();
    QWidget *window = signIn ? signIn : m_window.get();
    if (!window) {
        qCDebug(lcApp) << "started again while starting up";
        return; // the window comes by itself
    }
    qCDebug(lcApp) << "started again: bringing the" << (signIn ? "sign-in dialog" : "window")
                   << "to the front";
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}

void Application::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    qCDebug(lcApp) << "quitting";
    if (m_window)
        m_window->hide();
    if (QWidget *signIn = m_signIn->dialog())
        signIn->hide();
    m_demo->stop();
}

void Application::ensureWindow()
{
    if (m_window)
        return;
    m_window = std::make_unique<MainWindow>(m_dayModel, m_weekModel, m_projects, m_clock);
    connect(m_window.get(), &MainWindow::refreshRequested, this, &Application::refresh);
    connect(m_window.get(), &MainWindow::activated, this, [this] {
        if (AccountDataLayer *data = m_session->dataLayer())
            data->sync()->syncIfStale();
    });
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Application::showSettings);
    m_actAs = new ActAsOffer(m_session, m_window.get(), this);
    connect(m_window.get(), &MainWindow::actAsRequested, m_actAs, &ActAsOffer::choose);
    connect(m_actAs, &ActAsOffer::availableChanged, m_window.get(), &MainWindow::setActAsAvailable);
    m_prompt = new UnsentChangesPrompt(m_session, m_window.get(), this);
    connect(m_window.get(), &MainWindow::quitRequested, m_prompt,
            &UnsentChangesPrompt::requestQuit);
    connect(m_window.get(), &MainWindow::signOutRequested, m_prompt,
            &UnsentChangesPrompt::requestSignOut);
    connect(m_window.get(), &MainWindow::backToMyselfRequested, m_prompt,
            &UnsentChangesPrompt::requestBackToMyself);
    connect(m_prompt, &UnsentChangesPrompt::quitConfirmed, this, &Application::quit);
    connect(m_prompt, &UnsentChangesPrompt::signOutConfirmed, m_session, &AccountSession::signOut);
    connect(m_prompt, &UnsentChangesPrompt::backToMyselfConfirmed, m_session,
            &AccountSession::backToMyself);
}

void Application::showSignIn(const QString &message)
{
    if (!m_session->isSignedIn() && m_window) {
        m_window->setSignOutAvailable(false);
        m_window->hide();
    }
    m_signIn->show(message);
}

void Application::onSessionStarted()
{
    ensureWindow();
    updateTitle();
    m_window->setSignOutAvailable(!m_session->isDemo());
    m_window->show();
    // Only now: closing the last visible window would end the app.
    m_signIn->close();
    qCDebug(lcApp).noquote() << "signed in; window title:" << m_window->windowTitle();
}

void Application::updateTitle()
{
    if (m_window)
        m_window->setSessionTitle(m_session->userName(), m_session->actingAs(),
                                  m_session->isDemo());
}

void Application::onDataLayerOpened(AccountDataLayer *layer)
{
    connect(layer, &AccountDataLayer::stateChanged, m_window.get(), &MainWindow::setSyncState);
    // What is cached shows before anything is asked of MOCO.
    m_workspace = new Workspace(layer, m_window.get(), {m_dayModel, m_weekModel, m_projects},
                                m_clock, m_session->shownUserId(), m_session->accountKey(), this);
    m_tray = new TraySession(m_workspace->actions(), layer, m_window.get(), m_projects, m_clock,
                             m_preferences, this);
    m_tray->icon()->setPresenceControls(m_workspace->presenceControls());
    connect(m_tray, &TraySession::attentionRequested, m_workspace, &Workspace::showAttention);
    connect(m_tray, &TraySession::settingsRequested, this, &Application::showSettings);
    connect(m_tray, &TraySession::quitRequested, m_prompt, &UnsentChangesPrompt::requestQuit);
    connect(m_tray, &TraySession::signOutRequested, m_prompt, &UnsentChangesPrompt::requestSignOut);
    m_window->setSyncState(layer->state());
}

void Application::closeDataLayer()
{
    // The tray uses the workspace's timer: it goes first.
    delete m_tray;
    m_tray = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
}

void Application::onSessionEnded()
{
    if (m_window)
        m_window->setActingAs({});
    // Nothing of the session stays on screen.
    m_dayModel->setActivities({}, {}, {});
    m_weekModel->setWeek(m_weekModel->monday(), {});
    m_projects->setProjects({});
}

void Application::refresh()
{
    // F5 is also "try again" while the demo is not up.
    if (m_demo->retry())
        return;
    if (AccountDataLayer *data = m_session->dataLayer())
        data->sync()->syncNow();
}

void Application::showSettings()
{
    if (!m_settingsDialog) {
        // Parented: closing it while the window is hidden does not end the app.
        m_settingsDialog = new SettingsDialog(m_preferences, m_loginItem.get(), m_window.get());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}
