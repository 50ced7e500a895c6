// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeApiClient.h"

#include "support/FakeServerProcess.h"

#include <QtTest>

// Timer rules: today only, one per user, a 0-second create for today starts
// one, seconds do not grow, stopping adds whole minutes, changing seconds of a
// running activity needs stop_timer. The server's clock is pinned to 10:00 so
// no test runs across midnight, and moved forward instead of waiting.
class TestFakeServerTimers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void zeroSecondCreateForTodayStartsTheTimer_data();
    void zeroSecondCreateForTodayStartsTheTimer();
    void createForAnotherDayDoesNotStartATimer();
    void timerOnlyOnTodaysActivities();
    void oneRunningTimerPerUser();
    void secondsDoNotGrowWhileRunning();
    void stopAddsWholeMinutes_data();
    void stopAddsWholeMinutes();
    void stoppingAStoppedTimerChangesNothing();
    void changingSecondsWhileRunningNeedsStopTimer();
    void timersOfDifferentUsersAreIndependent();
    void startingATimerClocksTheUserIn();

private:
    FakeApiClient client(const char *apiKey = FakeServerProcess::demoApiKey) const;
    QJsonObject create(FakeApiClient &api, const QJsonObject &fields);
    QString today() const { return m_today.toString(Qt::ISODate); }

    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
    QDate m_today;
};

void TestFakeServerTimers::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestFakeServerTimers::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
    FakeApiClient::pinClock(m_server, QTime(10, 0));
    m_today = FakeApiClient::serverToday(m_server);
}

FakeApiClient TestFakeServerTimers::client(const char *apiKey) const
{
    FakeApiClient api(m_server.port());
    api.setApiKey(QString::fromLatin1(apiKey));
    return api;
}

QJsonObject TestFakeServerTimers::create(FakeApiClient &api, const QJsonObject &fields)
{
    QJsonObject body{{QStringLiteral("date"), today()},
                     {QStringLiteral("project_id"), qint64(3100000101)},
                     {QStringLiteral("task_id"), qint64(3200000001)}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.insert(it.key(), it.value());
    const auto reply = api.post(FakeApiClient::api(QStringLiteral("/activities")), body);
    if (reply.status != 200)
        qWarning("create failed: %d %s", reply.status, reply.body.constData());
    return reply.object();
}

void TestFakeServerTimers::zeroSecondCreateForTodayStartsTheTimer_data()
{
    QTest::addColumn<QJsonObject>("duration");
    QTest::newRow("seconds 0") << QJsonObject{{QStringLiteral("seconds"), 0}};
    QTest::newRow("hours 0 (deprecated)") << QJsonObject{{QStringLiteral("hours"), 0}};
}

void TestFakeServerTimers::zeroSecondCreateForTodayStartsTheTimer()
{
    QFETCH(QJsonObject, duration);
    FakeApiClient api = client();
    const QJsonObject activity = create(api, duration);
    QVERIFY(!activity.value(QStringLiteral("timer_started_at")).isNull());
    QCOMPARE(activity.value(QStringLiteral("seconds")).toInteger(), 0);

    const auto start =
        api.patch(FakeApiClient::api(QStringLiteral("/activities/%1/start_timer")
                                         .arg(activity.value(QStringLiteral("id")).toInteger())));
    QCOMPARE(start.status, 422);
    QCOMPARE(start.object(),
             (QJsonObject{{QStringLiteral("base"),
                           QJsonArray{QStringLiteral("Timer is already running")}}}));
}

void TestFakeServerTimers::createForAnotherDayDoesNotStartATimer()
{
    FakeApiClient api = client();
    const QJsonObject activity =
        create(api, {{QStringLiteral("date"), m_today.addDays(-1).toString(Qt::ISODate)},
                     {QStringLiteral("seconds"), 0}});
    QVERIFY(activity.value(QStringLiteral("timer_started_at")).isNull());
    const QJsonObject withTime = create(api, {{QStringLiteral("seconds"), 600}});
    QVERIFY(withTime.value(QStringLiteral("timer_started_at")).isNull());
}

void TestFakeServerTimers::timerOnlyOnTodaysActivities()
{
    FakeApiClient api = client();
    const QJsonObject yesterday =
        create(api, {{QStringLiteral("date"), m_today.addDays(-1).toString(Qt::ISODate)},
                     {QStringLiteral("seconds"), 600}});
    const auto start =
        api.patch(FakeApiClient::api(QStringLiteral("/activities/%1/start_timer")
                                         .arg(yesterday.value(QStringLiteral("id")).toInteger())));
    QCOMPARE(start.status, 422);
    QCOMPARE(start.object(),
             (QJsonObject{
                 {QStringLiteral("base"),
                  QJsonArray{QStringLiteral("Timer can only be started on the current day")}}}));
}

void TestFakeServerTimers::oneRunningTimerPerUser()
{
    FakeApiClient api = client();
    const QJsonObject first = create(api, {{QStringLiteral("seconds"), 0}});
    QVERIFY(!first.value(QStringLiteral("timer_started_at")).isNull());
    const QJsonObject second = create(api, {{QStringLiteral("seconds"), 300}});
    const QString startSecond =
        FakeApiClient::api(QStringLiteral("/activities/%1/start_timer")
                               .arg(second.value(QStringLiteral("id")).toInteger()));
    const auto refused = api.patch(startSecond);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.object().value(QStringLiteral("base")).toArray().first().toString(),
             QStringLiteral("Timer is already running"));

    const auto stopped =
        api.patch(FakeApiClient::api(QStringLiteral("/activities/%1/stop_timer")
                                         .arg(first.value(QStringLiteral("id")).toInteger())));
    QCOMPARE(stopped.status, 200);
    QVERIFY(stopped.object().value(QStringLiteral("timer_started_at")).isNull());
    const auto started = api.patch(startSecond);
    QCOMPARE(started.status, 200);
    QVERIFY(!started.object().value(QStringLiteral("timer_started_at")).isNull());
}

void TestFakeServerTimers::secondsDoNotGrowWhileRunning()
{
    FakeApiClient api = client();
    const QJsonObject activity = create(api, {{QStringLiteral("seconds"), 0}});
    FakeApiClient::advanceClock(m_server, 10 * 60 * 1000);
    const auto fetched = api.get(FakeApiClient::api(
        QStringLiteral("/activities/%1").arg(activity.value(QStringLiteral("id")).toInteger())));
    QCOMPARE(fetched.object().value(QStringLiteral("seconds")).toInteger(), 0);
    QCOMPARE(fetched.object().value(QStringLiteral("worked_seconds")).toInteger(), 0);
    QCOMPARE(fetched.object().value(QStringLiteral("timer_started_at")),
             activity.value(QStringLiteral("timer_started_at")));
}

void TestFakeServerTimers::stopAddsWholeMinutes_data()
{
    // Elapsed times stay clear of the half-minute marks: real time keeps
    // running (well under a second) next to the moved clock.
    QTest::addColumn<int>("elapsedSeconds");
    QTest::addColumn<int>("addedSeconds");
    QTest::newRow("20 s → 0 min") << 20 << 0;
    QTest::newRow("45 s → 1 min") << 45 << 60;
    QTest::newRow("140 s → 2 min") << 140 << 120;
    QTest::newRow("59 min 50 s → 60 min") << 3590 << 3600;
}

void TestFakeServerTimers::stopAddsWholeMinutes()
{
    QFETCH(int, elapsedSeconds);
    QFETCH(int, addedSeconds);
    FakeApiClient api = client();
    const QJsonObject activity = create(api, {{QStringLiteral("seconds"), 600}});
    const QString path =
        QStringLiteral("/activities/%1").arg(activity.value(QStringLiteral("id")).toInteger());
    QCOMPARE(api.patch(FakeApiClient::api(path + QStringLiteral("/start_timer"))).status, 200);
    FakeApiClient::advanceClock(m_server, qint64(elapsedSeconds) * 1000);
    const auto stopped = api.patch(FakeApiClient::api(path + QStringLiteral("/stop_timer")));
    QCOMPARE(stopped.status, 200);
    QCOMPARE(stopped.object().value(QStringLiteral("seconds")).toInteger(), 600 + addedSeconds);
    QVERIFY(stopped.object().value(QStringLiteral("timer_started_at")).isNull());
}

void TestFakeServerTimers::stoppingAStoppedTimerChangesNothing()
{
    FakeApiClient api = client();
    const QJsonObject activity = create(api, {{QStringLiteral("seconds"), 900}});
    const auto stopped =
        api.patch(FakeApiClient::api(QStringLiteral("/activities/%1/stop_timer")
                                         .arg(activity.value(QStringLiteral("id")).toInteger())));
    QCOMPARE(stopped.status, 200);
    QCOMPARE(stopped.object(), activity);
}

void TestFakeServerTimers::changingSecondsWhileRunningNeedsStopTimer()
{
    FakeApiClient api = client();
    const QJsonObject activity = create(api, {{QStringLiteral("seconds"), 0}});
    const QString path = FakeApiClient::api(
        QStringLiteral("/activities/%1").arg(activity.value(QStringLiteral("id")).toInteger()));

    const auto refused = api.put(path, {{QStringLiteral("seconds"), 900}});
    QCOMPARE(refused.status, 422);
    QVERIFY(refused.object().contains(QStringLiteral("seconds")));

    // Other fields, and the unchanged seconds, may be sent while it runs.
    const auto description =
        api.put(path, {{QStringLiteral("seconds"), 0},
                       {QStringLiteral("description"), QStringLiteral("läuft")}});
    QCOMPARE(description.status, 200);
    QVERIFY(!description.object().value(QStringLiteral("timer_started_at")).isNull());

    FakeApiClient::advanceClock(m_server, 5 * 60 * 1000 + 10 * 1000);
    const auto accepted =
        api.put(path, {{QStringLiteral("seconds"), 900}, {QStringLiteral("stop_timer"), true}});
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.object().value(QStringLiteral("seconds")).toInteger(), 900);
    QVERIFY(accepted.object().value(QStringLiteral("timer_started_at")).isNull());
}

void TestFakeServerTimers::timersOfDifferentUsersAreIndependent()
{
    FakeApiClient anna = client();
    FakeApiClient joerg = client(FakeServerProcess::colleagueApiKey);
    const QJsonObject mine = create(anna, {{QStringLiteral("seconds"), 0}});
    const QJsonObject theirs = create(joerg, {{QStringLiteral("seconds"), 0}});
    QVERIFY(!mine.value(QStringLiteral("timer_started_at")).isNull());
    QVERIFY(!theirs.value(QStringLiteral("timer_started_at")).isNull());
    // Someone else's timer cannot be stopped.
    QCOMPARE(
        anna.patch(FakeApiClient::api(QStringLiteral("/activities/%1/stop_timer")
                                          .arg(theirs.value(QStringLiteral("id")).toInteger())))
            .status,
        403);
}

void TestFakeServerTimers::startingATimerClocksTheUserIn()
{
    FakeApiClient api = client();
    const QString todaysPresences =
        FakeApiClient::api(QStringLiteral("/users/presences?from=%1&to=%1").arg(today()));
    // Clock out the seeded open presence at 09:00.
    const QJsonArray before = api.get(todaysPresences).array();
    QCOMPARE(before.size(), 1);
    const qint64 seeded = before.first().toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(api.patch(FakeApiClient::api(QStringLiteral("/users/presences/%1").arg(seeded)),
                       {{QStringLiteral("to"), QStringLiteral("09:00")}})
                 .status,
             200);

    create(api, {{QStringLiteral("seconds"), 0}});
    const QJsonArray after = api.get(todaysPresences).array();
    QCOMPARE(after.size(), 2);
    const QJsonObject opened = after.last().toObject();
    QCOMPARE(opened.value(QStringLiteral("from")).toString(), QStringLiteral("10:00"));
    QVERIFY(opened.value(QStringLiteral("to")).isNull());

    // Stopping leaves the presence open.
    const qint64 running =
        api.get(FakeApiClient::api(
                    QStringLiteral("/activities?user_id=%1&from=%2&to=%2&sort_by=id%20desc")
                        .arg(FakeServerProcess::demoUserId)
                        .arg(today())))
            .array()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    QCOMPARE(api.patch(FakeApiClient::api(QStringLiteral("/activities/%1/stop_timer").arg(running)))
                 .status,
             200);
    QVERIFY(
        api.get(todaysPresences).array().last().toObject().value(QStringLiteral("to")).isNull());
}

QTEST_GUILESS_MAIN(TestFakeServerTimers)
#include "tst_fakeservertimers.moc"
