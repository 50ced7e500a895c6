// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTestBed.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/Outbox.h"
#include "core/storage/PresenceCache.h"
#include "core/storage/ProjectCache.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// Delivery of the outbox to a real fake server: nothing lost, nothing twice.
class TestOutboxSender : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void twentyLoggedWhileServerDownArriveOnceAfterRestart();
    void twentyLoggedWhileServerProcessIsGoneArriveOnce();
    void backlogDrainsWithinTheRateLimit();
    void droppedAnswerToAStoredCreateMakesNoDuplicate();
    void crashWhileSendingMakesNoDuplicate();
    void refusedItemKeepsItsMessageAndDoesNotBlockOthers();
    void updateThatLandedBeforeACrashIsNotAConflict();
    void fixedItemIsSentAgain();
    void updateOfOfflineCreatedActivityWaitsForItsCreate();
    void deleteAndTimerReachTheServer();
    void presenceWritesReachTheServer();
    void projectCustomFieldKeepsTheOtherFields();

private:
    ActivityDraft draft(const QString &description, qint64 seconds) const;
    QJsonObject faultFor(const char *method, const char *path, const QJsonObject &fault) const;

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OfflineTestBed> m_bed;
    QDate m_day;
};

void TestOutboxSender::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestOutboxSender::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
    m_server.control("POST", QStringLiteral("/faults/clear"));
    m_server.control("POST", QStringLiteral("/requests/clear"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_bed =
        std::make_unique<OfflineTestBed>(&m_server, m_dir->filePath(QStringLiteral("a.sqlite")));
    m_day = QDate::currentDate().addDays(-2);
}

void TestOutboxSender::cleanup()
{
    m_bed.reset();
    m_dir.reset();
}

ActivityDraft TestOutboxSender::draft(const QString &description, qint64 seconds) const
{
    ActivityDraft d = OfflineTestBed::draft(m_day, seconds, description);
    return d;
}

QJsonObject TestOutboxSender::faultFor(const char *method, const char *path,
                                       const QJsonObject &fault) const
{
    QJsonObject entry = fault;
    entry.insert(QStringLiteral("method"), QLatin1String(method));
    entry.insert(QStringLiteral("path"), QLatin1String(path));
    return entry;
}

void TestOutboxSender::twentyLoggedWhileServerDownArriveOnceAfterRestart()
{
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 2500}}));
    m_bed->sender()->start();
    for (int i = 0; i < 20; ++i)
        QVERIFY(m_bed->changes()->createActivity(
            draft(QStringLiteral("offline #%1").arg(i), 600 + i * 60)));
    QTRY_VERIFY_WITH_TIMEOUT(m_bed->sender()->isOffline(), 5000);
    QCOMPARE(Outbox(m_bed->store()).waitingCount(), 20);

    // The app quits and starts again while MOCO is still away.
    m_bed->recreate();
    QCOMPARE(Outbox(m_bed->store()).waitingCount(), 20);
    m_bed->sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 20000);

    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("offline #"));
    QCOMPARE(onServer.size(), 20);
    QSet<QString> seen;
    for (const QJsonObject &activity : onServer) {
        const QString description = activity.value(QStringLiteral("description")).toString();
        QVERIFY2(!seen.contains(description), qPrintable(description));
        seen.insert(description);
        const int i = description.mid(9).toInt();
        QCOMPARE(activity.value(QStringLiteral("seconds")).toInteger(), 600 + i * 60);
        QCOMPARE(activity.value(QStringLiteral("date")).toString(), m_day.toString(Qt::ISODate));
    }
    // Every local row now knows its server id.
    for (const LocalActivity &row : ActivityCache(m_bed->store()).between(m_day, m_day))
        QVERIFY(row.isOnServer() && !row.pending);
}

void TestOutboxSender::twentyLoggedWhileServerProcessIsGoneArriveOnce()
{
    // The real thing: the server process ends, the app logs work, quits,
    // the server comes back (with its data) and the app starts again.
    QTemporaryDir serverData;
    FakeServerProcess server{{QStringLiteral("--rate"), QStringLiteral("off"),
                              QStringLiteral("--data-dir"), serverData.path()}};
    QVERIFY(server.start());
    OfflineTestBed bed(&server, m_dir->filePath(QStringLiteral("b.sqlite")));
    server.stop();
    for (int i = 0; i < 20; ++i)
        QVERIFY(
            bed.changes()->createActivity(draft(QStringLiteral("gone #%1").arg(i), 300 + i * 60)));
    QTRY_VERIFY_WITH_TIMEOUT(bed.sender()->isOffline(), 5000);
    bed.destroy();

    QVERIFY(server.start());
    bed.recreate(); // the new server listens on a new port: the new client uses it
    QCOMPARE(Outbox(bed.store()).waitingCount(), 20);
    bed.sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(bed.outboxSize(), 0, 20000);
    const QList<QJsonObject> onServer = bed.serverActivities(QStringLiteral("gone #"));
    QCOMPARE(onServer.size(), 20);
    QSet<QString> seen;
    for (const QJsonObject &activity : onServer) {
        const QString description = activity.value(QStringLiteral("description")).toString();
        QVERIFY2(!seen.contains(description), qPrintable(description));
        seen.insert(description);
        QCOMPARE(activity.value(QStringLiteral("seconds")).toInteger(),
                 300 + description.mid(6).toInt() * 60);
    }
}

void TestOutboxSender::backlogDrainsWithinTheRateLimit()
{
    m_server.control("POST", QStringLiteral("/rate"),
                     QJsonDocument(QJsonObject{{QStringLiteral("requests"), 5},
                                               {QStringLiteral("seconds"), 1}}));
    RequestScheduler::Policy policy = m_bed->api()->scheduler()->policy();
    policy.windowRequests = 5;
    policy.window = 1s;
    m_bed->api()->scheduler()->setPolicy(policy);
    QObject::disconnect(m_bed->changes(), nullptr, m_bed->sender(), nullptr);
    for (int i = 0; i < 12; ++i)
        QVERIFY(m_bed->changes()->createActivity(draft(QStringLiteral("backlog #%1").arg(i), 60)));
    m_bed->sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 15000);
    m_server.control("POST", QStringLiteral("/rate"),
                     QJsonDocument(QJsonObject{{QStringLiteral("off"), true}}));

    QCOMPARE(m_bed->serverActivities(QStringLiteral("backlog #")).size(), 12);
    const QJsonArray log = m_server.control("GET", QStringLiteral("/requests"))
                               .object()
                               .value(QStringLiteral("requests"))
                               .toArray();
    for (const QJsonValue &entry : log)
        QVERIFY(entry.toObject().value(QStringLiteral("status")).toInt() != 429);
}

void TestOutboxSender::droppedAnswerToAStoredCreateMakesNoDuplicate()
{
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{
            {QStringLiteral("queue"),
             QJsonArray{faultFor("POST", "/api/v1/activities",
                                 QJsonObject{{QStringLiteral("dropAfterStore"), true}})}}}));
    const qint64 localId =
        m_bed->changes()->createActivity(draft(QStringLiteral("uncertain"), 900));
    QVERIFY(localId);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);

    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("uncertain"));
    QCOMPARE(onServer.size(), 1);
    const std::optional<LocalActivity> row = ActivityCache(m_bed->store()).find(localId);
    QVERIFY(row);
    QCOMPARE(row->activity.id, onServer.first().value(QStringLiteral("id")).toInteger());
}

void TestOutboxSender::crashWhileSendingMakesNoDuplicate()
{
    // The app died after the server stored the create but before the answer
    // was written down: the item is still "sending" in the database.
    QObject::disconnect(m_bed->changes(), nullptr, m_bed->sender(), nullptr);
    const qint64 localId = m_bed->changes()->createActivity(draft(QStringLiteral("crashed"), 300));
    const OutboxItem item = Outbox(m_bed->store()).items().first();
    QVERIFY(Outbox(m_bed->store()).markSending(item.seq, QDateTime::currentDateTimeUtc()));
    bool created = false;
    m_bed->api()->createActivity(draft(QStringLiteral("crashed"), 300), nullptr,
                                 [&created](const ApiResult<Activity> &r) { created = r.ok(); });
    QTRY_VERIFY(created);

    m_bed->recreate();
    m_bed->sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("crashed")).size(), 1);
    QVERIFY(ActivityCache(m_bed->store()).find(localId)->isOnServer());
}

void TestOutboxSender::updateThatLandedBeforeACrashIsNotAConflict()
{
    const qint64 localId = m_bed->changes()->createActivity(draft(QStringLiteral("edit once"), 60));
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    QObject::disconnect(m_bed->changes(), nullptr, m_bed->sender(), nullptr);
    Activity edited = ActivityCache(m_bed->store()).find(localId)->activity;
    edited.seconds = 4500;
    QVERIFY(m_bed->changes()->updateActivity(localId, edited));
    // The PUT reached MOCO, then the app died before writing that down.
    const OutboxItem item = Outbox(m_bed->store()).items().first();
    QVERIFY(Outbox(m_bed->store()).markSending(item.seq, QDateTime::currentDateTimeUtc()));
    ActivityChanges changes;
    changes.seconds = 4500;
    bool updated = false;
    m_bed->api()->updateActivity(edited.id, changes, nullptr,
                                 [&updated](const ApiResult<Activity> &r) { updated = r.ok(); });
    QTRY_VERIFY(updated);

    m_bed->recreate();
    m_bed->sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    const std::optional<LocalActivity> row = ActivityCache(m_bed->store()).find(localId);
    QVERIFY(!row->needsAttention);
    QCOMPARE(row->activity.seconds, 4500);
}

void TestOutboxSender::refusedItemKeepsItsMessageAndDoesNotBlockOthers()
{
    const QString message = QStringLiteral("Projekt ist archiviert");
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{
            {QStringLiteral("queue"),
             QJsonArray{faultFor(
                 "POST", "/api/v1/activities",
                 QJsonObject{{QStringLiteral("status"), 422},
                             {QStringLiteral("body"),
                              QJsonObject{{QStringLiteral("base"), QJsonArray{message}}}}})}}}));
    QSignalSpy attention(m_bed->sender(), &OutboxSender::itemNeedsAttention);
    const qint64 refused = m_bed->changes()->createActivity(draft(QStringLiteral("batch 0"), 60));
    for (int i = 1; i < 4; ++i)
        QVERIFY(m_bed->changes()->createActivity(draft(QStringLiteral("batch %1").arg(i), 60)));
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(m_bed->store()).waitingCount(), 0, 10000);

    QCOMPARE(attention.size(), 1);
    QCOMPARE(Outbox(m_bed->store()).attentionCount(), 1);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("batch ")).size(), 3);
    const std::optional<LocalActivity> row = ActivityCache(m_bed->store()).find(refused);
    QVERIFY(row && row->needsAttention && !row->isOnServer());
    QVERIFY2(row->errorMessage.contains(message), qPrintable(row->errorMessage));
}

void TestOutboxSender::fixedItemIsSentAgain()
{
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{
                         {QStringLiteral("queue"),
                          QJsonArray{faultFor("POST", "/api/v1/activities",
                                              QJsonObject{{QStringLiteral("status"), 422}})}}}));
    const qint64 localId = m_bed->changes()->createActivity(draft(QStringLiteral("to fix"), 60));
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(m_bed->store()).attentionCount(), 1, 10000);
    Activity edited = ActivityCache(m_bed->store()).find(localId)->activity;
    edited.description = QStringLiteral("to fix, fixed");
    QVERIFY(m_bed->changes()->updateActivity(localId, edited));
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("to fix"));
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().value(QStringLiteral("description")).toString(),
             QStringLiteral("to fix, fixed"));
}

void TestOutboxSender::updateOfOfflineCreatedActivityWaitsForItsCreate()
{
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 1500}}));
    // The create is handed to the (unreachable) network, then edited twice.
    const qint64 localId = m_bed->changes()->createActivity(draft(QStringLiteral("dep"), 60));
    QTRY_VERIFY_WITH_TIMEOUT(m_bed->sender()->isOffline(), 5000);
    Activity edited = ActivityCache(m_bed->store()).find(localId)->activity;
    // Make the create look in flight so the edits become their own items.
    const OutboxItem create = Outbox(m_bed->store()).items().first();
    Outbox(m_bed->store()).setState(create.seq, OutboxItem::State::Uncertain);
    edited.seconds = 1800;
    QVERIFY(m_bed->changes()->updateActivity(localId, edited));
    edited.description = QStringLiteral("dep, edited");
    QVERIFY(m_bed->changes()->updateActivity(localId, edited));
    QCOMPARE(m_bed->outboxSize(), 3);

    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 15000);
    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("dep"));
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().value(QStringLiteral("seconds")).toInteger(), 1800);
    QCOMPARE(onServer.first().value(QStringLiteral("description")).toString(),
             QStringLiteral("dep, edited"));
}

void TestOutboxSender::deleteAndTimerReachTheServer()
{
    const QDate today = QDate::currentDate();
    ActivityDraft d = draft(QStringLiteral("timer"), 0);
    d.date = today;
    // 0 s today: MOCO starts its timer (a plain create refuses 0 s).
    const qint64 timer = m_bed->changes()->createRunningActivity(d);
    const qint64 doomed = m_bed->changes()->createActivity(draft(QStringLiteral("doomed"), 60));
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("doomed")).size(), 1);

    QVERIFY(m_bed->changes()->deleteActivity(doomed));
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("doomed")).size(), 0);
    QVERIFY(!ActivityCache(m_bed->store()).find(doomed));

    // A 0-second create of today started its timer, unless another one runs.
    if (ActivityCache(m_bed->store()).find(timer)->activity.isRunning()) {
        QVERIFY(m_bed->changes()->stopTimer(timer));
        QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
        const QList<QJsonObject> timers = m_bed->serverActivities(QStringLiteral("timer"));
        QCOMPARE(timers.size(), 1);
        QVERIFY(timers.first().value(QStringLiteral("timer_started_at")).isNull());
    } else {
        // MOCO allows one running timer: the refusal is kept with its message.
        QVERIFY(m_bed->changes()->startTimer(timer));
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(m_bed->store()).attentionCount(), 1, 10000);
        QVERIFY(ActivityCache(m_bed->store())
                    .find(timer)
                    ->errorMessage.contains(QStringLiteral("already running")));
    }
}

void TestOutboxSender::presenceWritesReachTheServer()
{
    // A Saturday: the seeded data has no presences on weekends.
    QDate day = QDate::currentDate().addDays(-7);
    while (day.dayOfWeek() != 6)
        day = day.addDays(1);
    Presence presence;
    presence.date = day;
    presence.from = QTime(7, 0);
    presence.to = QTime(8, 0);
    const qint64 kept = m_bed->changes()->createPresence(presence);
    presence.from = QTime(12, 0);
    presence.to = QTime(13, 0);
    const qint64 removed = m_bed->changes()->createPresence(presence);
    QVERIFY(kept && removed);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);

    Presence edited = PresenceCache(m_bed->store()).find(kept)->presence;
    QVERIFY(edited.id != 0);
    edited.to = QTime(9, 30);
    QVERIFY(m_bed->changes()->updatePresence(kept, edited));
    QVERIFY(m_bed->changes()->deletePresence(removed));
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);

    const QJsonArray all =
        m_server
            .control(
                "GET",
                QStringLiteral("/state/presences?user_id=%1").arg(FakeServerProcess::demoUserId))
            .object()
            .value(QStringLiteral("presences"))
            .toArray();
    QList<QJsonObject> onDay;
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("date")).toString() == day.toString(Qt::ISODate))
            onDay.append(value.toObject());
    }
    QCOMPARE(onDay.size(), 1);
    QCOMPARE(onDay.first().value(QStringLiteral("from")).toString(), QStringLiteral("07:00"));
    QCOMPARE(onDay.first().value(QStringLiteral("to")).toString(), QStringLiteral("09:30"));
}

void TestOutboxSender::projectCustomFieldKeepsTheOtherFields()
{
    std::optional<Project> project;
    m_bed->api()->fetchProject(OfflineTestBed::projectId, nullptr,
                               [&project](const ApiResult<Project> &r) {
                                   if (r.ok())
                                       project = r.value();
                               });
    QTRY_VERIFY(project);
    std::optional<QList<CustomFieldDefinition>> definitions;
    m_bed->api()->fetchCustomFieldDefinitions(
        QStringLiteral("Project"), nullptr,
        [&definitions](const ApiResult<QList<CustomFieldDefinition>> &r) {
            if (r.ok())
                definitions = r.value();
        });
    QTRY_VERIFY(definitions);
    QString field;
    for (const CustomFieldDefinition &definition : *definitions) {
        if (definition.kind == CustomFieldDefinition::Kind::String && definition.isKnownKind() &&
            !definition.apiOnly)
            field = definition.name;
    }
    QVERIFY(!field.isEmpty());
    QVERIFY(ProjectCache(m_bed->store()).writeProject(*project));
    const CustomFieldValues before = project->customProperties;

    CustomFieldValues change;
    change.setText(field, QStringLiteral("über die Outbox"));
    QVERIFY(m_bed->changes()->updateProjectCustomFields(project->id, change));
    QCOMPARE(ProjectCache(m_bed->store()).project(project->id)->customProperties.text(field),
             QStringLiteral("über die Outbox"));
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);

    std::optional<Project> after;
    m_bed->api()->fetchProject(project->id, nullptr, [&after](const ApiResult<Project> &r) {
        if (r.ok())
            after = r.value();
    });
    QTRY_VERIFY(after);
    QCOMPARE(after->customProperties.text(field), QStringLiteral("über die Outbox"));
    for (const QString &name : before.names()) {
        if (name != field)
            QCOMPARE(after->customProperties.value(name), before.value(name));
    }
}

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
