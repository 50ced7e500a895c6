// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"
#include "core/domain/Profile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class ActivityListModel;
class ApiClient;
class DayActivitiesLoader;
class DemoServer;
class MainWindow;
class QMessageBox;
class SignInService;
class SystemClock;
class TerminationSignalWatcher;

// Wires core and ui together: reads the command line, starts the demo, owns
// the services and the main window, and ends the app in order (child
// processes first).
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

private:
    void installTranslators();
    void showSignInUnavailable();
    void startDemo();
    void onDemoServerStarted();
    void signInToDemo();
    void onDemoServerFailed(const QString &message);
    void onSignedIn(qint64 userId, const Profile &profile);
    void onSignInFailed(const ApiError &error);
    void refresh();
    void restartDemo();

    SystemClock *m_clock;
    TerminationSignalWatcher *m_terminationWatcher;
    ActivityListModel *m_activities;
    DemoServer *m_demoServer = nullptr;
    ApiClient *m_client = nullptr;
    SignInService *m_signIn = nullptr;
    DayActivitiesLoader *m_loader = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QPointer<QMessageBox> m_signInUnavailable;
    bool m_quitting = false;
};
