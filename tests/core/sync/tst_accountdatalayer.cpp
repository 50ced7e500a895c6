// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiClient.h"
#include "core/services/SystemClock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/SyncService.h"
#include "support/FakeServerProcess.h"

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

private:
    std::unique_ptr<ApiClient> makeClient();

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

QTEST_GUILESS_MAIN(TestAccountDataLayer)
#include "tst_accountdatalayer.moc"
