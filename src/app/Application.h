// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class AccountDataLayer;
class AccountSession;
class ActAsOffer;
class ActivitiesModel;
class AppPreferences;
class CredentialStore;
class DemoLaunch;
class LoginItem;
class MainWindow;
class ProjectsModel;
class SettingsDialog;
class SignInPrompt;
class SystemClock;
class TerminationSignalWatcher;
class TraySession;
class UnsentChangesPrompt;
class WeekGridModel;
class Workspace;

// Constructs the app and connects it: the command line decides between the
// account (AccountSession) and the demo (DemoServer + AccountSession); the
// session's signals open and close the window's parts. Ends the app in
// order (child processes first).
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

    // The shown user's offline data layer; nullptr without a session.
    AccountDataLayer *dataLayer() const;

private:
    void ensureWindow();
    // A later launch handed over: the window (or the sign-in dialog) comes
    // to the front, also from the tray or minimised.
    void bringToFront();
    void showSignIn(const QString &message);
    void onSessionStarted();
    void onDataLayerOpened(AccountDataLayer *layer);
    void closeDataLayer();
    void onSessionEnded();
    void updateTitle();
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
    AccountSession *m_session;
    SignInPrompt *m_signIn;
    DemoLaunch *m_demo;
    std::unique_ptr<LoginItem> m_loginItem;
    QPointer<SettingsDialog> m_settingsDialog;
    Workspace *m_workspace = nullptr;        // the shown user's data in the window
    TraySession *m_tray = nullptr;           // its tray icon
    UnsentChangesPrompt *m_prompt = nullptr; // asks before unsent work could be lost
    ActAsOffer *m_actAs = nullptr;           // staff only: whom to act as
    std::unique_ptr<MainWindow> m_window;
    bool m_quitting = false;
};
