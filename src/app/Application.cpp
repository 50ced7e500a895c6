// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "MainWindow.h"
#include "core/api/ApiClient.h"
#include "core/api/ApiErrorText.h"
#include "core/models/ActivityListModel.h"
#include "core/services/DayActivitiesLoader.h"
#include "core/services/DemoServer.h"
#include "core/services/SignInService.h"
#include "core/services/SystemClock.h"
#include "core/services/TerminationSignalWatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>
#include <QTranslator>

// Debug output (QT_LOGGING_RULES="mocotrack.*.debug=true") marks the steps of
// start-up and shutdown; the end-to-end tests wait for these lines.
Q_LOGGING_CATEGORY(lcApp, "mocotrack.app", QtInfoMsg)

Application::Application(QObject *parent)
    : QObject(parent)
    , m_clock(new SystemClock(this))
    , m_terminationWatcher(new TerminationSignalWatcher(this))
    , m_activities(new ActivityListModel(m_clock, this))
{
    installTranslators();
    // Closing the last window ends the app through quit(), which stops the
    // demo server before the event loop ends.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    connect(qApp, &QGuiApplication::lastWindowClosed, this, &Application::quit);
    connect(m_terminationWatcher, &TerminationSignalWatcher::terminationRequested, this,
            [this](int signalNumber) {
                qCDebug(lcApp) << "termination signal" << signalNumber << "received";
                quit();
            });
}

Application::~Application()
{
    // A message still open when the app is told to end.
    delete m_signInUnavailable;
}

void Application::installTranslators()
{
    auto *qtTranslator = new QTranslator(this);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(this);
    if (appTranslator->load(QLocale(), QStringLiteral("mocotrack"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

void Application::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("MocoTrack: a native desktop time tracker for MOCO."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Try MocoTrack with a demo account on a local demo server. Nothing is sent to MOCO."));
    parser.addOption(demoOption);
    parser.process(arguments);

    if (parser.isSet(demoOption))
        startDemo();
    else
        showSignInUnavailable();
}

void Application::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    qCDebug(lcApp) << "quitting";
    if (m_window)
        m_window->hide();
    if (m_demoServer && m_demoServer->state() != DemoServer::State::NotRunning) {
        connect(m_demoServer, &DemoServer::stopped, qApp, &QCoreApplication::quit,
                Qt::QueuedConnection);
        m_demoServer->stop();
        return;
    }
    QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}

void Application::showSignInUnavailable()
{
    // Issue 3 brings the sign-in dialog; until then say so plainly, on the
    // terminal and on screen, and offer what works.
    const QString text = tr("Signing in to a MOCO account is not available in this version of "
                            "MocoTrack yet.");
    const QString hint = tr("To try MocoTrack with a demo account on a local demo server, start "
                            "it with --demo.");
    QTextStream(stderr) << text << '\n' << hint << Qt::endl;

    auto *box =
        new QMessageBox(QMessageBox::Information, tr("MocoTrack"), text, QMessageBox::Close);
    box->setInformativeText(tr("You can try MocoTrack with a demo account on a local demo "
                               "server instead. Nothing is sent to MOCO."));
    QPushButton *demoButton = box->addButton(tr("Start the &Demo"), QMessageBox::AcceptRole);
    box->setDefaultButton(demoButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, demoButton](QAbstractButton *button) {
        if (button == demoButton)
            startDemo();
    });
    m_signInUnavailable = box;
    box->show();
}

void Application::startDemo()
{
    m_window = std::make_unique<MainWindow>(m_activities, m_clock);
    m_window->setWindowTitle(tr("MocoTrack (Demo)"));
    connect(m_window.get(), &MainWindow::refreshRequested, this, &Application::refresh);
    connect(m_window.get(), &MainWindow::quitRequested, this, &Application::quit);
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
    connect(m_signIn, &SignInService::signedIn, this, &Application::onSignedIn);
    connect(m_signIn, &SignInService::failed, this, &Application::onSignInFailed);
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

void Application::onSignedIn(qint64 userId, const Profile &profile)
{
    //: Window title in demo mode; %1 is the demo user's full name.
    const QString title = tr("MocoTrack — %1 (Demo)").arg(profile.displayName());
    m_window->setWindowTitle(title);
    qCDebug(lcApp).noquote() << "signed in; window title:" << title;

    m_loader = new DayActivitiesLoader(m_client, m_activities, m_clock, this);
    m_loader->setUserId(userId);
    connect(m_loader, &DayActivitiesLoader::statusChanged, m_window.get(),
            &MainWindow::setSyncStatus);
    m_window->setSyncStatus(m_loader->status());
    refresh();
}

void Application::onSignInFailed(const ApiError &error)
{
    const QString message =
        tr("Could not sign in to the demo account. %1").arg(ApiErrorText::message(error));
    qCWarning(lcApp).noquote() << message;
    m_window->setConnectionFailed(message);
}

void Application::refresh()
{
    // F5 is also "try again" while the demo is not up.
    if (m_demoServer && m_demoServer->state() == DemoServer::State::NotRunning) {
        restartDemo();
        return;
    }
    if (!m_loader) {
        if (m_signIn && !m_signIn->isBusy() && m_demoServer->state() == DemoServer::State::Running)
            signInToDemo();
        return;
    }
    const QDate today = m_clock->utcNow().toLocalTime().date();
    m_loader->setDay(today);
    m_window->setDay(today);
    m_loader->refresh();
}

void Application::restartDemo()
{
    // A new server has new data and a new port: nothing of the old session
    // carries over.
    delete m_loader;
    m_loader = nullptr;
    delete m_signIn;
    m_signIn = nullptr;
    delete m_client;
    m_client = nullptr;
    m_activities->setActivities({});
    m_window->setWindowTitle(tr("MocoTrack (Demo)"));
    m_window->setConnecting(tr("Starting the demo server…"));
    m_demoServer->start();
}
