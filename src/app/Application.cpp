// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "ActAsOffer.h"
#include "CommandLineLaunch.h"
#include "MainWindow.h"
#include "SessionExits.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "Translations.h"
#include "TraySession.h"
#include "Workspace.h"
#include "core/api/ApiClient.h"
#include "core/api/ApiErrorText.h"
#include "core/models/ActivitiesModel.h"
#include "core/models/ProjectsModel.h"
#include "core/models/WeekGridModel.h"
#include "core/services/AppPreferences.h"
#include "core/services/CredentialStore.h"
#include "core/services/DemoServer.h"
#include "core/services/DemoStoreDirectory.h"
#include "core/services/LoginItem.h"
#include "core/services/SignInService.h"
#include "core/services/SystemClock.h"
#include "core/services/TerminationSignalWatcher.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalStore.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/OutboxSender.h"
#include "core/sync/SyncService.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

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
}

Application::~Application()
{
    // A dialog still open when the app is told to end.
    delete m_signInDialog;
    // Closes the database before the demo's directory goes, and the
    // colleagues' outboxes before the client they share.
    stopLoading();
    m_demoDir.reset();
    if (m_exits)
        m_exits->endSession();
}

void Application::start(const QStringList &arguments)
{
    auto *launch = new CommandLineLaunch(m_credentials, this);
    connect(launch, &CommandLineLaunch::demoRequested, this, &Application::startDemo);
    connect(launch, &CommandLineLaunch::runRequested, this, &Application::startAccount);
    connect(launch, &CommandLineLaunch::activationRequested, this, &Application::bringToFront);
    launch->start(arguments);
}

void Application::bringToFront()
{
    QWidget *window =
        m_signInDialog ? static_cast<QWidget *>(m_signInDialog.data()) : m_window.get();
    if (!window) {
        qCDebug(lcApp) << "started again while starting up";
        return; // the window comes by itself
    }
    qCDebug(lcApp) << "started again: bringing the"
                   << (m_signInDialog ? "sign-in dialog" : "window") << "to the front";
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
    if (m_signInDialog)
        m_signInDialog->hide();
    if (m_demoServer && m_demoServer->state() != DemoServer::State::NotRunning) {
        connect(m_demoServer, &DemoServer::stopped, qApp, &QCoreApplication::quit,
                Qt::QueuedConnection);
        m_demoServer->stop();
        return;
    }
    QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}

void Application::ensureWindow()
{
    if (m_window)
        return;
    m_window = std::make_unique<MainWindow>(m_dayModel, m_weekModel, m_projects, m_clock);
    connect(m_window.get(), &MainWindow::refreshRequested, this, &Application::refresh);
    connect(m_window.get(), &MainWindow::activated, this, [this] {
        if (m_data)
            m_data->sync()->syncIfStale();
    });
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Application::showSettings);
    m_actAs = new ActAsOffer(m_window.get(), this);
    connect(m_window.get(), &MainWindow::actAsRequested, m_actAs, &ActAsOffer::choose);
    connect(m_actAs, &ActAsOffer::availableChanged, m_window.get(), &MainWindow::setActAsAvailable);
    connect(m_actAs, &ActAsOffer::chosen, this, &Application::actAs);
    // The ways out that could lose unsent work ask first.
    m_exits = new SessionExits(m_clock, m_window.get(), this);
    connect(m_window.get(), &MainWindow::quitRequested, this, &Application::requestQuit);
    connect(m_window.get(), &MainWindow::signOutRequested, m_exits, &SessionExits::requestSignOut);
    connect(m_window.get(), &MainWindow::backToMyselfRequested, m_exits,
            &SessionExits::requestBackToMyself);
    connect(m_exits, &SessionExits::quitConfirmed, this, &Application::quit);
    connect(m_exits, &SessionExits::signOutConfirmed, this, &Application::signOut);
    connect(m_exits, &SessionExits::backToMyselfConfirmed, this, &Application::backToMyself);
    connect(m_actAs, &ActAsOffer::userNamed, m_exits, &SessionExits::setColleagueName);
}

void Application::requestQuit()
{
    // The demo keeps nothing: there is nothing to ask about.
    if (m_demoServer || !m_exits)
        quit();
    else
        m_exits->requestQuit();
}

// --- A real MOCO account

void Application::startAccount()
{
    const std::optional<AccountSettings> account = AccountSettings::load();
    if (!account) {
        showSignIn({});
        return;
    }
    m_account = *account;
    qCDebug(lcApp) << "reading the API key from the keychain";
    m_credentials->read(m_account.credentialKey(), this,
                        [this, account = *account](const CredentialStore::Result &result) {
                            if (result.ok()) {
                                onStoredKeyRead(account, result.secret);
                                return;
                            }
                            if (result.status == CredentialStore::Status::NotFound)
                                showSignIn(tr("Please sign in again."));
                            else
                                showSignIn(CredentialStore::explanation(result));
                        });
}

void Application::onStoredKeyRead(const AccountSettings &account, const QString &apiKey)
{
    startSession(account, apiKey);
    // The window is up with the stored key; a key revoked meanwhile shows as
    // a 401 here, which opens the sign-in dialog (onUnauthorized).
    verifySession();
}

void Application::showSignIn(const QString &message)
{
    if (m_signInDialog) {
        if (!message.isEmpty())
            m_signInDialog->setMessage(message);
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    auto *dialog = new SignInDialog(m_clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_account.isValid()) {
        dialog->setDomain(m_account.domain());
        dialog->setEmail(m_account.email);
    }
    dialog->setMessage(message);
    connect(dialog, &SignInDialog::signedIn, this, &Application::onDialogSignedIn);
    connect(dialog, &SignInDialog::keychainRetryRequested, this, &Application::storePendingKey);
    connect(dialog, &SignInDialog::sessionOnlyChosen, this, [this] {
        qCDebug(lcApp) << "keeping the API key for this session only";
        startSession(m_pendingAccount, m_pendingKey);
    });
    connect(dialog, &QDialog::finished, this, &Application::onDialogFinished);
    m_signInDialog = dialog;
    dialog->show();
    qCDebug(lcApp) << "sign-in dialog shown";
}

void Application::onDialogSignedIn(const AccountSettings &account, const QString &apiKey)
{
    m_pendingAccount = account;
    m_pendingKey = apiKey;
    storePendingKey();
}

void Application::storePendingKey()
{
    qCDebug(lcApp) << "signed in; storing the API key in the keychain";
    m_credentials->write(
        m_pendingAccount.credentialKey(), m_pendingKey, this,
        [this, account = m_pendingAccount](const CredentialStore::Result &result) {
            if (!result.ok()) {
                qCWarning(lcApp).noquote() << "the keychain refused the API key:" << result.detail;
                if (m_signInDialog)
                    m_signInDialog->showKeychainProblem(CredentialStore::explanation(result));
                return;
            }
            // A different account than before: its key goes.
            if (m_account.isValid() && m_account.credentialKey() != account.credentialKey())
                m_credentials->remove(m_account.credentialKey(), this, {});
            account.save();
            if (!m_pendingKey.isEmpty())
                startSession(m_pendingAccount, m_pendingKey);
        });
}

void Application::onDialogFinished()
{
    // Closing the dialog without a session ends the app: there is nothing
    // else to show.
    if (!m_client && !m_quitting)
        quit();
}

void Application::startSession(AccountSettings account, QString apiKey)
{
    const bool sameAccount =
        m_client && m_client->baseUrl() == account.baseUrl && m_account.userId == account.userId;
    m_account = account;
    m_pendingKey.clear();
    if (sameAccount) {
        closeSignInDialog();
        // The session expired and was renewed: the window and its data stay,
        // and the changes the 401 held back go out now.
        m_client->setApiKey(apiKey);
        qCDebug(lcApp) << "session renewed";
        if (m_data)
            m_data->startSending();
        m_exits->resumeSending();
        refresh();
        return;
    }
    endSession();
    m_client = new ApiClient(m_clock, this);
    m_client->setBaseUrl(account.baseUrl);
    m_client->setApiKey(apiKey);
    connect(m_client, &ApiClient::unauthorized, this, &Application::onUnauthorized);

    ensureWindow();
    m_exits->startSession(m_client, m_account);
    updateTitle();
    m_window->setSignOutAvailable(true);
    m_window->show();
    // Only now: closing the last visible window would end the app.
    closeSignInDialog();
    qCDebug(lcApp).noquote() << "signed in; window title:" << m_window->windowTitle();
    startLoading(account.userId, LocalStore::defaultPath(m_account.storeKey()));
    m_actAs->check(m_client, m_account.userId);
}

void Application::updateTitle()
{
    if (!m_window)
        return;
    if (!m_actingAs.isEmpty())
        //: Window title while a staff user acts as a colleague; %1 is the colleague's name.
        m_window->setWindowTitle(tr("MocoTrack — Acting as %1").arg(m_actingAs));
    else
        //: Window title; %1 is the signed-in user's full name.
        m_window->setWindowTitle(tr("MocoTrack — %1").arg(m_account.name));
}

void Application::actAs(const User &user)
{
    if (!m_client || !m_data)
        return;
    qCDebug(lcApp) << "acting as user" << user.id;
    // Nothing of one user may be sent as the other: each has their own cache
    // and outbox, and the old one stops before the header changes. What was
    // made as the previous colleague keeps going in the background.
    const std::optional<qint64> previous = m_client->impersonatedUserId();
    stopLoading();
    m_client->cancelOwnRequests();
    if (previous)
        m_exits->leaveColleague(*previous, m_actingAs, UnsentChangesGate::Disposition::Keep);
    m_exits->takeOverColleague(user.id);
    m_client->setImpersonatedUserId(user.id);
    m_actingAs = user.displayName();
    m_window->setActingAs(m_actingAs);
    updateTitle();
    startLoading(user.id, LocalStore::defaultPath(m_account.colleagueStoreKey(user.id)));
    // The server confirms whom it now answers for.
    m_client->fetchProfile(this, [this](const ApiResult<Profile> &result) {
        if (result.ok() && m_client && m_client->impersonatedUserId() &&
            *m_client->impersonatedUserId() == result.value().id) {
            m_actingAs = result.value().displayName();
            updateTitle();
            qCDebug(lcApp).noquote()
                << "acting as confirmed; window title:" << m_window->windowTitle();
        }
    });
}

void Application::backToMyself(UnsentChangesGate::Disposition unsent)
{
    if (!m_client || !m_data || m_actingAs.isEmpty() || !m_client->impersonatedUserId())
        return;
    qCDebug(lcApp) << "back to myself";
    const qint64 colleague = *m_client->impersonatedUserId();
    stopLoading();
    m_client->cancelOwnRequests();
    m_exits->leaveColleague(colleague, m_actingAs, unsent);
    m_client->setImpersonatedUserId(std::nullopt);
    m_actingAs.clear();
    m_window->setActingAs({});
    updateTitle();
    startLoading(m_account.userId, LocalStore::defaultPath(m_account.storeKey()));
    m_client->fetchProfile(this, [this](const ApiResult<Profile> &result) {
        if (result.ok() && result.value().id == m_account.userId)
            qCDebug(lcApp) << "back to myself confirmed";
    });
}

void Application::closeSignInDialog()
{
    if (!m_signInDialog)
        return;
    disconnect(m_signInDialog, &QDialog::finished, this, &Application::onDialogFinished);
    m_signInDialog->close();
}

void Application::verifySession()
{
    if (!m_client)
        return;
    m_client->fetchSession(
        this,
        [this](const ApiResult<SessionInfo> &result) {
            // A 401 is handled by onUnauthorized; offline is fine (the window
            // says so); a key of another user than stored is a stale account.
            if (result.ok() && result.value().userId != m_account.userId) {
                qCWarning(lcApp) << "the stored key belongs to another user";
                onUnauthorized();
            } else if (result.ok()) {
                qCDebug(lcApp) << "session verified";
            }
        },
        ApiClient::Priority::Background);
}

void Application::onUnauthorized()
{
    if (m_signInDialog || m_quitting)
        return;
    qCDebug(lcApp) << "session expired";
    if (m_tray)
        m_tray->notifySessionExpired();
    showSignIn(tr("Your MOCO session has ended (the API key was revoked or renewed). Sign in "
                  "again to go on; nothing you did is lost."));
}

void Application::signOut()
{
    qCDebug(lcApp) << "signing out";
    endSession();
    if (m_account.isValid()) {
        m_credentials->remove(m_account.credentialKey(), this, {});
        LocalStore::removeAccountData(m_account.storeKey());
    }
    AccountSettings::clear();
    showSignIn({});
    if (m_window) {
        m_window->setSignOutAvailable(false);
        m_window->hide();
    }
}

void Application::endSession()
{
    if (m_actAs)
        m_actAs->clear();
    m_actingAs.clear();
    if (m_window)
        m_window->setActingAs({});
    stopLoading();
    m_demoDir.reset();
    if (m_exits)
        m_exits->endSession();
    if (m_client)
        m_client->scheduler()->cancelAll();
    delete m_client;
    m_client = nullptr;
    // Nothing of the session stays on screen.
    m_dayModel->setActivities({}, {}, {});
    m_weekModel->setWeek(m_weekModel->monday(), {});
    m_projects->setProjects({});
}

// --- Demo mode: nothing of it is stored (no keychain entry, no settings).

void Application::startDemo()
{
    ensureWindow();
    m_window->setWindowTitle(tr("MocoTrack (Demo)"));
    m_window->setConnecting(tr("Starting the demo server…"));
    m_window->show();

    m_demoServer = new DemoServer(this);
    connect(m_demoServer, &DemoServer::started, this, &Application::onDemoServerStarted);
    connect(m_demoServer, &DemoServer::failed, this, &Application::onDemoServerFailed);
    m_demoServer->start();
}

void Application::onDemoServerStarted()
{
    m_client = new ApiClient(m_clock, this);
    m_client->setBaseUrl(m_demoServer->apiBaseUrl());
    m_signIn = new SignInService(m_client, this);
    connect(m_signIn, &SignInService::signedIn, this, &Application::onDemoSignedIn);
    connect(m_signIn, &SignInService::failed, this, &Application::onDemoSignInFailed);
    signInToDemo();
}

void Application::signInToDemo()
{
    m_window->setConnecting(tr("Signing in to the demo account…"));
    m_signIn->signIn(LoginRequest{QString::fromLatin1(DemoServer::demoEmail),
                                  QString::fromLatin1(DemoServer::demoPassword)});
}

void Application::onDemoServerFailed(const QString &message)
{
    qCWarning(lcApp).noquote() << message;
    if (m_window)
        m_window->setConnectionFailed(message);
}

void Application::onDemoSignedIn(qint64 userId, const Profile &profile)
{
    //: Window title in demo mode; %1 is the demo user's full name.
    const QString title = tr("MocoTrack — %1 (Demo)").arg(profile.displayName());
    m_window->setWindowTitle(title);
    qCDebug(lcApp).noquote() << "signed in; window title:" << title;
    // The demo's cache lives and dies with the demo session.
    m_demoDir = std::make_unique<DemoStoreDirectory>(QDir::tempPath());
    startLoading(userId, m_demoDir->filePath(QStringLiteral("demo.sqlite")));
}

void Application::onDemoSignInFailed(const ApiError &error)
{
    const QString message =
        tr("Could not sign in to the demo account. %1").arg(ApiErrorText::message(error));
    qCWarning(lcApp).noquote() << message;
    m_window->setConnectionFailed(message);
}

void Application::restartDemo()
{
    // A new server has new data and a new port: nothing of the old session
    // carries over.
    delete m_signIn;
    m_signIn = nullptr;
    endSession();
    m_window->setWindowTitle(tr("MocoTrack (Demo)"));
    m_window->setConnecting(tr("Starting the demo server…"));
    m_demoServer->start();
}

// --- Both

void Application::startLoading(qint64 userId, const QString &storePath)
{
    m_data = new AccountDataLayer(storePath, m_client, m_clock, userId, this);
    connect(m_data, &AccountDataLayer::stateChanged, m_window.get(), &MainWindow::setSyncState);
    if (!m_data->start()) {
        const LocalStore *store = m_data->store();
        // The newer version's message is whole; the others name the cause.
        m_window->setConnectionFailed(
            store->failure() == LocalStore::Failure::NewerVersion
                ? store->error()
                : tr("MocoTrack cannot keep your data on this computer: %1").arg(store->error()));
        return;
    }
    // What is cached shows before anything is asked of MOCO.
    m_workspace = new Workspace(
        m_data, m_window.get(), {m_dayModel, m_weekModel, m_projects}, m_clock, userId,
        m_account.isValid() ? m_account.credentialKey() : QStringLiteral("demo"), this);
    m_tray = new TraySession(m_workspace, m_window.get(), m_projects, m_clock, m_preferences, this);
    connect(m_tray, &TraySession::settingsRequested, this, &Application::showSettings);
    connect(m_tray, &TraySession::quitRequested, this, &Application::requestQuit);
    connect(m_tray, &TraySession::signOutRequested, this, [this] {
        // The demo has no account to sign out of.
        if (m_demoServer)
            quit();
        else
            m_exits->requestSignOut();
    });
    m_window->setSyncState(m_data->state());
    m_exits->setShown(m_data, m_actingAs);
    // The thorough check waits until the cached data is on screen.
    QTimer::singleShot(0, m_data, [this] {
        m_data->checkIntegrity();
        if (!m_data->notice().isEmpty())
            m_window->showNotice(m_data->notice());
    });
}

void Application::stopLoading()
{
    // The tray uses the workspace's timer: it goes first.
    delete m_tray;
    m_tray = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_data;
    m_data = nullptr;
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

void Application::refresh()
{
    // F5 is also "try again" while the demo is not up.
    if (m_demoServer && m_demoServer->state() == DemoServer::State::NotRunning) {
        restartDemo();
        return;
    }
    if (!m_data) {
        if (m_demoServer && m_signIn && !m_signIn->isBusy() &&
            m_demoServer->state() == DemoServer::State::Running)
            signInToDemo();
        return;
    }
    m_data->sync()->syncNow();
}
