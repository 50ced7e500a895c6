// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTestBed.h"
#include "core/storage/Outbox.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/ConnectivityWatcher.h"
#include "support/FakeServerProcess.h"
#include "support/TestApi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using Reachability = QNetworkInformation::Reachability;

// Coming back online: the outbox drains by itself (retry with backoff), and
// at once when the operating system says the network is back.
class TestConnectivityWatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void reportsOnlyRealChanges();
    void outboxDrainsAfterTheServerComesBackByItself();
    void networkBackSendsAtOnceInsteadOfWaitingForTheBackoff();

private:
    void makeLayer(std::chrono::milliseconds retryStart, std::chrono::milliseconds retryCap);
    ActivityDraft draft(const QString &description) const;
    bool serverListens();
    int serverCount(const QString &prefix);

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QObject> m_root;
    ApiClient *m_api = nullptr;
    AccountDataLayer *m_data = nullptr;
};

void TestConnectivityWatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestConnectivityWatcher::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
    m_server.control("POST", QStringLiteral("/faults/clear"));
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestConnectivityWatcher::cleanup()
{
    m_root.reset();
    m_data = nullptr;
    m_api = nullptr;
    m_dir.reset();
    QTRY_VERIFY_WITH_TIMEOUT(serverListens(), 15000); // a test that failed while it was down
}

void TestConnectivityWatcher::makeLayer(std::chrono::milliseconds retryStart,
                                        std::chrono::milliseconds retryCap)
{
    m_root = std::make_unique<QObject>();
    m_api = new ApiClient(&m_clock, m_root.get());
    TestApi::useDemoAccount(m_api, m_server);
    m_data = new AccountDataLayer(m_dir->filePath(QStringLiteral("a.sqlite")), m_api, &m_clock,
                                  FakeServerProcess::demoUserId, m_root.get());
    OutboxSender::Policy senderPolicy;
    senderPolicy.retryStart = retryStart;
    senderPolicy.retryCap = retryCap;
    senderPolicy.offlineRetryCap = retryCap;
    senderPolicy.settleSchedule = {std::chrono::milliseconds(300), std::chrono::milliseconds(900)};
    m_data->sender()->setPolicy(senderPolicy);
    SyncService::Policy syncPolicy;
    syncPolicy.interval = 0ms; // no periodic sync that would retry for us
    syncPolicy.initialDays = 7;
    syncPolicy.windowDays = 7;
    m_data->sync()->setPolicy(syncPolicy);
}

ActivityDraft TestConnectivityWatcher::draft(const QString &description) const
{
    return OfflineTestBed::draft(QDate::currentDate().addDays(-2), 900, description);
}

bool TestConnectivityWatcher::serverListens()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    return socket.waitForConnected(1000);
}

int TestConnectivityWatcher::serverCount(const QString &prefix)
{
    const QJsonDocument state = m_server.control(
        "GET", QStringLiteral("/state/activities?user_id=%1").arg(FakeServerProcess::demoUserId));
    int count = 0;
    for (const QJsonValue &value : state.object().value(QStringLiteral("activities")).toArray())
        count +=
            value.toObject().value(QStringLiteral("description")).toString().startsWith(prefix);
    return count;
}

void TestConnectivityWatcher::reportsOnlyRealChanges()
{
    ConnectivityWatcher watcher;
    QSignalSpy online(&watcher, &ConnectivityWatcher::cameOnline);
    QSignalSpy offline(&watcher, &ConnectivityWatcher::wentOffline);
    watcher.setReachability(Reachability::Online);
    watcher.setReachability(Reachability::Disconnected);
    QVERIFY(!watcher.isOnline());
    watcher.setReachability(Reachability::Disconnected);
    QCOMPARE(offline.size(), 1);
    // A local network is enough (MOCO may be on it, or a proxy).
    watcher.setReachability(Reachability::Local);
    QVERIFY(watcher.isOnline());
    watcher.setReachability(Reachability::Online);
    QCOMPARE(online.size(), 1);
    // Unknown is not offline: never claim it on a guess.
    watcher.setReachability(Reachability::Unknown);
    QVERIFY(watcher.isOnline());
    QCOMPARE(offline.size(), 1);
}

void TestConnectivityWatcher::outboxDrainsAfterTheServerComesBackByItself()
{
    makeLayer(200ms, 800ms);
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 2000}}));
    QVERIFY(m_data->start());
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_data->changes()->createActivity(draft(QStringLiteral("cw back %1").arg(i))));
    QTRY_VERIFY_WITH_TIMEOUT(m_data->sender()->isOffline(), 5000);
    QVERIFY(m_data->state().offline);

    // No signal from the platform: the retry timer alone gets them out.
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(m_data->store()).waitingCount(), 0, 15000);
    QCOMPARE(serverCount(QStringLiteral("cw back ")), 3);
    QVERIFY(!m_data->sender()->isOffline());
}

void TestConnectivityWatcher::networkBackSendsAtOnceInsteadOfWaitingForTheBackoff()
{
    // A backoff far beyond the test's patience: only the watcher can help.
    makeLayer(1h, 1h);
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 1500}}));
    QVERIFY(m_data->start());
    QVERIFY(m_data->changes()->createActivity(draft(QStringLiteral("cw signal"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_data->sender()->isOffline(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(serverListens(), 15000);
    QTest::qWait(300);
    QCOMPARE(Outbox(m_data->store()).waitingCount(), 1); // still waiting for its retry

    auto *watcher = m_data->findChild<ConnectivityWatcher *>();
    QVERIFY(watcher);
    watcher->setReachability(Reachability::Disconnected);
    watcher->setReachability(Reachability::Online);
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(m_data->store()).waitingCount(), 0, 10000);
    QCOMPARE(serverCount(QStringLiteral("cw signal")), 1);
}

QTEST_GUILESS_MAIN(TestConnectivityWatcher)
#include "tst_connectivitywatcher.moc"
