// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AccountSession.h"
#include "core/services/CredentialStore.h"
#include "core/services/DemoLaunch.h"
#include "core/services/DemoServer.h"
#include "core/services/SystemClock.h"
#include "core/sync/AccountDataLayer.h"
#include "support/FakeServerProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/types.h>
#endif

// `mocotrack --demo` without a window: the real demo server process, the
// session signing in to its demo account, "try again" after each kind of
// failure, and the orderly stop.
class TestDemoLaunch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startSaysWhatItDoesAndSignsInToTheDemoAccount();
    void nothingToTryAgainWhileTheDemoRuns();
    void aServerThatEndedIsStartedAnewOnRetry();
    void aServerThatCannotStartIsReportedAndTriedAgain();
    void stopEndsTheServer();
    void stopWithoutAServerStillSaysStopped();

private:
    void startAndWaitForTheSession();

    SystemClock m_clock;
    CredentialStore m_credentials;
    std::unique_ptr<QTemporaryDir> m_storeParent;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<DemoLaunch> m_launch;
};

void TestDemoLaunch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_credentials.setService(QStringLiteral("MocoTrack-test-demolaunch"));
    QVERIFY2(QFileInfo(FakeServerProcess::executable()).isExecutable(),
             qPrintable(FakeServerProcess::executable()));
}

void TestDemoLaunch::init()
{
    m_storeParent = std::make_unique<QTemporaryDir>();
    QVERIFY(m_storeParent->isValid());
    m_session = std::make_unique<AccountSession>(&m_clock, &m_credentials);
    m_launch = std::make_unique<DemoLaunch>(m_session.get());
    m_launch->server()->setExecutable(FakeServerProcess::executable());
    m_launch->setStoreParentDirectory(m_storeParent->path());
}

void TestDemoLaunch::cleanup()
{
    QSignalSpy stopped(m_launch.get(), &DemoLaunch::stopped);
    m_launch->stop();
    QVERIFY(stopped.wait(15000) || stopped.count() == 1);
    m_session->end();
    m_launch.reset();
    m_session.reset();
    m_storeParent.reset();
}

void TestDemoLaunch::startAndWaitForTheSession()
{
    QSignalSpy started(m_session.get(), &AccountSession::sessionStarted);
    m_launch->start();
    QVERIFY(started.wait(30000));
}

void TestDemoLaunch::startSaysWhatItDoesAndSignsInToTheDemoAccount()
{
    QVERIFY(!m_launch->isRequested());
    QSignalSpy starting(m_launch.get(), &DemoLaunch::starting);
    QSignalSpy connecting(m_launch.get(), &DemoLaunch::connecting);
    QSignalSpy failed(m_launch.get(), &DemoLaunch::failed);
    QSignalSpy opened(m_session.get(), &AccountSession::dataLayerOpened);
    startAndWaitForTheSession();
    QVERIFY(m_launch->isRequested());
    QCOMPARE(starting.count(), 1);
    QCOMPARE(starting.first().first().toString(), QStringLiteral("Starting the demo server…"));
    QCOMPARE(connecting.count(), 1);
    QCOMPARE(connecting.first().first().toString(),
             QStringLiteral("Signing in to the demo account…"));
    QCOMPARE(failed.count(), 0);

    QVERIFY(m_session->isDemo());
    QCOMPARE(m_session->userName(), QStringLiteral("Anna Müller"));
    QCOMPARE(m_launch->server()->state(), DemoServer::State::Running);
    // The demo's cache is in a folder of its own below the given parent,
    // never in the user's real cache.
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
    const QStringList folders =
        QDir(m_storeParent->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 1);
}

void TestDemoLaunch::nothingToTryAgainWhileTheDemoRuns()
{
    // Before a start, "try again" is an ordinary refresh.
    QVERIFY(!m_launch->retry());
    startAndWaitForTheSession();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->dataLayer() != nullptr, 15000);
    QVERIFY(!m_launch->retry());
    QCOMPARE(m_launch->server()->state(), DemoServer::State::Running);
}

void TestDemoLaunch::aServerThatEndedIsStartedAnewOnRetry()
{
#if !defined(Q_OS_UNIX)
    QSKIP("kills the server with a signal");
#else
    startAndWaitForTheSession();
    const quint16 firstPort = m_launch->server()->port();
    QSignalSpy failed(m_launch.get(), &DemoLaunch::failed);
    QVERIFY(::kill(static_cast<pid_t>(m_launch->server()->processId()), SIGKILL) == 0);
    QVERIFY(failed.wait(15000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_launch->server()->state(), DemoServer::State::NotRunning, 15000);

    // Try again: a new server with a new session, signed in to again.
    QSignalSpy ended(m_session.get(), &AccountSession::sessionEnded);
    QSignalSpy started(m_session.get(), &AccountSession::sessionStarted);
    QVERIFY(m_launch->retry());
    QCOMPARE(ended.count(), 1);
    QVERIFY(started.wait(30000));
    QVERIFY(m_session->isDemo());
    QCOMPARE(m_launch->server()->state(), DemoServer::State::Running);
    QVERIFY(m_launch->server()->port() != 0);
    Q_UNUSED(firstPort); // the system may hand out the same port again
#endif
}

void TestDemoLaunch::aServerThatCannotStartIsReportedAndTriedAgain()
{
    m_launch->server()->setExecutable(QStringLiteral("/nonexistent/mocotrack-fakeserver"));
    QSignalSpy failed(m_launch.get(), &DemoLaunch::failed);
    QSignalSpy started(m_session.get(), &AccountSession::sessionStarted);
    m_launch->start();
    QVERIFY(failed.count() == 1 || failed.wait(15000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_launch->server()->state(), DemoServer::State::NotRunning, 15000);
    QCOMPARE(started.count(), 0);

    // Once the server is there, "try again" gets the demo going.
    m_launch->server()->setExecutable(FakeServerProcess::executable());
    QSignalSpy starting(m_launch.get(), &DemoLaunch::starting);
    QVERIFY(m_launch->retry());
    QCOMPARE(starting.count(), 1);
    QVERIFY(started.wait(30000));
    QVERIFY(m_session->isDemo());
}

void TestDemoLaunch::stopEndsTheServer()
{
    startAndWaitForTheSession();
    const qint64 pid = m_launch->server()->processId();
    QVERIFY(pid > 0);
    QSignalSpy stopped(m_launch.get(), &DemoLaunch::stopped);
    QSignalSpy failed(m_launch.get(), &DemoLaunch::failed);
    m_launch->stop();
    QVERIFY(stopped.wait(15000));
    QCOMPARE(m_launch->server()->state(), DemoServer::State::NotRunning);
    // An orderly stop is not a failure, and there is nothing to try again.
    QCOMPARE(failed.count(), 0);
    QVERIFY(!m_launch->retry());
}

void TestDemoLaunch::stopWithoutAServerStillSaysStopped()
{
    // The app waits for stopped() before it quits, also when no demo ran.
    QSignalSpy stopped(m_launch.get(), &DemoLaunch::stopped);
    m_launch->stop();
    QCOMPARE(stopped.count(), 0); // through the event loop, not from inside stop()
    QVERIFY(stopped.wait(5000));
}

QTEST_GUILESS_MAIN(TestDemoLaunch)
#include "tst_demolaunch.moc"
