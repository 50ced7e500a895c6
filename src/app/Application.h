// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"
#include "core/domain/Profile.h"
#include "core/domain/User.h"
#include "core/services/AccountSettings.h"
#include "core/sync/UnsentChangesGate.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class AccountDataLayer;
class AppPreferences;
class LoginItem;
class SettingsDialog;
class TraySession;
class ActivitiesModel;
class ApiClient;
class CredentialStore;
class DemoServer;
class MainWindow;
class ProjectsModel;
class WeekGridModel;
class Workspace;
class ActAsOffer;
class DemoStoreDirectory;
class SignInDialog;
class SessionExits;
class SignInService;
class SystemClock;
class TerminationSignalWatcher;

// Wires core and ui together: reads the command line, signs in (or starts the
// demo), owns the services and the main window, and ends the app in order
// (child processes first).
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // Reads the command line and starts what it asks for; the event loop runs
    // next. --help, --version and unknown options end the process right here.
    void start(const QStringList &arguments);

    // Ends the app the orderly way: the demo server first, then the event loop.
    void quit();

    // The signed-in account's offline data layer; nullptr without a session.
    AccountDataLayer *dataLayer() const { return m_data; }

private:
    void ensureWindow();
    // One process per profile: false when this one is not to go on (it hands
    // over to the running one, or refuses, and then ends by itself).
    // A later launch handed over: the window (or the sign-in dialog) comes
    // to the front, also from the tray or minimised.
    void bringToFront();

    // A real MOCO account.
    void startAccount();
    void onStoredKeyRead(const AccountSettings &account, const QString &apiKey);
    void showSignIn(const QString &message);
    void onDialogSignedIn(const AccountSettings &account, const QString &apiKey);
    void storePendingKey();
    void onDialogFinished();
    // By value: callers pass the pending members this clears.
    void startSession(AccountSettings account, QString apiKey);
    void closeSignInDialog();
    void verifySession();
    void onUnauthorized();
    void signOut();
    void endSession();
    // Quit from a menu: asks first when changes have not reached MOCO.
    void requestQuit();

    // Staff impersonation (X-IMPERSONATE-USER-ID).
    void actAs(const User &user);
    void backToMyself(UnsentChangesGate::Disposition unsent);
    void updateTitle();

    // Demo mode: an ephemeral session on a local fake server.
    void startDemo();
    void onDemoServerStarted();
    void signInToDemo();
    void onDemoServerFailed(const QString &message);
    void onDemoSignedIn(qint64 userId, const Profile &profile);
    void onDemoSignInFailed(const ApiError &error);
    void restartDemo();

    // Opens the cache of the user whose hours are shown and starts syncing it;
    // cached data is on screen before MOCO answers.
    void startLoading(qint64 userId, const QString &storePath);
    void stopLoading();
    void refresh();
    void showSettings();

    SystemClock *m_clock;
    TerminationSignalWatcher *m_terminationWatcher;
    // The window's models live as long as the window; each session feeds them.
    ActivitiesModel *m_dayModel;
    WeekGridModel *m_weekModel;
    ProjectsModel *m_projects;
    CredentialStore *m_credentials;
    AppPreferences *m_preferences;
    std::unique_ptr<LoginItem> m_loginItem;
    QPointer<SettingsDialog> m_settingsDialog;
    DemoServer *m_demoServer = nullptr;
    ApiClient *m_client = nullptr;
    SignInService *m_signIn = nullptr;
    AccountDataLayer *m_data = nullptr;
    Workspace *m_workspace = nullptr; // the signed-in session in the window
    TraySession *m_tray = nullptr;    // its tray icon
    SessionExits *m_exits = nullptr;  // asks before unsent work could be lost
    ActAsOffer *m_actAs = nullptr;    // staff only: whom to act as
    // Demo mode keeps its cache here; gone with the demo session.
    std::unique_ptr<DemoStoreDirectory> m_demoDir;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SignInDialog> m_signInDialog;
    AccountSettings m_account;
    AccountSettings m_pendingAccount; // signed in, key not stored yet
    QString m_pendingKey;
    QString m_actingAs; // the impersonated user's name, empty = none
    bool m_quitting = false;
};
