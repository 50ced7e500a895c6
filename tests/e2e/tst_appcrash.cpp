// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"
#include "SignedInAppHarness.h"
#include "core/storage/OutboxItem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

// kill -9 of the real app while a change is committed locally but not yet
// delivered: the next start sends it, exactly once (issue 4 §5).
//
// The app runs signed in to a fake server started here (SignedInAppHarness).
// The fake server holds the create ("hang": received, never processed, never
// answered), so the app dies with the request in flight.
class TestAppCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_harness.initTestCase(); }
    void init() { m_harness.init(); }
    void cleanupTestCase() { m_harness.cleanupTestCase(); }

    void killedWhileTheCreateIsInFlightSendsItOnceAfterRestart();
    void killedWhileOfflineSendsItOnceAfterRestart();

private:
    QJsonObject hangNextCreate();
    bool serverListens();

    SignedInAppHarness m_harness;
};

QJsonObject TestAppCrash::hangNextCreate()
{
    return m_harness.queueFault({{QStringLiteral("method"), QStringLiteral("POST")},
                                 {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                                 {QStringLiteral("hang"), true}});
}

bool TestAppCrash::serverListens()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_harness.server().port());
    return socket.waitForConnected(1000);
}

void TestAppCrash::killedWhileTheCreateIsInFlightSendsItOnceAfterRestart()
{
    const QString description = QStringLiteral("appcrash in flight");
    const qint64 localId = m_harness.commitOffline(description);
    QVERIFY(localId);
    QVERIFY(!hangNextCreate().isEmpty());
    const QString create = QStringLiteral("/api/v1/activities");
    {
        AppProcess app;
        QVERIFY(m_harness.startSignedIn(app));
        // The app handed it to the network; MOCO holds it unanswered.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_harness.countPosts(create, QStringLiteral("fault"), QStringLiteral("hang")), 1,
            20000);
        SignedInAppHarness::killHard(app);
    }
    QCOMPARE(m_harness.serverActivities(description).size(), 0);
    // Died waiting for the answer: the item says so, the outcome is unknown.
    QList<OutboxItem> outbox = m_harness.outboxAfterwards();
    QCOMPARE(outbox.size(), 1);
    QVERIFY2(outbox.first().state == OutboxItem::State::Sending ||
                 outbox.first().state == OutboxItem::State::Uncertain,
             qPrintable(OutboxItem::stateName(outbox.first().state)));

    {
        AppProcess app;
        QVERIFY(m_harness.startSignedIn(app));
        QTRY_COMPARE_WITH_TIMEOUT(m_harness.serverActivities(description).size(), 1, 20000);
        QVERIFY(SignedInAppHarness::endGracefully(app));
    }
    QCOMPARE(m_harness.serverActivities(description).size(), 1);
    QCOMPARE(m_harness.countPosts(create), 2); // the held one, and one more: no duplicate
    QVERIFY(m_harness.outboxAfterwards().isEmpty());
    const QJsonObject stored = m_harness.serverActivities(description).first();
    QCOMPARE(stored.value(QStringLiteral("seconds")).toInteger(), 2700);
    QCOMPARE(stored.value(QStringLiteral("date")).toString(),
             m_harness.day().toString(Qt::ISODate));
}

void TestAppCrash::killedWhileOfflineSendsItOnceAfterRestart()
{
    const QString description = QStringLiteral("appcrash offline");
    QVERIFY(m_harness.commitOffline(description));
    // MOCO is unreachable from the start; the app tries, fails, and is killed.
    m_harness.server().control("POST", QStringLiteral("/faults"),
                               QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 6000}}));
    {
        AppProcess app;
        QVERIFY(app.start({}));
        QVERIFY(app.waitForLine(QStringLiteral("POST /activities → 0")).hasMatch());
        SignedInAppHarness::killHard(app);
    }
    // Back up (the control port is the API port: wait until it listens again).
    QTRY_VERIFY_WITH_TIMEOUT(serverListens(), 15000);
    QCOMPARE(m_harness.serverActivities(description).size(), 0);
    QCOMPARE(m_harness.outboxAfterwards().size(), 1);

    AppProcess app;
    QVERIFY(m_harness.startSignedIn(app));
    QTRY_COMPARE_WITH_TIMEOUT(m_harness.serverActivities(description).size(), 1, 20000);
    QVERIFY(SignedInAppHarness::endGracefully(app));
    QCOMPARE(m_harness.serverActivities(description).size(), 1);
    QVERIFY(m_harness.outboxAfterwards().isEmpty());
}

QTEST_GUILESS_MAIN(TestAppCrash)
#include "tst_appcrash.moc"
