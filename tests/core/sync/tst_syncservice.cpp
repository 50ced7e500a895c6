// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTestBed.h"
#include "core/domain/PresenceDraft.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/CustomFieldDefinitionCache.h"
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

#include <algorithm>

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
    void fieldDefinitionsComeIncrementallyAndA403HidesThem();
    void deletionOnTheServerIsNoticedByTheWindowRead();
    void syncDoesNotDuplicateACreateInDoubt();
    void editedOfflineWhileChangedOnServerIsAConflict();
    void keepMineSendsMyVersion();
    void takeTheirsShowsTheServersVersion();
    void windowReadKeepsAnEntryShiftedAcrossAPageBoundary();
    void ownEditWhoseAnswerWasLostIsNotAConflict();
    void syncDoesNotDuplicateAPresenceCreateInDoubt();
    void pendingPresenceEditSurvivesASync();

private:
    QMap<QString, int> apiRequestsByPath();
    bool faultQueueEmpty();
    int presencesAt(const QDate &date, const QTime &from);

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

bool TestSyncService::faultQueueEmpty()
{
    return m_server.control("GET", QStringLiteral("/faults"))
        .object()
        .value(QStringLiteral("queue"))
        .toArray()
        .isEmpty();
}

int TestSyncService::presencesAt(const QDate &date, const QTime &from)
{
    int n = 0;
    for (const LocalPresence &row : PresenceCache(m_bed->store()).between(date, date))
        n += row.presence.from == from ? 1 : 0;
    return n;
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
    // Field definitions of projects and of customers.
    QCOMPARE(counts.value(QStringLiteral("/api/v1/account/custom_properties")), 2);
    int total = 0;
    for (int n : counts)
        total += n;
    QCOMPARE(total, 5);
}

void TestSyncService::fieldDefinitionsComeIncrementallyAndA403HidesThem()
{
    QVERIFY(m_bed->syncOnce());
    CustomFieldDefinitionCache definitions(m_bed->store());
    QVERIFY(!definitions.definitions(QStringLiteral("Project")).isEmpty());
    QVERIFY(!definitions.definitions(QStringLiteral("Customer")).isEmpty());
    QCOMPARE(definitions.isReadable(QStringLiteral("Customer")), std::optional<bool>(true));

    // The next run asks only for what changed since.
    m_server.control("POST", QStringLiteral("/requests/clear"));
    QVERIFY(m_bed->syncOnce());
    const QJsonArray requests = m_server.control("GET", QStringLiteral("/requests"))
                                    .object()
                                    .value(QStringLiteral("requests"))
                                    .toArray();
    int incremental = 0;
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        if (request.value(QStringLiteral("path")).toString() ==
            QLatin1String("/api/v1/account/custom_properties")) {
            QVERIFY2(request.value(QStringLiteral("query"))
                         .toString()
                         .contains(QLatin1String("updated_after=")),
                     qPrintable(request.value(QStringLiteral("query")).toString()));
            ++incremental;
        }
    }
    QCOMPARE(incremental, 2);

    // A user who may not read them: the sync still succeeds, and the
    // sections know to stay hidden.
    const QJsonObject forbidden{
        {QStringLiteral("path"), QStringLiteral("/api/v1/account/custom_properties")},
        {QStringLiteral("status"), 403}};
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{{QStringLiteral("queue"), QJsonArray{forbidden, forbidden}}}));
    QVERIFY(m_bed->syncOnce());
    QCOMPARE(definitions.isReadable(QStringLiteral("Project")), std::optional<bool>(false));
    QCOMPARE(definitions.isReadable(QStringLiteral("Customer")), std::optional<bool>(false));
    QVERIFY(definitions.definitions(QStringLiteral("Project")).isEmpty());

    // Allowed again: read in full.
    QVERIFY(m_bed->syncOnce());
    QCOMPARE(definitions.isReadable(QStringLiteral("Project")), std::optional<bool>(true));
    QVERIFY(!definitions.definitions(QStringLiteral("Project")).isEmpty());
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

void TestSyncService::windowReadKeepsAnEntryShiftedAcrossAPageBoundary()
{
    OfflineTestBed::Options options;
    options.syncDays = 28; // three pages of 100
    m_bed = OfflineTestBed::afterReset(&m_server, options);
    RequestScheduler::Policy policy = m_bed->api()->scheduler()->policy();
    policy.windowRequests = 1000; // the server's limit is off; no waiting for the client's
    m_bed->api()->scheduler()->setPolicy(policy);
    QVERIFY(m_bed->syncOnce());

    const QDate today = QDate::currentDate();
    QList<qint64> window; // the server's ids in the window, in id order
    for (const QJsonObject &activity : m_bed->serverActivities(QString())) {
        const QDate date =
            QDate::fromString(activity.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (date >= today.addDays(-options.syncDays) && date <= today)
            window.append(activity.value(QStringLiteral("id")).toInteger());
    }
    std::sort(window.begin(), window.end());
    QVERIFY2(window.size() > 110, qPrintable(QString::number(window.size())));
    // The seeded ids grow with the date: in id order and in date order
    // alike, `first` is on page 1 and `shifted` opens page 2.
    const qint64 first = window.first();
    const qint64 shifted = window.at(100);
    const qint64 gone = window.last();
    ActivityCache cache(m_bed->store());
    QVERIFY(cache.localIdOf(first) && cache.localIdOf(shifted) && cache.localIdOf(gone));

    // Deleted in MOCO behind the store's back: the window read must notice.
    QVERIFY(m_bed->deleteOnServer(gone));

    // The run reads activities changed since the last run, then the window.
    // Page 2 of the window waits 2 s at the server's door; meanwhile the first
    // entry of page 1 is deleted, so the entry that opened page 2 slides onto
    // page 1, which was read already.
    const auto delayed = [](int ms) {
        return QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                           {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                           {QStringLiteral("latencyMs"), ms}};
    };
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{
            {QStringLiteral("queue"), QJsonArray{delayed(1), delayed(1), delayed(2000)}}}));
    m_server.control("POST", QStringLiteral("/requests/clear"));
    QSignalSpy finished(m_bed->sync(), &SyncService::finished);
    m_bed->sync()->requestWindowRead();
    m_bed->sync()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(faultQueueEmpty(), 10000);
    QVERIFY(m_bed->deleteOnServer(first));
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toBool());

    QVERIFY2(cache.localIdOf(shifted), "an entry MOCO still has was removed from the store");
    QVERIFY(!cache.localIdOf(gone));
    // Both were missing from the read; MOCO was asked about each.
    const QMap<QString, int> counts = apiRequestsByPath();
    QCOMPARE(counts.value(QStringLiteral("/api/v1/activities/%1").arg(shifted)), 1);
    QCOMPARE(counts.value(QStringLiteral("/api/v1/activities/%1").arg(gone)), 1);

    // The next window read finds the deletion made during the read.
    m_bed->sync()->requestWindowRead();
    QVERIFY(m_bed->syncOnce());
    QVERIFY(!cache.localIdOf(first));
    QVERIFY(cache.localIdOf(shifted));
}

void TestSyncService::ownEditWhoseAnswerWasLostIsNotAConflict()
{
    QVERIFY(m_bed->syncOnce());
    const std::optional<LocalActivity> row = m_bed->someCachedActivity();
    QVERIFY(row);
    QObject::disconnect(m_bed->changes(), nullptr, m_bed->sender(), nullptr);
    Activity mine = row->activity;
    mine.description = QStringLiteral("mine, sent once");
    QVERIFY(m_bed->changes()->updateActivity(row->localId, mine));
    const QList<OutboxItem> items =
        Outbox(m_bed->store()).itemsOf(QStringLiteral("activity"), row->localId);
    QCOMPARE(items.size(), 1);
    const qint64 seq = items.first().seq;

    // The sender's PUT reached MOCO, its answer did not reach us (as after
    // {"dropAfterStore": true}): MOCO has the edit, the item is Pending again
    // with one attempt behind it.
    QVERIFY(Outbox(m_bed->store()).markSending(seq, QDateTime::currentDateTimeUtc()));
    QVERIFY(m_bed->changeOnServer(row->activity.id, mine.description));
    QVERIFY(Outbox(m_bed->store()).setState(seq, OutboxItem::State::Pending));

    // MOCO's updated_at moved, by our own request: the sync must not call
    // that a conflict, neither the incremental read nor the window read.
    QVERIFY(m_bed->syncOnce());
    m_bed->sync()->requestWindowRead();
    QVERIFY(m_bed->syncOnce());
    std::optional<OutboxItem> item = Outbox(m_bed->store()).item(seq);
    QVERIFY(item);
    QCOMPARE(item->state, OutboxItem::State::Pending);
    QVERIFY(!ActivityCache(m_bed->store()).find(row->localId)->needsAttention);

    // The sender sees its edit landed and is done, without a second PUT.
    m_server.control("POST", QStringLiteral("/requests/clear"));
    m_bed->sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 5000);
    QCOMPARE(Outbox(m_bed->store()).attentionCount(), 0);
    QCOMPARE(m_bed->serverActivities(mine.description).size(), 1);
    int puts = 0;
    for (const QJsonValue &value : m_server.control("GET", QStringLiteral("/requests"))
                                       .object()
                                       .value(QStringLiteral("requests"))
                                       .toArray())
        puts += value.toObject().value(QStringLiteral("method")).toString() == QLatin1String("PUT")
                    ? 1
                    : 0;
    QCOMPARE(puts, 0);
    QCOMPARE(ActivityCache(m_bed->store()).find(row->localId)->activity.description,
             mine.description);
}

void TestSyncService::syncDoesNotDuplicateAPresenceCreateInDoubt()
{
    // A Saturday of the last week: the seeded data has no presences on weekends.
    QDate day = QDate::currentDate().addDays(-7);
    while (day.dayOfWeek() != 6)
        day = day.addDays(1);
    QVERIFY(m_bed->syncOnce());
    QObject::disconnect(m_bed->changes(), nullptr, m_bed->sender(), nullptr);
    Presence presence;
    presence.date = day;
    presence.from = QTime(7, 0);
    presence.to = QTime(8, 0);
    QVERIFY(m_bed->changes()->createPresence(presence));
    // Its POST reached MOCO, the answer did not reach us.
    const OutboxItem item = Outbox(m_bed->store()).items().first();
    QCOMPARE(item.kind, OutboxItem::Kind::CreatePresence);
    QVERIFY(Outbox(m_bed->store()).markSending(item.seq, QDateTime::currentDateTimeUtc()));
    QVERIFY(Outbox(m_bed->store()).setState(item.seq, OutboxItem::State::Uncertain));
    PresenceDraft draft;
    draft.date = day;
    draft.from = QTime(7, 0);
    draft.to = QTime(8, 0);
    bool created = false;
    m_bed->api()->createPresence(draft, nullptr,
                                 [&created](const ApiResult<Presence> &r) { created = r.ok(); });
    QTRY_VERIFY(created);

    QVERIFY(m_bed->syncOnce());
    QCOMPARE(presencesAt(day, QTime(7, 0)), 1); // not shown twice while in doubt
    m_bed->sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 5000);
    QVERIFY(m_bed->syncOnce());
    QCOMPARE(presencesAt(day, QTime(7, 0)), 1);
}

void TestSyncService::pendingPresenceEditSurvivesASync()
{
    QVERIFY(m_bed->syncOnce());
    const QDate today = QDate::currentDate();
    std::optional<LocalPresence> row;
    for (const LocalPresence &candidate :
         PresenceCache(m_bed->store()).between(today.addDays(-6), today.addDays(-1))) {
        if (!candidate.presence.isOpen())
            row = candidate;
    }
    QVERIFY(row);
    QObject::disconnect(m_bed->changes(), nullptr, m_bed->sender(), nullptr);
    Presence edited = row->presence;
    edited.isHomeOffice = !edited.isHomeOffice;
    QVERIFY(m_bed->changes()->updatePresence(row->localId, edited));

    QVERIFY(m_bed->syncOnce()); // MOCO still has the old version
    const std::optional<LocalPresence> after = PresenceCache(m_bed->store()).find(row->localId);
    QVERIFY(after);
    QCOMPARE(after->presence.isHomeOffice, edited.isHomeOffice);
    QVERIFY(after->pending);
}

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
