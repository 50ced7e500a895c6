// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTestBed.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/Outbox.h"
#include "support/FakeServerProcess.h"
#include "support/ShiftedClock.h"
#include "support/TestApi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr qint64 projectId = OfflineTestBed::projectId;
constexpr qint64 taskId = OfflineTestBed::taskId;
constexpr qint64 otherTaskId = 3200000002;

} // namespace

// The timer as the window and the tray use it, against the fake server over
// real HTTP and a real SQLite store: what MOCO ends up with is what counts.
class TestTimerService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startNewRunsOneTimerOnTheServer();
    void startingAnotherStopsTheFirstOnTheServerFirst();
    void stopBooksTheElapsedWholeMinutes();
    void startOfTodaysActivityStopsTheRunningOne();
    void billedAndFutureActivitiesCannotStart();
    void continueFromYesterdayCreatesANewActivityToday();
    void aTimerStartedOnTheServerAppearsAfterASync();
    void twoRunningInTheStoreAreBothStopped();
    void offlineStartReachesTheServerWithItsTime();
    void lateTimerCreateWithALostAnswerIsNotDuplicated();
    void offlineStartAndStopGoOutAsOneCreate();
    void lateStopBooksTheLocallyComputedTime();
    void lateStartBooksTheTimeSinceTheClick();
    void offlineStartAndInstantStopLeaveNoTimerRunning();
    void todaySecondsCountTheRunningTimer();
    void recentEntriesAreDistinctAndMostRecentFirst();
    void reloadSignalsOnlyRealChanges();

private:
    void waitUntilDelivered();
    QStringList timerRequests();
    qint64 addLocal(const QDate &date, qint64 seconds, const QString &description,
                    qint64 task = taskId);
    QDate today() const { return m_timer->today(); }

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    ShiftedClock m_clock{&m_server};
    std::unique_ptr<OfflineTestBed> m_bed;
    TimerService *m_timer = nullptr;
};

void TestTimerService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestTimerService::init()
{
    // A fresh server history (no timer runs there) and a fresh store.
    m_clock.reset();
    m_bed = OfflineTestBed::afterReset(&m_server, {&m_clock, 3, true});
    m_timer = m_bed->timer();
    m_server.control("POST", QStringLiteral("/requests/clear"));
}

void TestTimerService::cleanup()
{
    m_timer = nullptr;
    m_bed.reset();
}

void TestTimerService::waitUntilDelivered()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
}

// "POST create", "PATCH update <id>", "PATCH start_timer <id>", … in order.
QStringList TestTimerService::timerRequests()
{
    QStringList seen;
    const QJsonDocument log = m_server.control("GET", QStringLiteral("/requests"));
    for (const QJsonValue &value : log.object().value(QStringLiteral("requests")).toArray()) {
        const QJsonObject request = value.toObject();
        const QString method = request.value(QStringLiteral("method")).toString();
        const QStringList path =
            request.value(QStringLiteral("path")).toString().split(QLatin1Char('/'));
        if (method == QLatin1String("GET") || !path.contains(QStringLiteral("activities")) ||
            request.value(QStringLiteral("status")).toInt() != 200)
            continue;
        if (method == QLatin1String("POST"))
            seen.append(QStringLiteral("POST create"));
        else if (path.last() == QLatin1String("start_timer") ||
                 path.last() == QLatin1String("stop_timer"))
            seen.append(method + QLatin1Char(' ') + path.last() + QLatin1Char(' ') +
                        path.at(path.size() - 2));
        else
            seen.append(method + QStringLiteral(" update ") + path.last());
    }
    return seen;
}

qint64 TestTimerService::addLocal(const QDate &date, qint64 seconds, const QString &description,
                                  qint64 task)
{
    return m_bed->changes()->createActivity(
        OfflineTestBed::draft(date, seconds, description, task));
}

void TestTimerService::startNewRunsOneTimerOnTheServer()
{
    QSignalSpy runningChanged(m_timer, &TimerService::runningChanged);
    const qint64 localId = m_timer->startNew({projectId, taskId}, QStringLiteral("tst new"));
    QVERIFY(localId);
    // Running at once, before MOCO has answered.
    QVERIFY(m_timer->running());
    QCOMPARE(m_timer->running()->localId, localId);
    QVERIFY(runningChanged.count() >= 1);
    // One create and no start_timer: MOCO starts a 0-second create of today
    // by itself, a second start would be refused.
    const QList<OutboxItem> items = Outbox(m_bed->store()).items();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, OutboxItem::Kind::CreateActivity);

    waitUntilDelivered();
    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("tst new"));
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().value(QStringLiteral("date")).toString(),
             today().toString(Qt::ISODate));
    QVERIFY(!onServer.first().value(QStringLiteral("timer_started_at")).isNull());
    QCOMPARE(timerRequests(), QStringList{QStringLiteral("POST create")});
    // The row now carries MOCO's id and MOCO's start.
    const std::optional<LocalActivity> running = m_timer->running();
    QVERIFY(running);
    QCOMPARE(running->localId, localId);
    QCOMPARE(running->activity.id, onServer.first().value(QStringLiteral("id")).toInteger());
    QCOMPARE(running->activity.timerStartedAt->toString(Qt::ISODate),
             onServer.first().value(QStringLiteral("timer_started_at")).toString());
}

void TestTimerService::startingAnotherStopsTheFirstOnTheServerFirst()
{
    const qint64 first = m_timer->startNew({projectId, taskId}, QStringLiteral("tst first"));
    waitUntilDelivered();
    m_clock.advance(5min);
    const qint64 second = m_timer->startNew({projectId, otherTaskId}, QStringLiteral("tst second"));
    QVERIFY(first && second && first != second);
    QCOMPARE(m_timer->running()->localId, second);
    QVERIFY(!ActivityCache(m_bed->store()).find(first)->activity.isRunning());
    waitUntilDelivered();

    const QJsonObject one = m_bed->serverActivities(QStringLiteral("tst first")).value(0);
    const QJsonObject two = m_bed->serverActivities(QStringLiteral("tst second")).value(0);
    QVERIFY(one.value(QStringLiteral("timer_started_at")).isNull());
    QCOMPARE(one.value(QStringLiteral("seconds")).toInteger(), 300);
    QVERIFY(!two.value(QStringLiteral("timer_started_at")).isNull());
    // The explicit stop reached MOCO before the second timer's create.
    const QString firstId = QString::number(one.value(QStringLiteral("id")).toInteger());
    QCOMPARE(timerRequests(), (QStringList{QStringLiteral("POST create"),
                                           QStringLiteral("PATCH stop_timer ") + firstId,
                                           QStringLiteral("POST create")}));
}

void TestTimerService::stopBooksTheElapsedWholeMinutes()
{
    QVERIFY(!m_timer->stop()); // nothing runs
    const qint64 localId = m_timer->startNew({projectId, taskId}, QStringLiteral("tst stop"));
    waitUntilDelivered();
    m_clock.advance(10min + 20s);
    // MOCO's start has whole seconds; the test itself takes a moment.
    QVERIFY(m_timer->elapsedSeconds() >= 620 && m_timer->elapsedSeconds() < 630);
    QVERIFY(m_timer->stop());
    QVERIFY(!m_timer->running());
    QCOMPARE(m_timer->elapsedSeconds(), 0);
    // Shown at once as MOCO will book it: whole minutes.
    QCOMPARE(ActivityCache(m_bed->store()).find(localId)->activity.seconds, 600);
    waitUntilDelivered();
    const QJsonObject onServer = m_bed->serverActivities(QStringLiteral("tst stop")).value(0);
    QVERIFY(onServer.value(QStringLiteral("timer_started_at")).isNull());
    QCOMPARE(onServer.value(QStringLiteral("seconds")).toInteger(), 600);
    const std::optional<LocalActivity> row = ActivityCache(m_bed->store()).find(localId);
    QCOMPARE(row->activity.seconds, 600);
    QVERIFY(!row->pending);
}

void TestTimerService::startOfTodaysActivityStopsTheRunningOne()
{
    const qint64 logged = addLocal(today(), 1800, QStringLiteral("tst logged"));
    const qint64 running = m_timer->startNew({projectId, taskId}, QStringLiteral("tst running"));
    waitUntilDelivered();
    m_clock.advance(2min);
    QCOMPARE(m_timer->start(logged), logged);
    QCOMPARE(m_timer->running()->localId, logged);
    QVERIFY(!ActivityCache(m_bed->store()).find(running)->activity.isRunning());
    // Starting it again changes nothing.
    QCOMPARE(m_timer->start(logged), logged);
    waitUntilDelivered();
    QVERIFY(!m_bed->serverActivities(QStringLiteral("tst logged"))
                 .value(0)
                 .value(QStringLiteral("timer_started_at"))
                 .isNull());
    const QJsonObject stopped = m_bed->serverActivities(QStringLiteral("tst running")).value(0);
    QVERIFY(stopped.value(QStringLiteral("timer_started_at")).isNull());
    QCOMPARE(stopped.value(QStringLiteral("seconds")).toInteger(), 120);
    const QStringList requests = timerRequests();
    QCOMPARE(requests.size(), 4);
    QVERIFY(requests.at(2).startsWith(QStringLiteral("PATCH stop_timer")));
    QVERIFY(requests.at(3).startsWith(QStringLiteral("PATCH start_timer")));
}

void TestTimerService::billedAndFutureActivitiesCannotStart()
{
    Activity billed;
    billed.date = today();
    billed.seconds = 3600;
    billed.billed = true;
    billed.project.id = projectId;
    billed.task.id = taskId;
    billed.description = QStringLiteral("tst billed");
    const qint64 billedId = ActivityCache(m_bed->store()).insertLocal(billed);
    QVERIFY(billedId);
    QCOMPARE(m_timer->start(billedId), 0);
    const qint64 tomorrow = addLocal(today().addDays(1), 600, QStringLiteral("tst tomorrow"));
    QCOMPARE(m_timer->start(tomorrow), 0);
    QCOMPARE(m_timer->start(987654), 0);
    QVERIFY(!m_timer->running());
    QCOMPARE(m_timer->startNew({0, 0}, QStringLiteral("nothing picked")), 0);
}

void TestTimerService::continueFromYesterdayCreatesANewActivityToday()
{
    ActivityDraft draft;
    draft.date = today().addDays(-1);
    draft.projectId = projectId;
    draft.taskId = taskId;
    draft.seconds = 1800;
    draft.description = QStringLiteral("tst yesterday");
    draft.billable = false;
    const qint64 yesterday = m_bed->changes()->createActivity(draft);
    waitUntilDelivered();
    m_server.control("POST", QStringLiteral("/requests/clear"));

    // ▶ on a past day's row continues it.
    const qint64 continued = m_timer->start(yesterday);
    QVERIFY(continued && continued != yesterday);
    QCOMPARE(m_timer->running()->localId, continued);
    waitUntilDelivered();

    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("tst yesterday"));
    QCOMPARE(onServer.size(), 2);
    for (const QJsonObject &activity : onServer) {
        QCOMPARE(activity.value(QStringLiteral("project")).toObject().value("id").toInteger(),
                 projectId);
        QCOMPARE(activity.value(QStringLiteral("task")).toObject().value("id").toInteger(), taskId);
        QCOMPARE(activity.value(QStringLiteral("billable")).toBool(), false);
        if (activity.value(QStringLiteral("date")).toString() == today().toString(Qt::ISODate)) {
            QVERIFY(!activity.value(QStringLiteral("timer_started_at")).isNull());
        } else {
            QCOMPARE(activity.value(QStringLiteral("date")).toString(),
                     today().addDays(-1).toString(Qt::ISODate));
            QCOMPARE(activity.value(QStringLiteral("seconds")).toInteger(), 1800);
            QVERIFY(activity.value(QStringLiteral("timer_started_at")).isNull());
        }
    }
    // Yesterday's activity was not touched.
    QCOMPARE(timerRequests(), QStringList{QStringLiteral("POST create")});
}

void TestTimerService::aTimerStartedOnTheServerAppearsAfterASync()
{
    // The MOCO web app (same user, another client) starts a timer.
    ApiClient web(&m_clock);
    TestApi::useDemoAccount(&web, m_server);
    ActivityDraft draft;
    draft.date = today();
    draft.projectId = projectId;
    draft.taskId = taskId;
    draft.description = QStringLiteral("tst from the web");
    bool done = false;
    web.createActivity(draft, this, [&done](const ApiResult<Activity> &result) {
        QVERIFY(result.ok());
        QVERIFY(result.value().isRunning());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(!m_timer->running());

    QSignalSpy runningChanged(m_timer, &TimerService::runningChanged);
    QSignalSpy synced(m_bed->sync(), &SyncService::finished);
    m_bed->sync()->syncNow();
    QVERIFY(synced.wait(10000));
    QVERIFY(synced.first().first().toBool());
    QVERIFY(m_timer->running());
    QCOMPARE(m_timer->running()->activity.description, QStringLiteral("tst from the web"));
    QCOMPARE(runningChanged.count(), 1);

    // And stopped there: gone here after the next sync.
    const qint64 id = m_timer->running()->activity.id;
    done = false;
    web.stopTimer(id, this, [&done](const ApiResult<Activity> &result) {
        QVERIFY(result.ok());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    synced.clear();
    m_bed->sync()->syncNow();
    QVERIFY(synced.wait(10000));
    QVERIFY(!m_timer->running());
    QCOMPARE(runningChanged.count(), 2);
}

void TestTimerService::twoRunningInTheStoreAreBothStopped()
{
    // A sync brought one from the web app while one ran here.
    Activity running;
    running.date = today();
    running.project.id = projectId;
    running.task.id = taskId;
    running.description = QStringLiteral("tst one");
    running.timerStartedAt = m_clock.utcNow().addSecs(-600);
    const qint64 one = ActivityCache(m_bed->store()).insertLocal(running);
    running.description = QStringLiteral("tst two");
    running.timerStartedAt = m_clock.utcNow().addSecs(-60);
    const qint64 two = ActivityCache(m_bed->store()).insertLocal(running);
    m_timer->reload();
    // The most recently started one is shown.
    QCOMPARE(m_timer->running()->localId, two);

    const qint64 third = m_timer->startNew({projectId, taskId}, QStringLiteral("tst three"));
    QVERIFY(!ActivityCache(m_bed->store()).find(one)->activity.isRunning());
    QVERIFY(!ActivityCache(m_bed->store()).find(two)->activity.isRunning());
    QCOMPARE(m_timer->running()->localId, third);
    QCOMPARE(ActivityCache(m_bed->store()).find(one)->activity.seconds, 600);

    // stop() stops every running one, too.
    running.description = QStringLiteral("tst four");
    ActivityCache(m_bed->store()).insertLocal(running);
    m_timer->reload();
    QVERIFY(m_timer->stop());
    m_timer->reload();
    QVERIFY(!m_timer->running());
}

void TestTimerService::offlineStartReachesTheServerWithItsTime()
{
    OutboxSender::Policy policy;
    policy.retryStart = 100ms;
    policy.retryCap = 400ms;
    policy.offlineRetryCap = 400ms;
    policy.settleSchedule = {std::chrono::milliseconds(300), std::chrono::milliseconds(900)};
    policy.lateTimerSlack = 1s;
    m_bed->sender()->setPolicy(policy);
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 2500}}));
    const qint64 localId = m_timer->startNew({projectId, taskId}, QStringLiteral("tst offline"));
    QVERIFY(localId);
    QTRY_VERIFY_WITH_TIMEOUT(m_bed->sender()->isOffline(), 5000);
    QVERIFY(m_timer->running());
    const QDateTime startedHere = *m_timer->running()->activity.timerStartedAt;

    waitUntilDelivered();
    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("tst offline"));
    QCOMPARE(onServer.size(), 1);
    // MOCO learnt of the timer late: the time before is booked, and it runs.
    QVERIFY(!onServer.first().value(QStringLiteral("timer_started_at")).isNull());
    const qint64 booked = onServer.first().value(QStringLiteral("seconds")).toInteger();
    QVERIFY2(booked >= 2, qPrintable(QString::number(booked)));
    QCOMPARE(timerRequests().size(), 2);
    QVERIFY(timerRequests().at(1).startsWith(QStringLiteral("PATCH start_timer")));
    // The elapsed time still counts from the click here.
    const qint64 sinceClick = startedHere.secsTo(m_clock.utcNow());
    QVERIFY(qAbs(m_timer->elapsedSeconds() - sinceClick) <= 2);

    // Restarted app: the same timer, no duplicate.
    m_timer->reload();
    QCOMPARE(m_timer->running()->localId, localId);
}

void TestTimerService::lateTimerCreateWithALostAnswerIsNotDuplicated()
{
    OutboxSender::Policy policy;
    policy.retryStart = 100ms;
    policy.retryCap = 400ms;
    policy.offlineRetryCap = 400ms;
    policy.settleSchedule = {std::chrono::milliseconds(300), std::chrono::milliseconds(900)};
    policy.lateTimerSlack = 1s;
    m_bed->sender()->setPolicy(policy);
    // Offline first; then MOCO stores the late create but its answer is lost.
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{
            {QStringLiteral("queue"),
             QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                    {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                                    {QStringLiteral("dropAfterStore"), true}}}},
            {QStringLiteral("downMs"), 2000}}));
    const qint64 localId = m_timer->startNew({projectId, taskId}, QStringLiteral("tst lost"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bed->sender()->isOffline(), 5000);
    waitUntilDelivered();
    // The re-read found it (it went out with seconds, not 0): one activity,
    // started explicitly, linked to the row that runs here.
    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("tst lost"));
    QCOMPARE(onServer.size(), 1);
    QVERIFY(onServer.first().value(QStringLiteral("seconds")).toInteger() >= 2);
    QVERIFY(!onServer.first().value(QStringLiteral("timer_started_at")).isNull());
    QCOMPARE(m_timer->running()->localId, localId);
    QCOMPARE(m_timer->running()->activity.id,
             onServer.first().value(QStringLiteral("id")).toInteger());
}

void TestTimerService::offlineStartAndStopGoOutAsOneCreate()
{
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 1500}}));
    const qint64 localId = m_timer->startNew({projectId, taskId}, QStringLiteral("tst folded"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bed->sender()->isOffline(), 5000);
    // Only the local clock: no event loop may run (and resend) before stop().
    m_clock.advanceHereOnly(25min);
    QVERIFY(m_timer->stop());
    // The stop is folded into the create that has not gone out.
    const QList<OutboxItem> items = Outbox(m_bed->store()).items();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, OutboxItem::Kind::CreateActivity);
    waitUntilDelivered();
    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("tst folded"));
    QCOMPARE(onServer.size(), 1);
    QVERIFY(onServer.first().value(QStringLiteral("timer_started_at")).isNull());
    QCOMPARE(onServer.first().value(QStringLiteral("seconds")).toInteger(), 25 * 60);
    QCOMPARE(ActivityCache(m_bed->store()).find(localId)->activity.seconds, 25 * 60);
}

void TestTimerService::lateStopBooksTheLocallyComputedTime()
{
    const qint64 localId = m_timer->startNew({projectId, taskId}, QStringLiteral("tst late"));
    waitUntilDelivered();
    m_clock.advance(30min);
    // MOCO cannot be reached when the user stops; it hears of the stop 40
    // minutes later, and must not count those.
    QJsonArray failures;
    for (int i = 0; i < 6; ++i)
        failures.append(
            QJsonObject{{QStringLiteral("status"), 503},
                        {QStringLiteral("path"), QStringLiteral("/api/v1/activities")}});
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("queue"), failures}}));
    QVERIFY(m_timer->stop());
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->sender()->lastServerError().httpStatus, 503, 5000);
    m_clock.advance(40min);
    waitUntilDelivered();
    const QJsonObject onServer = m_bed->serverActivities(QStringLiteral("tst late")).value(0);
    QVERIFY(onServer.value(QStringLiteral("timer_started_at")).isNull());
    QCOMPARE(onServer.value(QStringLiteral("seconds")).toInteger(), 30 * 60);
    QCOMPARE(ActivityCache(m_bed->store()).find(localId)->activity.seconds, 30 * 60);
}

void TestTimerService::lateStartBooksTheTimeSinceTheClick()
{
    const qint64 localId = addLocal(today(), 600, QStringLiteral("tst late start"));
    waitUntilDelivered();
    QJsonArray failures;
    for (int i = 0; i < 6; ++i)
        failures.append(
            QJsonObject{{QStringLiteral("status"), 503},
                        {QStringLiteral("path"), QStringLiteral("/api/v1/activities")}});
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("queue"), failures}}));
    m_server.control("POST", QStringLiteral("/requests/clear"));
    QCOMPARE(m_timer->start(localId), localId);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->sender()->lastServerError().httpStatus, 503, 5000);
    m_clock.advance(20min);
    waitUntilDelivered();
    const QJsonObject onServer = m_bed->serverActivities(QStringLiteral("tst late start")).value(0);
    QVERIFY(!onServer.value(QStringLiteral("timer_started_at")).isNull());
    // The 20 minutes MOCO did not hear of are booked before the start.
    const qint64 booked = onServer.value(QStringLiteral("seconds")).toInteger();
    QVERIFY2(booked >= 600 + 1200 && booked < 600 + 1200 + 10, qPrintable(QString::number(booked)));
    const QString id = QString::number(onServer.value(QStringLiteral("id")).toInteger());
    QCOMPARE(timerRequests(), (QStringList{QStringLiteral("PUT update ") + id,
                                           QStringLiteral("PATCH start_timer ") + id}));
    QVERIFY(m_timer->elapsedSeconds() >= 1800 && m_timer->elapsedSeconds() < 1810);
}

void TestTimerService::offlineStartAndInstantStopLeaveNoTimerRunning()
{
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 1000}}));
    const qint64 localId = m_timer->startNew({projectId, taskId}, QStringLiteral("tst instant"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bed->sender()->isOffline(), 5000);
    // Under half a minute: 0 seconds, which cannot be folded into the create
    // (a 0-second create of today starts a timer), so the stop follows it.
    QVERIFY(m_timer->stop());
    QCOMPARE(Outbox(m_bed->store()).items().size(), 2);
    waitUntilDelivered();
    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("tst instant"));
    QCOMPARE(onServer.size(), 1);
    QVERIFY(onServer.first().value(QStringLiteral("timer_started_at")).isNull());
    QCOMPARE(onServer.first().value(QStringLiteral("seconds")).toInteger(), 0);
    QVERIFY(!ActivityCache(m_bed->store()).find(localId)->activity.isRunning());
}

void TestTimerService::todaySecondsCountTheRunningTimer()
{
    QSignalSpy todayChanged(m_timer, &TimerService::todayChanged);
    addLocal(today(), 1800, QStringLiteral("tst half hour"));
    addLocal(today().addDays(-1), 3600, QStringLiteral("tst other day"));
    m_timer->reload();
    QCOMPARE(todayChanged.count(), 1);
    QCOMPARE(m_timer->todaySeconds(), 1800);
    waitUntilDelivered();
    todayChanged.clear();
    m_timer->startNew({projectId, taskId}, QStringLiteral("tst counting"));
    QCOMPARE(todayChanged.count(), 1);
    waitUntilDelivered();
    m_clock.advance(3min);
    // MOCO's start has whole seconds; the test itself takes a moment.
    QVERIFY(m_timer->elapsedSeconds() >= 180 && m_timer->elapsedSeconds() <= 182);
    QCOMPARE(m_timer->todaySeconds(), 1800 + m_timer->elapsedSeconds());
    // Time passing is no change of the total: no signal each second.
    todayChanged.clear();
    m_timer->reload();
    QCOMPARE(todayChanged.count(), 0);
}

void TestTimerService::recentEntriesAreDistinctAndMostRecentFirst()
{
    addLocal(today().addDays(-20), 600, QStringLiteral("tst too old"));
    addLocal(today().addDays(-3), 600, QStringLiteral("tst a"));
    addLocal(today().addDays(-2), 600, QStringLiteral("tst b"));
    addLocal(today().addDays(-1), 600, QStringLiteral("tst a"));
    addLocal(today().addDays(-1), 600, QStringLiteral("tst a"), otherTaskId);
    const qint64 latestC = addLocal(today(), 600, QStringLiteral("tst c"));
    const QList<RecentEntry> entries = m_timer->recentEntries(10);
    QStringList seen;
    for (const RecentEntry &entry : entries)
        seen.append(entry.description + QLatin1Char('/') + QString::number(entry.taskId));
    QCOMPARE(seen,
             (QStringList{QStringLiteral("tst c/3200000001"), QStringLiteral("tst a/3200000002"),
                          QStringLiteral("tst a/3200000001"), QStringLiteral("tst b/3200000001")}));
    QCOMPARE(entries.first().lastLocalId, latestC);
    QCOMPARE(entries.first().projectId, projectId);
    QCOMPARE(m_timer->recentEntries(2).size(), 2);

    // The running combination is not offered again.
    QVERIFY(m_timer->start(latestC));
    const QList<RecentEntry> whileRunning = m_timer->recentEntries(10);
    QCOMPARE(whileRunning.size(), 3);
    QCOMPARE(whileRunning.first().description, QStringLiteral("tst a"));
    waitUntilDelivered();
}

void TestTimerService::reloadSignalsOnlyRealChanges()
{
    QSignalSpy runningChanged(m_timer, &TimerService::runningChanged);
    QSignalSpy todayChanged(m_timer, &TimerService::todayChanged);
    m_timer->reload();
    m_timer->reload();
    QCOMPARE(runningChanged.count(), 0);
    QCOMPARE(todayChanged.count(), 0);
    m_timer->startNew({projectId, taskId}, QStringLiteral("tst signals"));
    QCOMPARE(runningChanged.count(), 1);
    m_timer->reload();
    QCOMPARE(runningChanged.count(), 1);
    m_timer->stop();
    QCOMPARE(runningChanged.count(), 2);
    waitUntilDelivered();
}

QTEST_GUILESS_MAIN(TestTimerService)
#include "tst_timerservice.moc"
