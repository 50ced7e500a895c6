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

// Reading MOCO into the store: incremental, deletions noticed, and pending
// edits never overwritten without the user's choice.
class TestSyncService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstSyncFillsTheStore();
    void unchangedWeekCostsOneRequestPerResource();
    void serverChangesArriveIncrementally();
    void deletionOnTheServerIsNoticedByTheWindowRead();
    void syncDoesNotDuplicateACreateInDoubt();
    void editedOfflineWhileChangedOnServerIsAConflict();
    void keepMineSendsMyVersion();
    void takeTheirsShowsTheServersVersion();

private:
    QMap<QString, int> apiRequestsByPath();

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<OfflineTestBed> m_bed;
};

void TestSyncService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestSyncService::init()
{
    m_bed = OfflineTestBed::afterReset(&m_server);
    m_server.control("POST", QStringLiteral("/requests/clear"));
}

void TestSyncService::cleanup()
{
    m_bed.reset();
}

QMap<QString, int> TestSyncService::apiRequestsByPath()
{
    QMap<QString, int> counts;
    const QJsonArray requests = m_server.control("GET", QStringLiteral("/requests"))
                                    .object()
                                    .value(QStringLiteral("requests"))
                                    .toArray();
    for (const QJsonValue &value : requests) {
        const QString path = value.toObject().value(QStringLiteral("path")).toString();
        if (path.startsWith(QLatin1String("/api/")))
            ++counts[path];
    }
    return counts;
}

void TestSyncService::firstSyncFillsTheStore()
{
    QVERIFY(m_bed->syncOnce());
    QVERIFY(!ProjectCache(m_bed->store()).projects().isEmpty());
    const QDate today = QDate::currentDate();
    QVERIFY(!ActivityCache(m_bed->store()).between(today, today).isEmpty());
    QVERIFY(!PresenceCache(m_bed->store()).between(today, today).isEmpty());
    QVERIFY(m_bed->sync()->lastSuccessAt().isValid());
}

void TestSyncService::unchangedWeekCostsOneRequestPerResource()
{
    QVERIFY(m_bed->syncOnce());
    m_server.control("POST", QStringLiteral("/requests/clear"));
    QVERIFY(m_bed->syncOnce());
    const QMap<QString, int> counts = apiRequestsByPath();
    QCOMPARE(counts.value(QStringLiteral("/api/v1/activities")), 1);
    QCOMPARE(counts.value(QStringLiteral("/api/v1/projects/assigned")), 1);
    QCOMPARE(counts.value(QStringLiteral("/api/v1/users/presences")), 1);
    QCOMPARE(counts.value(QStringLiteral("/api/v1/account/custom_properties")), 1);
    int total = 0;
    for (int n : counts)
        total += n;
    QCOMPARE(total, 4);
}

void TestSyncService::serverChangesArriveIncrementally()
{
    QVERIFY(m_bed->syncOnce());
    const std::optional<LocalActivity> row = m_bed->someCachedActivity();
    QVERIFY(row);
    QVERIFY(m_bed->changeOnServer(row->activity.id, QStringLiteral("changed elsewhere")));
    QVERIFY(m_bed->syncOnce());
    QCOMPARE(ActivityCache(m_bed->store()).find(row->localId)->activity.description,
             QStringLiteral("changed elsewhere"));
}

void TestSyncService::deletionOnTheServerIsNoticedByTheWindowRead()
{
    QVERIFY(m_bed->syncOnce());
    const std::optional<LocalActivity> row = m_bed->someCachedActivity();
    QVERIFY(row);
    QVERIFY(m_bed->deleteOnServer(row->activity.id));
    QVERIFY(m_bed->syncOnce()); // incremental only: the API does not report deletions
    QVERIFY(ActivityCache(m_bed->store()).find(row->localId));
    m_bed->sync()->requestWindowRead();
    QVERIFY(m_bed->syncOnce());
    QVERIFY(!ActivityCache(m_bed->store()).find(row->localId));
}

void TestSyncService::syncDoesNotDuplicateACreateInDoubt()
{
    QVERIFY(m_bed->syncOnce());
    QObject::disconnect(m_bed->changes(), nullptr, m_bed->sender(), nullptr);
    ActivityDraft draft =
        OfflineTestBed::draft(QDate::currentDate().addDays(-1), 780, QStringLiteral("in doubt"));
    const qint64 localId = m_bed->changes()->createActivity(draft);
    // Its POST reached MOCO, the answer did not reach us.
    const OutboxItem item = Outbox(m_bed->store()).items().first();
    QVERIFY(Outbox(m_bed->store()).markSending(item.seq, QDateTime::currentDateTimeUtc()));
    QVERIFY(Outbox(m_bed->store()).setState(item.seq, OutboxItem::State::Uncertain));
    bool created = false;
    m_bed->api()->createActivity(draft, nullptr,
                                 [&created](const ApiResult<Activity> &r) { created = r.ok(); });
    QTRY_VERIFY(created);

    const auto rowsInDoubt = [this, &draft] {
        int n = 0;
        for (const LocalActivity &row :
             ActivityCache(m_bed->store()).between(draft.date, draft.date))
            n += row.activity.description == draft.description ? 1 : 0;
        return n;
    };
    m_bed->sync()->requestWindowRead();
    QVERIFY(m_bed->syncOnce());
    QCOMPARE(rowsInDoubt(), 1); // not shown twice while in doubt
    m_bed->sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 5000);
    QVERIFY(ActivityCache(m_bed->store()).find(localId)->isOnServer());
    m_bed->sync()->requestWindowRead();
    QVERIFY(m_bed->syncOnce());
    QCOMPARE(rowsInDoubt(), 1);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("in doubt")).size(), 1);
}

void TestSyncService::editedOfflineWhileChangedOnServerIsAConflict()
{
    QVERIFY(m_bed->syncOnce());
    std::optional<LocalActivity> row = m_bed->someCachedActivity();
    QVERIFY(row);
    // Edited locally (the sender is not running: offline) …
    QObject::disconnect(m_bed->changes(), nullptr, m_bed->sender(), nullptr);
    Activity mine = row->activity;
    mine.description = QStringLiteral("mine");
    QVERIFY(m_bed->changes()->updateActivity(row->localId, mine));
    // … while someone changed it on the server.
    QVERIFY(m_bed->changeOnServer(row->activity.id, QStringLiteral("theirs")));

    QVERIFY(m_bed->syncOnce());
    row = ActivityCache(m_bed->store()).find(row->localId);
    QCOMPARE(row->activity.description, QStringLiteral("mine"));
    QVERIFY(row->server);
    QCOMPARE(row->server->description, QStringLiteral("theirs"));
    QVERIFY(row->needsAttention);

    m_bed->sender()->start();
    QTRY_VERIFY_WITH_TIMEOUT(!m_bed->sender()->isBusy(), 5000);
    QTest::qWait(200);
    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("theirs"));
    QCOMPARE(onServer.size(), 1); // not overwritten
    QCOMPARE(Outbox(m_bed->store()).attentionCount(), 1);
}

void TestSyncService::keepMineSendsMyVersion()
{
    QVERIFY(m_bed->syncOnce());
    const std::optional<LocalActivity> row = m_bed->someCachedActivity();
    QVERIFY(row);
    // The sender finds the conflict itself, by reading before it writes.
    QVERIFY(m_bed->changeOnServer(row->activity.id, QStringLiteral("theirs")));
    Activity mine = row->activity;
    mine.description = QStringLiteral("mine");
    QSignalSpy attention(m_bed->sender(), &OutboxSender::itemNeedsAttention);
    QVERIFY(m_bed->changes()->updateActivity(row->localId, mine));
    QTRY_COMPARE_WITH_TIMEOUT(attention.size(), 1, 5000);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("theirs")).size(), 1);
    QCOMPARE(ActivityCache(m_bed->store()).find(row->localId)->server->description,
             QStringLiteral("theirs"));

    QVERIFY(m_bed->changes()->keepMine(row->localId));
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 5000);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("mine")).size(), 1);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("theirs")).size(), 0);
}

void TestSyncService::takeTheirsShowsTheServersVersion()
{
    QVERIFY(m_bed->syncOnce());
    const std::optional<LocalActivity> row = m_bed->someCachedActivity();
    QVERIFY(row);
    QVERIFY(m_bed->changeOnServer(row->activity.id, QStringLiteral("theirs")));
    Activity mine = row->activity;
    mine.description = QStringLiteral("mine");
    QVERIFY(m_bed->changes()->updateActivity(row->localId, mine));
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(m_bed->store()).attentionCount(), 1, 5000);

    QVERIFY(m_bed->changes()->takeTheirs(row->localId));
    QCOMPARE(m_bed->outboxSize(), 0);
    QCOMPARE(ActivityCache(m_bed->store()).find(row->localId)->activity.description,
             QStringLiteral("theirs"));
    QCOMPARE(m_bed->serverActivities(QStringLiteral("mine")).size(), 0);
}

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
