// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiClient.h"
#include "core/services/SystemClock.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/BackgroundOutboxes.h"
#include "core/sync/OutboxSender.h"
#include "core/sync/UnsentChangesGate.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace std::chrono_literals;

// Nothing the user did is discarded without their word: the gate before
// sign-out, "Back to myself" and quit, and the colleagues' changes that keep
// going to MOCO after the window switched away from them.
class TestUnsentChanges : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void nothingUnsentLeavesAtOnce();
    void unsentChangeIsListedAndCancelKeepsIt();
    void sendFirstLeavesOnceEverythingArrived();
    void quittingNeverDiscards();
    void sendFirstDoesNotWaitOutTheBackoff();
    void colleaguesChangesArriveAsThemInTheBackground();
    void colleaguesChangesGoOnAfterARestart();
    void switchingTheShownUserLeavesColleagueRequestsBe();

private:
    std::unique_ptr<ApiClient> makeClient(const char *apiKey, const QUrl &baseUrl);
    // An address where nothing answers: MOCO unreachable.
    QUrl unreachable() const;
    ActivityDraft draft(const QString &description) const;
    int onServer(const QString &description, qint64 userId = 0);
    qint64 commitAsColleague(const QString &path, const QString &description);

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_deadPort = 0;
};

void TestUnsentChanges::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    // A port that was free a moment ago: connections are refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_deadPort = probe.serverPort();
}

void TestUnsentChanges::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
    m_server.control("POST", QStringLiteral("/faults/clear"));
    m_dir = std::make_unique<QTemporaryDir>();
}

std::unique_ptr<ApiClient> TestUnsentChanges::makeClient(const char *apiKey, const QUrl &baseUrl)
{
    auto api = std::make_unique<ApiClient>(&m_clock);
    api->setBaseUrl(baseUrl);
    api->setApiKey(QString::fromLatin1(apiKey));
    RequestScheduler::Policy policy;
    policy.windowRequests = 1000;
    policy.window = 1s;
    policy.maxTransientRetries = 0;
    api->scheduler()->setPolicy(policy);
    return api;
}

QUrl TestUnsentChanges::unreachable() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_deadPort));
}

ActivityDraft TestUnsentChanges::draft(const QString &description) const
{
    ActivityDraft d;
    d.date = QDate::currentDate().addDays(-1);
    d.projectId = 3100000101;
    d.taskId = 3200000001;
    d.seconds = 5400;
    d.description = description;
    return d;
}

int TestUnsentChanges::onServer(const QString &description, qint64 userId)
{
    const QJsonArray all = m_server.state(QStringLiteral("activities"), userId);
    return static_cast<int>(std::count_if(all.begin(), all.end(), [&](const QJsonValue &value) {
        return value[QStringLiteral("description")].toString() == description;
    }));
}

qint64 TestUnsentChanges::commitAsColleague(const QString &path, const QString &description)
{
    LocalStore store(path);
    if (!store.open())
        return 0;
    return LocalChanges(&store, &m_clock).createActivity(draft(description));
}

void TestUnsentChanges::nothingUnsentLeavesAtOnce()
{
    auto api = makeClient(FakeServerProcess::demoApiKey, m_server.apiBaseUrl());
    AccountDataLayer layer(m_dir->filePath(QStringLiteral("a.sqlite")), api.get(), &m_clock,
                           FakeServerProcess::demoUserId);
    QVERIFY(layer.start());
    UnsentChangesGate gate(&m_clock);
    gate.setShown(&layer);
    QSignalSpy asked(&gate, &UnsentChangesGate::askUser);
    QSignalSpy left(&gate, &UnsentChangesGate::mayLeave);
    gate.request(UnsentChangesGate::Leaving::SignOut);
    QCOMPARE(left.size(), 1);
    QCOMPARE(asked.size(), 0);
}

void TestUnsentChanges::unsentChangeIsListedAndCancelKeepsIt()
{
    auto api = makeClient(FakeServerProcess::demoApiKey, unreachable());
    AccountDataLayer layer(m_dir->filePath(QStringLiteral("a.sqlite")), api.get(), &m_clock,
                           FakeServerProcess::demoUserId);
    QVERIFY(layer.start());
    QVERIFY(layer.changes()->createActivity(draft(QStringLiteral("Offline review"))));
    UnsentChangesGate gate(&m_clock);
    gate.setShown(&layer);
    QSignalSpy asked(&gate, &UnsentChangesGate::askUser);
    QSignalSpy left(&gate, &UnsentChangesGate::mayLeave);

    gate.request(UnsentChangesGate::Leaving::SignOut);
    QCOMPARE(asked.size(), 1);
    QVERIFY(gate.isAsking());
    const QList<UnsentChange> changes = gate.concerned();
    QCOMPARE(changes.size(), 1);
    QVERIFY2(changes.first().subject.contains(QLatin1String("Offline review")),
             qPrintable(changes.first().subject));
    QVERIFY(changes.first().subject.contains(QLatin1String("1:30")));

    // Sending cannot get through: the gate says why and keeps asking.
    gate.sendFirst();
    QTRY_VERIFY2_WITH_TIMEOUT(gate.progressText().contains(QLatin1String("Can't reach MOCO")),
                              qPrintable(gate.progressText()), 10000);
    QVERIFY(gate.isAsking());

    gate.cancel();
    QVERIFY(!gate.isAsking());
    QCOMPARE(left.size(), 0);
    QCOMPARE(Outbox(layer.store()).items().size(), 1);
}

void TestUnsentChanges::sendFirstLeavesOnceEverythingArrived()
{
    auto api = makeClient(FakeServerProcess::demoApiKey, unreachable());
    AccountDataLayer layer(m_dir->filePath(QStringLiteral("a.sqlite")), api.get(), &m_clock,
                           FakeServerProcess::demoUserId);
    QVERIFY(layer.start());
    QVERIFY(layer.changes()->createActivity(draft(QStringLiteral("Send me first"))));
    QTRY_VERIFY_WITH_TIMEOUT(layer.sender()->isOffline(), 10000);
    UnsentChangesGate gate(&m_clock);
    gate.setShown(&layer);
    QSignalSpy left(&gate, &UnsentChangesGate::mayLeave);
    gate.request(UnsentChangesGate::Leaving::SignOut);
    QVERIFY(gate.isAsking());

    // MOCO is reachable again; the user asks to send first.
    api->setBaseUrl(m_server.apiBaseUrl());
    gate.sendFirst();
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 15000);
    QCOMPARE(left.first().at(1).value<UnsentChangesGate::Disposition>(),
             UnsentChangesGate::Disposition::Keep);
    QVERIFY(!gate.isAsking());
    QCOMPARE(onServer(QStringLiteral("Send me first")), 1);
    QCOMPARE(Outbox(layer.store()).items().size(), 0);
}

void TestUnsentChanges::quittingNeverDiscards()
{
    auto api = makeClient(FakeServerProcess::demoApiKey, unreachable());
    AccountDataLayer layer(m_dir->filePath(QStringLiteral("a.sqlite")), api.get(), &m_clock,
                           FakeServerProcess::demoUserId);
    QVERIFY(layer.start());
    QVERIFY(layer.changes()->createActivity(draft(QStringLiteral("Kept over quit"))));
    UnsentChangesGate gate(&m_clock);
    gate.setShown(&layer);
    QSignalSpy left(&gate, &UnsentChangesGate::mayLeave);
    gate.request(UnsentChangesGate::Leaving::Quit);
    QVERIFY(gate.isAsking());
    gate.leave(UnsentChangesGate::Disposition::Discard);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().at(1).value<UnsentChangesGate::Disposition>(),
             UnsentChangesGate::Disposition::Keep);
    QCOMPARE(Outbox(layer.store()).items().size(), 1);
}

void TestUnsentChanges::sendFirstDoesNotWaitOutTheBackoff()
{
    // MOCO stores the create and the answer is lost: the create is in doubt
    // and would be looked for only after 20 s.
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{
            {QStringLiteral("queue"),
             QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                    {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                                    {QStringLiteral("dropAfterStore"), true}}}}}));
    auto api = makeClient(FakeServerProcess::demoApiKey, m_server.apiBaseUrl());
    AccountDataLayer layer(m_dir->filePath(QStringLiteral("a.sqlite")), api.get(), &m_clock,
                           FakeServerProcess::demoUserId);
    OutboxPolicy policy = layer.sender()->policy();
    policy.settleSchedule = {20s, 40s, 60s}; // far longer than this test waits
    layer.sender()->setPolicy(policy);
    QVERIFY(layer.start());
    QVERIFY(layer.changes()->createActivity(draft(QStringLiteral("Asked to go now"))));
    QTRY_COMPARE_WITH_TIMEOUT(onServer(QStringLiteral("Asked to go now")), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(layer.sender()->nextRetryAt() > m_clock.utcNow().addSecs(10), 10000);

    UnsentChangesGate gate(&m_clock);
    gate.setShown(&layer);
    QSignalSpy left(&gate, &UnsentChangesGate::mayLeave);
    gate.request(UnsentChangesGate::Leaving::SignOut);
    QVERIFY(gate.isAsking());
    gate.sendFirst();
    // Looked for at once, found: done, and still one copy.
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 5000);
    QCOMPARE(onServer(QStringLiteral("Asked to go now")), 1);
    QCOMPARE(Outbox(layer.store()).items().size(), 0);
}

void TestUnsentChanges::colleaguesChangesArriveAsThemInTheBackground()
{
    const qint64 colleague = FakeServerProcess::colleagueUserId;
    const QString path = m_dir->filePath(QStringLiteral("as-colleague.sqlite"));
    QVERIFY(commitAsColleague(path, QStringLiteral("Made as Jörg")));

    auto staff = makeClient(FakeServerProcess::staffApiKey, m_server.apiBaseUrl());
    BackgroundOutboxes background(staff.get(), &m_clock, [path](qint64) { return path; });
    background.keepDelivering(colleague, QStringLiteral("Jörg Weiß"));
    QCOMPARE(background.colleagues(), QList<qint64>{colleague});
    const QList<UnsentChange> unsent = background.unsent();
    QCOMPARE(unsent.size(), 1);
    QCOMPARE(unsent.first().actingAs, QStringLiteral("Jörg Weiß"));

    // Delivered as the colleague, then the outbox closes by itself.
    QTRY_VERIFY_WITH_TIMEOUT(background.colleagues().isEmpty(), 15000);
    QCOMPARE(onServer(QStringLiteral("Made as Jörg"), colleague), 1);
    QCOMPARE(onServer(QStringLiteral("Made as Jörg")), 1);
}

void TestUnsentChanges::colleaguesChangesGoOnAfterARestart()
{
    const qint64 colleague = FakeServerProcess::colleagueUserId;
    const QString path = m_dir->filePath(QStringLiteral("as-colleague.sqlite"));
    QVERIFY(commitAsColleague(path, QStringLiteral("Before the restart")));
    {
        // The first run cannot reach MOCO and ends.
        auto staff = makeClient(FakeServerProcess::staffApiKey, unreachable());
        BackgroundOutboxes background(staff.get(), &m_clock, [path](qint64) { return path; });
        background.keepDelivering(colleague);
        QCOMPARE(background.colleagues().size(), 1);
        QCOMPARE(background.deliverable(), 1);
    }
    QCOMPARE(onServer(QStringLiteral("Before the restart")), 0);
    // The next run finds the store and delivers it.
    auto staff = makeClient(FakeServerProcess::staffApiKey, m_server.apiBaseUrl());
    BackgroundOutboxes background(staff.get(), &m_clock, [path](qint64) { return path; });
    background.keepDelivering(colleague);
    QTRY_VERIFY_WITH_TIMEOUT(background.colleagues().isEmpty(), 15000);
    QCOMPARE(onServer(QStringLiteral("Before the restart"), colleague), 1);
}

void TestUnsentChanges::switchingTheShownUserLeavesColleagueRequestsBe()
{
    auto staff = makeClient(FakeServerProcess::staffApiKey, m_server.apiBaseUrl());
    ApiClient asColleague(staff.get(), FakeServerProcess::colleagueUserId);
    QCOMPARE(asColleague.impersonatedUserId(), FakeServerProcess::colleagueUserId);
    // A slow answer keeps both requests open while the shown user switches.
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{
            {QStringLiteral("queue"),
             QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("path"), QStringLiteral("/api/v1/profile")},
                                    {QStringLiteral("latencyMs"), 500}},
                        QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("path"), QStringLiteral("/api/v1/profile")},
                                    {QStringLiteral("latencyMs"), 500}}}}}));
    std::optional<ApiResult<Profile>> mine;
    std::optional<ApiResult<Profile>> theirs;
    staff->fetchProfile(this, [&](const ApiResult<Profile> &r) { mine = r; });
    asColleague.fetchProfile(this, [&](const ApiResult<Profile> &r) { theirs = r; });
    staff->cancelOwnRequests();
    QTRY_VERIFY_WITH_TIMEOUT(mine && theirs, 10000);
    QCOMPARE(mine->error().kind, ApiError::Kind::Cancelled);
    QVERIFY(theirs->ok());
    QCOMPARE(theirs->value().id, FakeServerProcess::colleagueUserId);
}

QTEST_GUILESS_MAIN(TestUnsentChanges)
#include "tst_unsentchanges.moc"
