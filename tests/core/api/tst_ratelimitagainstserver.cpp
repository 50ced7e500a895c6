// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The client keeps the server's rate limit (mocotrack-fakeserver --rate 5/1,
// client window 5 per 1 s): a burst never exceeds it, and the server's own
// 429s are waited out as told.

#include "ApiTestSupport.h"

#include "core/services/SystemClock.h"

#include <QtTest>

using namespace std::chrono_literals;
using namespace ApiTestSupport;

namespace {

int status(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("status")).toInt();
}

qint64 time(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("t")).toInteger();
}

} // namespace

class TestRateLimitAgainstServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void burstStaysWithinTheWindow();
    void server429IsRetriedAndSucceeds();
    void retryAfterIsHonoured();
    void retryCapSurfacesRateLimited();

private:
    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("5/1")}};
    SystemClock m_clock;
    std::unique_ptr<ApiClient> m_client;
};

void TestRateLimitAgainstServer::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestRateLimitAgainstServer::init()
{
    m_server.control("POST", QStringLiteral("/faults/clear"));
    // Resets the server's windows, so each test starts with a full budget.
    m_server.control("POST", QStringLiteral("/rate"),
                     QJsonDocument(QJsonObject{{"requests", 5}, {"seconds", 1}}));
    clearServerLog(m_server);
    m_client = std::make_unique<ApiClient>(&m_clock);
    m_client->setBaseUrl(m_server.apiBaseUrl());
    m_client->setApiKey(QString::fromLatin1(FakeServerProcess::demoApiKey));
    RequestScheduler::Policy policy;
    policy.windowRequests = 5;
    policy.window = 1s;
    policy.backoffStart = 200ms;
    policy.backoffCap = 1s;
    m_client->scheduler()->setPolicy(policy);
}

void TestRateLimitAgainstServer::burstStaysWithinTheWindow()
{
    constexpr int burst = 40;
    int succeeded = 0;
    int finished = 0;
    QObject context;
    for (int i = 0; i < burst; ++i) {
        m_client->fetchSession(&context, [&](const ApiResult<SessionInfo> &result) {
            ++finished;
            succeeded += result.ok();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, burst, 30000);
    QCOMPARE(succeeded, burst);

    const QList<QJsonObject> log = serverLog(m_server);
    QCOMPARE(log.size(), burst); // no 429 and no retry was needed
    for (const QJsonObject &entry : log)
        QCOMPARE(status(entry), 200);
    // The server's own rule: at most 5 within any (t - 1 s, t].
    for (int i = 0; i < log.size(); ++i) {
        int inWindow = 0;
        for (int j = 0; j <= i; ++j)
            inWindow += time(log.at(j)) > time(log.at(i)) - 1000;
        QVERIFY2(inWindow <= 5,
                 qPrintable(QStringLiteral("%1 requests in the second before request %2")
                                .arg(inWindow)
                                .arg(i)));
    }
}

void TestRateLimitAgainstServer::server429IsRetriedAndSucceeds()
{
    queueFaults(m_server, {QJsonObject{{"status", 429}}, QJsonObject{{"status", 429}}});
    const auto result =
        waitFor<Profile>([this](QObject *c, auto done) { m_client->fetchProfile(c, done); });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().message));
    const QList<QJsonObject> log = serverLog(m_server);
    QCOMPARE(log.size(), 3);
    QCOMPARE(status(log.at(0)), 429);
    QCOMPARE(status(log.at(1)), 429);
    QCOMPARE(status(log.at(2)), 200);
}

void TestRateLimitAgainstServer::retryAfterIsHonoured()
{
    queueFaults(m_server, {QJsonObject{{"status", 429}, {"retryAfter", 2}}});
    QObject context;
    int finished = 0;
    bool allOk = true;
    auto done = [&](const ApiResult<SessionInfo> &result) {
        ++finished;
        allOk = allOk && result.ok();
    };
    m_client->fetchSession(&context, done);
    // Once the client knows it must wait, a new request has to wait as well.
    bool second = false;
    connect(m_client->scheduler(), &RequestScheduler::rateLimitedUntilChanged, &context,
            [&](const QDateTime &until) {
                if (until.isValid() && !second) {
                    second = true;
                    m_client->fetchSession(&context, done);
                }
            });
    QTRY_COMPARE_WITH_TIMEOUT(finished, 2, 15000);
    QVERIFY(second);
    QVERIFY(allOk);

    const QList<QJsonObject> log = serverLog(m_server);
    QCOMPARE(log.size(), 3);
    QCOMPARE(status(log.at(0)), 429);
    for (int i = 1; i < log.size(); ++i) {
        QCOMPARE(status(log.at(i)), 200);
        const qint64 after = time(log.at(i)) - time(log.at(0));
        QVERIFY2(
            after >= 2000,
            qPrintable(QStringLiteral("request %1 came %2 ms after the 429").arg(i).arg(after)));
    }
}

void TestRateLimitAgainstServer::retryCapSurfacesRateLimited()
{
    RequestScheduler::Policy policy = m_client->scheduler()->policy();
    policy.maxRateLimitRetries = 2;
    m_client->scheduler()->setPolicy(policy);
    queueFaults(m_server, {QJsonObject{{"status", 429}}, QJsonObject{{"status", 429}},
                           QJsonObject{{"status", 429}}});
    const auto result =
        waitFor<Profile>([this](QObject *c, auto done) { m_client->fetchProfile(c, done); });
    QVERIFY(result);
    QCOMPARE(result->error().kind, ApiError::Kind::RateLimited);
    QCOMPARE(result->error().httpStatus, 429);
    QCOMPARE(serverLog(m_server).size(), 3);
}

QTEST_GUILESS_MAIN(TestRateLimitAgainstServer)
#include "tst_ratelimitagainstserver.moc"
