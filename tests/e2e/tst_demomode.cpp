// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/types.h>

// `mocotrack --demo` for real: the app starts mocotrack-fakeserver as its
// child, signs in and shows its window; however the app ends, the server
// must not outlive it.
class TestDemoMode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signsInAndShowsTheDemoUsersName();
    void serverDoesNotOutliveAKilledApp();
    void quittingStopsTheServer();
    void missingServerIsReportedNotACrash();

private:
    struct Running
    {
        qint64 serverPid = 0;
        quint16 port = 0;
    };
    Running startDemo(AppProcess &app);
    static bool portAcceptsConnections(quint16 port);
};

void TestDemoMode::initTestCase()
{
#if !defined(Q_OS_LINUX)
    QSKIP("watches processes through /proc");
#endif
}

TestDemoMode::Running TestDemoMode::startDemo(AppProcess &app)
{
    if (!app.start({QStringLiteral("--demo")}))
        return {};
    const QRegularExpressionMatch server =
        app.waitForLine(QStringLiteral("demo server listening on port (\\d+), pid (\\d+)"));
    if (!server.hasMatch())
        return {};
    Running running;
    running.port = static_cast<quint16>(server.captured(1).toUInt());
    running.serverPid = server.captured(2).toLongLong();
    // The child really is the fake server, started by the app.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(running.serverPid));
    if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains("mocotrack-fakeserver"))
        return {};
    if (!app.waitForLine(QStringLiteral("signed in; window title: (.*)$")).hasMatch())
        return {};
    return running;
}

bool TestDemoMode::portAcceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(2000);
}

void TestDemoMode::signsInAndShowsTheDemoUsersName()
{
    AppProcess app;
    const Running running = startDemo(app);
    QVERIFY(running.serverPid > 0);
    const QRegularExpressionMatch title =
        app.waitForLine(QStringLiteral("signed in; window title: (.*)$"));
    QCOMPARE(title.captured(1).trimmed(), QStringLiteral("MocoTrack — Anna Müller (Demo)"));
    // Today's activities are requested once signed in.
    QVERIFY(app.waitForLine(QStringLiteral("GET /activities → 200")).hasMatch());
}

void TestDemoMode::serverDoesNotOutliveAKilledApp()
{
    AppProcess app;
    const Running running = startDemo(app);
    QVERIFY(running.serverPid > 0);
    QVERIFY(processIsAlive(running.serverPid));
    QVERIFY(portAcceptsConnections(running.port));

    // A crash: no clean-up code of the app runs.
    QCOMPARE(::kill(static_cast<pid_t>(app.pid()), SIGKILL), 0);
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.process().exitStatus(), QProcess::CrashExit);

    QTRY_VERIFY_WITH_TIMEOUT(!processIsAlive(running.serverPid), 10000);
    QVERIFY(!portAcceptsConnections(running.port));
}

void TestDemoMode::quittingStopsTheServer()
{
    AppProcess app;
    const Running running = startDemo(app);
    QVERIFY(running.serverPid > 0);

    // What a session logout sends; the app quits the normal way.
    QCOMPARE(::kill(static_cast<pid_t>(app.pid()), SIGTERM), 0);
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.process().exitCode(), 0);
    // The app itself saw its server end before it quit.
    QVERIFY2(app.standardError().contains(QStringLiteral("demo server ended")),
             qPrintable(app.standardError()));
    QVERIFY(!processIsAlive(running.serverPid));
}

void TestDemoMode::missingServerIsReportedNotACrash()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MOCOTRACK_FAKESERVER"),
                       QStringLiteral("/nonexistent/mocotrack-fakeserver"));
    AppProcess app(environment);
    QVERIFY(app.start({QStringLiteral("--demo")}));
    QVERIFY(app.waitForLine(QStringLiteral("The demo server could not be started")).hasMatch());
    QCOMPARE(app.process().state(), QProcess::Running);
    QCOMPARE(::kill(static_cast<pid_t>(app.pid()), SIGTERM), 0);
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.process().exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestDemoMode)
#include "tst_demomode.moc"
