// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTestBed.h"
#include "core/storage/Outbox.h"
#include "support/FakeServerProcess.h"

#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// kill -9 between the local commit and the send: the change survives in the
// outbox and a fresh process delivers it exactly once. (The real-app version
// of this test comes with the UI integration.)
class TestOutboxCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void changeCommittedBeforeKillIsSentOnceAfterRestart();
};

void TestOutboxCrash::changeCommittedBeforeKillIsSentOnceAfterRestart()
{
    FakeServerProcess server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    QVERIFY(server.start());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));

    QProcess writer;
    writer.start(QStringLiteral(MOCOTRACK_CRASH_WRITER), {path, QStringLiteral("survives kill")});
    QVERIFY(writer.waitForStarted());
    QByteArray output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += writer.readAllStandardOutput()).contains("committed"),
                              writer.readAllStandardError().constData(), 10000);
    writer.kill(); // SIGKILL: no clean shutdown, no flush beyond the commit
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    OfflineTestBed bed(&server, path);
    QCOMPARE(Outbox(bed.store()).waitingCount(), 1);
    bed.sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(bed.outboxSize(), 0, 10000);
    const QList<QJsonObject> onServer = bed.serverActivities(QStringLiteral("survives kill"));
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().value(QStringLiteral("seconds")).toInteger(), 2700);
}

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outboxcrash.moc"
