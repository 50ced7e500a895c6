// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiClient.h"
#include "core/services/DemoServer.h"
#include "core/services/SystemClock.h"
#include "support/FakeServerProcess.h"

#include <QDir>
#include <QFile>
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

using namespace std::chrono_literals;

namespace {
// Whether a process with this id still exists (and is not a zombie).
bool processExists(qint64 pid)
{
#if defined(Q_OS_LINUX)
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    // "pid (comm) S …": the state follows the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
#else
    Q_UNUSED(pid);
    return false;
#endif
}
} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void findsTheServerNextToTheRunningExecutable();
    void environmentOverridesTheLookup();
    void startsTheRealServerAndReportsItsPort();
    void demoAccountSignsIn();
    void stopLeavesNoProcess();
    void destroyingTheObjectStopsTheServer();
    void problemsAreReportedInPlainWords_data();
    void problemsAreReportedInPlainWords();
    void stoppingAServerThatCannotStartEnds();
    void serverThatNeverGetsReadyIsStopped();
    void unexpectedEndIsReported();
};

void TestDemoServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(FakeServerProcess::executable()).isExecutable(),
             qPrintable(FakeServerProcess::executable()));
}

void TestDemoServer::init()
{
    qunsetenv("MOCOTRACK_FAKESERVER");
}

void TestDemoServer::findsTheServerNextToTheRunningExecutable()
{
    // The build puts every executable into <build>/bin, this test included.
    const QString found = DemoServer::locateExecutable();
    QVERIFY(!found.isEmpty());
    QCOMPARE(QFileInfo(found).canonicalFilePath(),
             QFileInfo(FakeServerProcess::executable()).canonicalFilePath());
}

void TestDemoServer::environmentOverridesTheLookup()
{
    qputenv("MOCOTRACK_FAKESERVER", "/opt/elsewhere/mocotrack-fakeserver");
    QCOMPARE(DemoServer::locateExecutable(), QStringLiteral("/opt/elsewhere/mocotrack-fakeserver"));
}

void TestDemoServer::startsTheRealServerAndReportsItsPort()
{
    DemoServer server;
    QSignalSpy started(&server, &DemoServer::started);
    QSignalSpy failed(&server, &DemoServer::failed);
    server.start();
    QCOMPARE(server.state(), DemoServer::State::Starting);
    QVERIFY(started.wait(20000));
    QCOMPARE(failed.count(), 0);
    const quint16 port = started.first().first().value<quint16>();
    QVERIFY(port > 0);
    QCOMPARE(server.port(), port);
    QCOMPARE(server.state(), DemoServer::State::Running);
    QCOMPARE(server.apiBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
    QVERIFY(processExists(server.processId()) || !QFile::exists(QStringLiteral("/proc")));
}

void TestDemoServer::demoAccountSignsIn()
{
    // The demo credentials in DemoServer must match the server's seeded data.
    DemoServer server;
    QSignalSpy started(&server, &DemoServer::started);
    server.start();
    QVERIFY(started.wait(20000));

    SystemClock clock;
    ApiClient client(&clock);
    client.setBaseUrl(server.apiBaseUrl());
    std::optional<ApiResult<LoginResult>> result;
    client.login(LoginRequest{QString::fromLatin1(DemoServer::demoEmail),
                              QString::fromLatin1(DemoServer::demoPassword)},
                 this, [&result](const ApiResult<LoginResult> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(result->ok(), qPrintable(result->error().message));
    QVERIFY(result->value().userId > 0);
}

void TestDemoServer::stopLeavesNoProcess()
{
    DemoServer server;
    QSignalSpy started(&server, &DemoServer::started);
    QSignalSpy stopped(&server, &DemoServer::stopped);
    QSignalSpy failed(&server, &DemoServer::failed);
    server.start();
    QVERIFY(started.wait(20000));
    const qint64 pid = server.processId();
    QVERIFY(pid > 0);

    server.stop();
    QCOMPARE(server.state(), DemoServer::State::Stopping);
    QVERIFY(stopped.wait(10000));
    QCOMPARE(server.state(), DemoServer::State::NotRunning);
    QCOMPARE(failed.count(), 0); // a requested stop is not a failure
    QVERIFY(!processExists(pid));
}

void TestDemoServer::destroyingTheObjectStopsTheServer()
{
    auto server = std::make_unique<DemoServer>();
    QSignalSpy started(server.get(), &DemoServer::started);
    server->start();
    QVERIFY(started.wait(20000));
    const qint64 pid = server->processId();
    server.reset();
    QVERIFY(!processExists(pid));
}

void TestDemoServer::problemsAreReportedInPlainWords_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/mocotrack-fakeserver")
                             << QStringLiteral("could not be started");
#if defined(Q_OS_UNIX)
    QTest::newRow("exits at once")
        << QStringLiteral("/bin/false") << QStringLiteral("stopped before it was ready");
    // echo prints its arguments: a first line that is no port.
    QTest::newRow("prints no port")
        << QStringLiteral("/bin/echo") << QStringLiteral("did not report the port");
#endif
}

void TestDemoServer::problemsAreReportedInPlainWords()
{
    QFETCH(QString, executable);
    QFETCH(QString, expected);
    DemoServer server;
    server.setExecutable(executable);
    QSignalSpy started(&server, &DemoServer::started);
    QSignalSpy failed(&server, &DemoServer::failed);
    server.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(started.count(), 0);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), DemoServer::State::NotRunning, 10000);
}

void TestDemoServer::stoppingAServerThatCannotStartEnds()
{
    // Quitting while the start is still pending must not wait forever.
    DemoServer server;
    server.setExecutable(QStringLiteral("/nonexistent/mocotrack-fakeserver"));
    QSignalSpy stopped(&server, &DemoServer::stopped);
    server.start();
    server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), DemoServer::State::NotRunning, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10000);
}

void TestDemoServer::serverThatNeverGetsReadyIsStopped()
{
#if !defined(Q_OS_UNIX)
    QSKIP("needs a shell script");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("silent-server"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nexec sleep 60\n");
    file.close();
    QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));

    DemoServer server;
    server.setExecutable(script);
    server.setStartTimeout(300ms);
    QSignalSpy failed(&server, &DemoServer::failed);
    QSignalSpy stopped(&server, &DemoServer::stopped);
    server.start();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("did not get ready")));
    const qint64 pid = server.processId();
    QVERIFY(stopped.wait(10000));
    QVERIFY(!processExists(pid));
#endif
}

void TestDemoServer::unexpectedEndIsReported()
{
#if !defined(Q_OS_LINUX)
    QSKIP("kills the server through /proc and kill(1)");
#else
    DemoServer server;
    QSignalSpy started(&server, &DemoServer::started);
    QSignalSpy failed(&server, &DemoServer::failed);
    QSignalSpy stopped(&server, &DemoServer::stopped);
    server.start();
    QVERIFY(started.wait(20000));
    QVERIFY(::kill(static_cast<pid_t>(server.processId()), SIGKILL) == 0);
    QVERIFY(stopped.wait(10000));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("stopped unexpectedly")));
    QCOMPARE(server.state(), DemoServer::State::NotRunning);
#endif
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
