// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/StoreTransaction.h"
#include "support/FakeClock.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// Local changes: shown at once, queued in the same transaction, in order.
class TestLocalChanges : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void createShowsAtOnceAndQueuesOneItem();
    void localChangeAndOutboxEntryCommitTogether();
    void editOfUnsentCreateTravelsWithTheCreate();
    void deleteOfUnsentCreateLeavesNothing();
    void editOfServerActivityIsQueuedWithItsBase();
    void refusedItemHoldsBackOnlyItsOwnRecord();
    void timerStartAndStopAreQueuedInOrder();
    void discardShowsTheServerVersionAgain();

private:
    ActivityDraft draft(const QString &description) const;
    qint64 cachedServerActivity(const QString &description);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<LocalChanges> m_changes;
};

void TestLocalChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->filePath(QStringLiteral("a.sqlite")));
    QVERIFY(m_store->open());
    m_clock = std::make_unique<FakeClock>();
    m_changes = std::make_unique<LocalChanges>(m_store.get(), m_clock.get());
}

void TestLocalChanges::cleanup()
{
    m_changes.reset();
    m_store.reset();
    m_dir.reset();
}

ActivityDraft TestLocalChanges::draft(const QString &description) const
{
    ActivityDraft d;
    d.date = QDate(2026, 11, 26);
    d.projectId = 1;
    d.taskId = 2;
    d.seconds = 900;
    d.description = description;
    return d;
}

qint64 TestLocalChanges::cachedServerActivity(const QString &description)
{
    Activity server;
    server.id = 500;
    server.date = QDate(2026, 11, 26);
    server.project.id = 1;
    server.task.id = 2;
    server.seconds = 600;
    server.description = description;
    server.updatedAt = QDateTime(QDate(2026, 11, 26), QTime(8, 0), QTimeZone::utc());
    return ActivityCache(m_store.get()).insertLocal(server);
}

void TestLocalChanges::createShowsAtOnceAndQueuesOneItem()
{
    QSignalSpy changed(m_changes.get(), &LocalChanges::changed);
    const qint64 localId = m_changes->createActivity(draft(QStringLiteral("new")));
    QVERIFY(localId > 0);
    QCOMPARE(changed.size(), 1);
    const std::optional<LocalActivity> row = ActivityCache(m_store.get()).find(localId);
    QVERIFY(row && row->pending && !row->isOnServer());
    QCOMPARE(row->activity.description, QStringLiteral("new"));
    const QList<OutboxItem> items = Outbox(m_store.get()).items();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, OutboxItem::Kind::CreateActivity);
    QCOMPARE(items.first().localId, localId);
}

void TestLocalChanges::localChangeAndOutboxEntryCommitTogether()
{
    // The outbox refuses the entry: the optimistic row must not stay either.
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON outbox BEGIN "
                                      "SELECT RAISE(ABORT, 'disk full'); END")));
    QCOMPARE(m_changes->createActivity(draft(QStringLiteral("lost?"))), 0);
    QCOMPARE(ActivityCache(m_store.get()).count(), 0);
    QCOMPARE(Outbox(m_store.get()).items().size(), 0);
}

void TestLocalChanges::editOfUnsentCreateTravelsWithTheCreate()
{
    const qint64 localId = m_changes->createActivity(draft(QStringLiteral("first")));
    Activity edited = ActivityCache(m_store.get()).find(localId)->activity;
    edited.description = QStringLiteral("second");
    QVERIFY(m_changes->updateActivity(localId, edited));
    const QList<OutboxItem> items = Outbox(m_store.get()).items();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()
                 .payload.value(QStringLiteral("activity"))
                 .toObject()
                 .value(QStringLiteral("description"))
                 .toString(),
             QStringLiteral("second"));
}

void TestLocalChanges::deleteOfUnsentCreateLeavesNothing()
{
    const qint64 localId = m_changes->createActivity(draft(QStringLiteral("oops")));
    QVERIFY(m_changes->deleteActivity(localId));
    QVERIFY(!ActivityCache(m_store.get()).find(localId));
    QCOMPARE(Outbox(m_store.get()).items().size(), 0);
}

void TestLocalChanges::editOfServerActivityIsQueuedWithItsBase()
{
    const qint64 localId = cachedServerActivity(QStringLiteral("server"));
    Activity edited = ActivityCache(m_store.get()).find(localId)->activity;
    edited.seconds = 1200;
    QVERIFY(m_changes->updateActivity(localId, edited));
    const OutboxItem item = Outbox(m_store.get()).items().first();
    QCOMPARE(item.kind, OutboxItem::Kind::UpdateActivity);
    QCOMPARE(item.baseUpdatedAt, QDateTime(QDate(2026, 11, 26), QTime(8, 0), QTimeZone::utc()));
    const std::optional<LocalActivity> row = ActivityCache(m_store.get()).find(localId);
    QCOMPARE(row->activity.seconds, 1200);
    QCOMPARE(row->server->seconds, 600); // the server's version is kept apart

    QVERIFY(m_changes->deleteActivity(localId));
    QCOMPARE(ActivityCache(m_store.get()).between(QDate(2026, 11, 1), QDate(2026, 11, 30)).size(),
             0);
    QVERIFY(!m_changes->updateActivity(localId, edited)); // deleted: nothing to edit
    QVERIFY(!m_changes->deleteActivity(localId));
    QCOMPARE(Outbox(m_store.get()).items().last().kind, OutboxItem::Kind::DeleteActivity);
}

void TestLocalChanges::refusedItemHoldsBackOnlyItsOwnRecord()
{
    const qint64 a = m_changes->createActivity(draft(QStringLiteral("a")));
    const qint64 b = m_changes->createActivity(draft(QStringLiteral("b")));
    Outbox outbox(m_store.get());
    const OutboxItem createA = outbox.items().first();
    QCOMPARE(outbox.nextSendable()->seq, createA.seq);
    // a is in flight; its edit queues behind it.
    QVERIFY(outbox.setState(createA.seq, OutboxItem::State::Uncertain));
    Activity edited = ActivityCache(m_store.get()).find(a)->activity;
    edited.seconds = 60;
    QVERIFY(m_changes->updateActivity(a, edited));
    QCOMPARE(outbox.items().size(), 3);
    // a's create is refused: its edit waits, b goes on.
    QVERIFY(outbox.setState(createA.seq, OutboxItem::State::Failed, QStringLiteral("no")));
    const std::optional<OutboxItem> next = outbox.nextSendable();
    QVERIFY(next);
    QCOMPARE(next->localId, b);
    QCOMPARE(outbox.attentionCount(), 1);
    QCOMPARE(outbox.waitingCount(), 2);
}

void TestLocalChanges::timerStartAndStopAreQueuedInOrder()
{
    const qint64 localId = cachedServerActivity(QStringLiteral("timer"));
    QVERIFY(m_changes->startTimer(localId));
    QVERIFY(!m_changes->startTimer(localId)); // already running
    m_clock->advance(std::chrono::minutes(30));
    QVERIFY(m_changes->stopTimer(localId));
    const std::optional<LocalActivity> row = ActivityCache(m_store.get()).find(localId);
    QCOMPARE(row->activity.seconds, 600 + 30 * 60);
    QVERIFY(!row->activity.isRunning());
    const QList<OutboxItem> items = Outbox(m_store.get()).items();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).kind, OutboxItem::Kind::StartTimer);
    QCOMPARE(items.at(1).kind, OutboxItem::Kind::StopTimer);
}

void TestLocalChanges::discardShowsTheServerVersionAgain()
{
    const qint64 localId = cachedServerActivity(QStringLiteral("original"));
    Activity edited = ActivityCache(m_store.get()).find(localId)->activity;
    edited.description = QStringLiteral("refused edit");
    QVERIFY(m_changes->updateActivity(localId, edited));
    const OutboxItem item = Outbox(m_store.get()).items().first();
    QVERIFY(Outbox(m_store.get()).setState(item.seq, OutboxItem::State::Failed));
    QVERIFY(m_changes->discard(item.seq));
    QCOMPARE(Outbox(m_store.get()).items().size(), 0);
    QCOMPARE(ActivityCache(m_store.get()).find(localId)->activity.description,
             QStringLiteral("original"));
}

QTEST_GUILESS_MAIN(TestLocalChanges)
#include "tst_localchanges.moc"
