// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"
#include "SignedInAppHarness.h"
#include "core/actions/PresenceActions.h"
#include "core/api/ApiClient.h"
#include "core/services/SystemClock.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// kill -9 of the real app after a clock-in (issue 12 §5): after the restart
// the window shows the open presence, and MOCO holds exactly one.
class TestPresenceCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_harness.initTestCase(); }
    void init();
    void cleanupTestCase() { m_harness.cleanupTestCase(); }

    void killedWhileTheClockInIsInFlightShowsOnePresenceAfterRestart();

private:
    QList<QJsonObject> todayOnMoco();
    QString clockInLocally();

    SignedInAppHarness m_harness;
};

void TestPresenceCrash::init()
{
    m_harness.init();
    // The seed clocks the demo user in today: begin the day anew.
    SystemClock clock;
    ApiClient api(&clock);
    api.setBaseUrl(m_harness.server().apiBaseUrl());
    api.setApiKey(QString::fromLatin1(FakeServerProcess::demoApiKey));
    for (const QJsonObject &presence : todayOnMoco()) {
        bool done = false;
        api.deletePresence(presence.value(QStringLiteral("id")).toInteger(), this,
                           [&done](const ApiResult<ApiNothing> &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    QVERIFY(todayOnMoco().isEmpty());
}

QList<QJsonObject> TestPresenceCrash::todayOnMoco()
{
    QList<QJsonObject> today;
    const QJsonArray all =
        m_harness.server().state(QStringLiteral("presences"), FakeServerProcess::demoUserId);
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("date")).toString() ==
            QDate::currentDate().toString(Qt::ISODate))
            today.append(value.toObject());
    }
    return today;
}

QString TestPresenceCrash::clockInLocally()
{
    // Exactly what the window's "Clock in" does, on the account's store
    // before the app opens it.
    SystemClock clock;
    LocalStore store(m_harness.storePath());
    if (!store.open())
        return {};
    LocalChanges changes(&store, &clock);
    PresenceActions presences(&store, &changes, &clock);
    if (!presences.clockIn().ok())
        return {};
    return presences.openToday()->presence.from->toString(QStringLiteral("HH:mm"));
}

void TestPresenceCrash::killedWhileTheClockInIsInFlightShowsOnePresenceAfterRestart()
{
    const QString since = clockInLocally();
    QVERIFY(!since.isEmpty());
    // MOCO receives the clock-in and never answers: the app dies waiting.
    QVERIFY(!m_harness
                 .queueFault({{QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("path"), QStringLiteral("/api/v1/users/presences")},
                              {QStringLiteral("hang"), true}})
                 .isEmpty());
    {
        AppProcess app;
        QVERIFY(m_harness.startSignedIn(app));
        QVERIFY(app.waitForLine(QStringLiteral("presence shown: clocked in since %1").arg(since))
                    .hasMatch());
        QTRY_COMPARE_WITH_TIMEOUT(m_harness.countPosts(QStringLiteral("/api/v1/users/presences"),
                                                       QStringLiteral("fault"),
                                                       QStringLiteral("hang")),
                                  1, 20000);
        SignedInAppHarness::killHard(app);
    }
    QVERIFY(m_harness.outboxAfterwards().size() == 1);

    // Restarted: the window offers "Clock out" for the same presence, and
    // MOCO ends up with one open presence from that minute, not two.
    {
        AppProcess app;
        QVERIFY(m_harness.startSignedIn(app));
        QVERIFY(app.waitForLine(QStringLiteral("presence shown: clocked in since %1, offers "
                                               "\"Clock out\"")
                                    .arg(since))
                    .hasMatch());
        QTRY_COMPARE_WITH_TIMEOUT(todayOnMoco().size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_harness.outboxAfterwards().isEmpty(), 20000);
        QVERIFY(SignedInAppHarness::endGracefully(app));
    }
    const QList<QJsonObject> today = todayOnMoco();
    QCOMPARE(today.size(), 1);
    QCOMPARE(today.first().value(QStringLiteral("from")).toString(), since);
    QVERIFY(today.first().value(QStringLiteral("to")).isNull());
    QVERIFY(m_harness.outboxAfterwards().isEmpty());
}

QTEST_GUILESS_MAIN(TestPresenceCrash)
#include "tst_presencecrash.moc"
