// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SingleInstance.h"

#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// One running MocoTrack per profile: a later launch hands its command line to
// the running process and ends; a crashed holder's lock is taken over. The
// other process is real (lock_holder, a few lines around SingleInstance).
class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secondAcquisitionFailsWhileTheFirstHoldsTheProfile();
    void argumentsReachTheRunningInstance();
    void aSecondProcessHandsOverAndEnds();
    void aSecondProcessFindsThisOneRunning();
    void lockOfAKilledProcessIsTakenOver();
    void twoProfilesNeverMeet();
    void handOverGivesUpWhenTheHolderDoesNotAnswer();
    void holderEndingDuringTheHandOverMakesThisOnePrimary();
    void garbageOnTheSocketIsIgnored();

private:
    // A lock_holder process; waits for its first line.
    std::unique_ptr<QProcess> startHolder(const QStringList &arguments, const QString &firstLine);
    static bool waitForOutput(QProcess &process, QByteArray &output, const QByteArray &text);
};

std::unique_ptr<QProcess> TestSingleInstance::startHolder(const QStringList &arguments,
                                                          const QString &firstLine)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(MOCOTRACK_LOCK_HOLDER), arguments);
    if (!process->waitForStarted(10000))
        return nullptr;
    QByteArray output;
    if (!waitForOutput(*process, output, firstLine.toUtf8()))
        return nullptr;
    return process;
}

bool TestSingleInstance::waitForOutput(QProcess &process, QByteArray &output,
                                       const QByteArray &text)
{
    return QTest::qWaitFor(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains(text);
        },
        10000);
}

void TestSingleInstance::secondAcquisitionFailsWhileTheFirstHoldsTheProfile()
{
    QTemporaryDir dir;
    auto first = std::make_unique<SingleInstance>(dir.path());
    SingleInstance second(dir.path());
    QCOMPARE(first->acquire(), SingleInstance::Role::Primary);
    QVERIFY(QFile::exists(first->lockFilePath()));
    QCOMPARE(second.acquire(), SingleInstance::Role::Secondary);
    // Asking again changes nothing for either.
    QCOMPARE(first->acquire(), SingleInstance::Role::Primary);
    QCOMPARE(second.acquire(), SingleInstance::Role::Secondary);
    // Released when the first ends.
    first.reset();
    QCOMPARE(second.acquire(), SingleInstance::Role::Primary);
}

void TestSingleInstance::argumentsReachTheRunningInstance()
{
    QTemporaryDir dir;
    SingleInstance running(dir.path());
    QCOMPARE(running.acquire(), SingleInstance::Role::Primary);
    QVERIFY(running.listen());
    QSignalSpy activated(&running, &SingleInstance::activationRequested);

    SingleInstance later(dir.path());
    QCOMPARE(later.acquire(), SingleInstance::Role::Secondary);
    QSignalSpy handedOver(&later, &SingleInstance::handedOver);
    QSignalSpy failed(&later, &SingleInstance::handOverFailed);
    const QStringList arguments = {QStringLiteral("mocotrack"), QStringLiteral("--föö"),
                                   QStringLiteral("a b")};
    later.handOver(arguments);
    QVERIFY(handedOver.wait(5000));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toStringList(), arguments);
    QVERIFY(failed.isEmpty());
    QCOMPARE(later.acquire(), SingleInstance::Role::Secondary);
}

void TestSingleInstance::aSecondProcessHandsOverAndEnds()
{
    QTemporaryDir dir;
    SingleInstance running(dir.path());
    QCOMPARE(running.acquire(), SingleInstance::Role::Primary);
    QVERIFY(running.listen());
    QSignalSpy activated(&running, &SingleInstance::activationRequested);

    QProcess later;
    later.start(
        QStringLiteral(MOCOTRACK_LOCK_HOLDER),
        {QStringLiteral("instance"), dir.path(), QStringLiteral("--x"), QStringLiteral("y")});
    QVERIFY(later.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(later.state(), QProcess::NotRunning, 10000);
    QCOMPARE(later.exitStatus(), QProcess::NormalExit);
    QCOMPARE(later.exitCode(), 0);
    QVERIFY(later.readAllStandardOutput().contains("handed over"));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toStringList(),
             QStringList({QStringLiteral("--x"), QStringLiteral("y")}));
}

void TestSingleInstance::aSecondProcessFindsThisOneRunning()
{
    QTemporaryDir dir;
    std::unique_ptr<QProcess> running =
        startHolder({QStringLiteral("instance"), dir.path()}, QStringLiteral("primary"));
    QVERIFY(running);

    SingleInstance later(dir.path());
    QCOMPARE(later.acquire(), SingleInstance::Role::Secondary);
    QSignalSpy handedOver(&later, &SingleInstance::handedOver);
    later.handOver({QStringLiteral("mocotrack"), QStringLiteral("--again")});
    QVERIFY(handedOver.wait(5000));
    QByteArray output;
    QVERIFY(waitForOutput(*running, output, "received: mocotrack|--again"));
    running->kill();
    running->waitForFinished();
}

void TestSingleInstance::lockOfAKilledProcessIsTakenOver()
{
    QTemporaryDir dir;
    std::unique_ptr<QProcess> crashed =
        startHolder({QStringLiteral("instance"), dir.path()}, QStringLiteral("primary"));
    QVERIFY(crashed);
    SingleInstance next(dir.path());
    QCOMPARE(next.acquire(), SingleInstance::Role::Secondary);
    crashed->kill(); // SIGKILL: the lock file and the socket stay behind
    QVERIFY(crashed->waitForFinished());
    QCOMPARE(crashed->exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(next.lockFilePath()));

    QCOMPARE(next.acquire(), SingleInstance::Role::Primary);
    // The crashed process's socket name is reclaimed, and later launches
    // reach this process.
    QVERIFY(next.listen());
    QSignalSpy activated(&next, &SingleInstance::activationRequested);
    SingleInstance later(dir.path());
    QCOMPARE(later.acquire(), SingleInstance::Role::Secondary);
    QSignalSpy handedOver(&later, &SingleInstance::handedOver);
    later.handOver({QStringLiteral("after the crash")});
    QVERIFY(handedOver.wait(5000));
    QCOMPARE(activated.size(), 1);
}

void TestSingleInstance::twoProfilesNeverMeet()
{
    QTemporaryDir one;
    QTemporaryDir two;
    QVERIFY(SingleInstance::serverNameFor(one.path()) != SingleInstance::serverNameFor(two.path()));
    // The same folder, written another way, is the same profile.
    QCOMPARE(SingleInstance::serverNameFor(one.path() + QStringLiteral("/x/..")),
             SingleInstance::serverNameFor(one.path()));

    SingleInstance first(one.path());
    SingleInstance second(two.path());
    QCOMPARE(first.acquire(), SingleInstance::Role::Primary);
    QCOMPARE(second.acquire(), SingleInstance::Role::Primary);
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    QSignalSpy firstActivated(&first, &SingleInstance::activationRequested);
    QSignalSpy secondActivated(&second, &SingleInstance::activationRequested);
    SingleInstance later(two.path());
    QCOMPARE(later.acquire(), SingleInstance::Role::Secondary);
    QSignalSpy handedOver(&later, &SingleInstance::handedOver);
    later.handOver({});
    QVERIFY(handedOver.wait(5000));
    QCOMPARE(secondActivated.size(), 1);
    QCOMPARE(firstActivated.size(), 0);
}

void TestSingleInstance::handOverGivesUpWhenTheHolderDoesNotAnswer()
{
    QTemporaryDir dir;
    // Holds the lock, never listens (hung, or another program).
    std::unique_ptr<QProcess> mute =
        startHolder({QStringLiteral("instance"), dir.path(), QStringLiteral("--no-listen")},
                    QStringLiteral("primary"));
    QVERIFY(mute);
    SingleInstance later(dir.path());
    QCOMPARE(later.acquire(), SingleInstance::Role::Secondary);
    QSignalSpy failed(&later, &SingleInstance::handOverFailed);
    QSignalSpy handedOver(&later, &SingleInstance::handedOver);
    QSignalSpy primary(&later, &SingleInstance::becamePrimary);
    later.handOver({}, 500ms);
    QVERIFY(failed.wait(5000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(handedOver.isEmpty());
    QVERIFY(primary.isEmpty());
    mute->kill();
    mute->waitForFinished();
}

void TestSingleInstance::holderEndingDuringTheHandOverMakesThisOnePrimary()
{
    QTemporaryDir dir;
    // Started while the running one quits: it is gone before it answered.
    std::unique_ptr<QProcess> quitting =
        startHolder({QStringLiteral("instance"), dir.path(), QStringLiteral("--no-listen")},
                    QStringLiteral("primary"));
    QVERIFY(quitting);
    SingleInstance later(dir.path());
    QCOMPARE(later.acquire(), SingleInstance::Role::Secondary);
    QSignalSpy primary(&later, &SingleInstance::becamePrimary);
    QSignalSpy failed(&later, &SingleInstance::handOverFailed);
    later.handOver({}, 10s);
    // Not while it lives.
    QVERIFY(!primary.wait(300));
    quitting->kill();
    QVERIFY(quitting->waitForFinished());
    QVERIFY(primary.wait(5000));
    QVERIFY(failed.isEmpty());
    QCOMPARE(later.acquire(), SingleInstance::Role::Primary);
}

void TestSingleInstance::garbageOnTheSocketIsIgnored()
{
    QTemporaryDir dir;
    SingleInstance running(dir.path());
    QCOMPARE(running.acquire(), SingleInstance::Role::Primary);
    QVERIFY(running.listen());
    QSignalSpy activated(&running, &SingleInstance::activationRequested);

    QLocalSocket stranger;
    stranger.connectToServer(SingleInstance::serverNameFor(dir.path()));
    QVERIFY(stranger.waitForConnected(5000));
    stranger.write(QByteArray("GET / HTTP/1.1\r\n\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(stranger.state(), QLocalSocket::UnconnectedState, 5000);
    QCOMPARE(activated.size(), 0);

    // A real launch still gets through.
    SingleInstance later(dir.path());
    QCOMPARE(later.acquire(), SingleInstance::Role::Secondary);
    QSignalSpy handedOver(&later, &SingleInstance::handedOver);
    later.handOver({QStringLiteral("ok")});
    QVERIFY(handedOver.wait(5000));
    QCOMPARE(activated.size(), 1);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
