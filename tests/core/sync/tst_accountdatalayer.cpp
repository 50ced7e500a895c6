// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiClient.h"
#include "core/services/SystemClock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/OutboxLock.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/OutboxSender.h"
#include "core/sync/SyncService.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The wired data layer as the window will use it: cached data at once on
// start, a sync behind it, changes delivered, status "Synced at …".
class TestAccountDataLayer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cachedDataIsReadableAtOnceOnTheNextStart();
    void aSecondLayerOnTheSameStoreNeverSends();

private:
    std::unique_ptr<ApiClient> makeClient();
    int activityPosts();
    int onServer(const QString &description);

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    SystemClock m_clock;
};

void TestAccountDataLayer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

std::unique_ptr<ApiClient> TestAccountDataLayer::makeClient()
{
    auto api = std::make_unique<ApiClient>(&m_clock);
    api->setBaseUrl(m_server.apiBaseUrl());
    api->setApiKey(QString::fromLatin1(FakeServerProcess::demoApiKey));
    RequestScheduler::Policy policy;
    policy.windowRequests = 1000;
    policy.window = 1s;
    api->scheduler()->setPolicy(policy);
    return api;
}

void TestAccountDataLayer::cachedDataIsReadableAtOnceOnTheNextStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("account.sqlite"));
    const QDate today = QDate::currentDate();
    qint64 localId = 0;
    {
        std::unique_ptr<ApiClient> api = makeClient();
        AccountDataLayer layer(path, api.get(), &m_clock, FakeServerProcess::demoUserId);
        QSignalSpy synced(layer.sync(), &SyncService::finished);
        QVERIFY(layer.start());
        QVERIFY(synced.wait(20000));
        QVERIFY(synced.first().first().toBool());
        QCOMPARE(layer.state().kind(QDateTime::currentDateTimeUtc()), SyncState::Kind::Synced);
        ActivityDraft draft;
        draft.date = today.addDays(-1);
        draft.projectId = 3100000101;
        draft.taskId = 3200000001;
        draft.seconds = 1200;
        draft.description = QStringLiteral("through the layer");
        localId = layer.changes()->createActivity(draft);
        QVERIFY(localId);
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(layer.store()).waitingCount(), 0, 10000);
        layer.checkIntegrity();
        QVERIFY(layer.notice().isEmpty());
    }
    // Next start: before any request, the cache answers.
    std::unique_ptr<ApiClient> api = makeClient();
    AccountDataLayer layer(path, api.get(), &m_clock, FakeServerProcess::demoUserId);
    QVERIFY(layer.start());
    QVERIFY(layer.sync()->isRunning());
    QVERIFY(!ActivityCache(layer.store()).between(today, today).isEmpty());
    const std::optional<LocalActivity> mine = ActivityCache(layer.store()).find(localId);
    QVERIFY(mine && mine->isOnServer());
    QCOMPARE(mine->activity.description, QStringLiteral("through the layer"));
    QSignalSpy synced(layer.sync(), &SyncService::finished);
    QVERIFY(synced.wait(20000));
}

int TestAccountDataLayer::activityPosts()
{
    int count = 0;
    const QJsonArray requests =
        m_server.control("GET", QStringLiteral("/requests")).object().value("requests").toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        if (request.value("method").toString() == QLatin1String("POST") &&
            request.value("path").toString() == QLatin1String("/api/v1/activities"))
            ++count;
    }
    return count;
}

int TestAccountDataLayer::onServer(const QString &description)
{
    const QJsonArray activities =
        m_server
            .control(
                "GET",
                QStringLiteral("/state/activities?user_id=%1").arg(FakeServerProcess::demoUserId))
            .object()
            .value("activities")
            .toArray();
    int count = 0;
    for (const QJsonValue &value : activities)
        count += value.toObject().value("description").toString() == description;
    return count;
}

void TestAccountDataLayer::aSecondLayerOnTheSameStoreNeverSends()
{
    // Another process sends this store's outbox (a race at start-up, another
    // launcher): it holds the store's OutboxLock.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("account.sqlite"));
    const QString description = QStringLiteral("made in the second");
    auto elsewhere = std::make_unique<OutboxLock>(path);
    QCOMPARE(elsewhere->tryLock(), OutboxLock::Status::Held);
    m_server.control("POST", QStringLiteral("/requests/clear"));

    std::unique_ptr<ApiClient> api = makeClient();
    AccountDataLayer second(path, api.get(), &m_clock, FakeServerProcess::demoUserId);
    QSignalSpy synced(second.sync(), &SyncService::finished);
    QVERIFY(second.start());
    QVERIFY(!second.isSending());
    QVERIFY2(second.notice().contains(QStringLiteral("Another MocoTrack is sending")),
             qPrintable(second.notice()));
    // A change made here is stored, not sent …
    ActivityDraft draft;
    draft.date = QDate::currentDate().addDays(-1);
    draft.projectId = 3100000101;
    draft.taskId = 3200000001;
    draft.seconds = 900;
    draft.description = description;
    QVERIFY(second.changes()->createActivity(draft));
    QVERIFY(!second.isSending());
    // … also once MOCO has answered and nothing is queued for it.
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20000);
    QVERIFY(synced.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(
        api->scheduler()->queueLength() == 0 && api->scheduler()->inFlightCount() == 0, 10000);
    QCOMPARE(Outbox(second.store()).waitingCount(), 1);
    QCOMPARE(activityPosts(), 0);
    QCOMPARE(onServer(description), 0);

    // The sender elsewhere gone, this one takes over at its next change.
    elsewhere.reset();
    draft.description = QStringLiteral("after the other ended");
    QVERIFY(second.changes()->createActivity(draft));
    QVERIFY(second.isSending());
    QVERIFY(second.notice().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(second.store()).waitingCount(), 0, 10000);
    QCOMPARE(onServer(description), 1);
    QCOMPARE(onServer(draft.description), 1);
    QCOMPARE(activityPosts(), 2);
}

QTEST_GUILESS_MAIN(TestAccountDataLayer)
#include "tst_accountdatalayer.moc"
