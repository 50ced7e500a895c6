// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeApiClient.h"

#include "support/FakeServerProcess.h"

#include <QtTest>

// 429 past N requests per S seconds, per API key, sliding window.
class TestFakeServerRateLimit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void limitAnswers429WithMessage();
    void windowSlidesOn();
    void eachKeyHasItsOwnBudget();
    void limitCanBeChangedAndSwitchedOff();

private:
    int okCount(FakeApiClient &client, int requests, QList<int> *statuses = nullptr);

    // 5 per second, as in the scheduler tests.
    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("5/1")}};
};

void TestFakeServerRateLimit::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestFakeServerRateLimit::init()
{
    m_server.control("POST", QStringLiteral("/rate"),
                     QJsonDocument(QJsonObject{{QStringLiteral("requests"), 5},
                                               {QStringLiteral("seconds"), 1}}));
}

int TestFakeServerRateLimit::okCount(FakeApiClient &client, int requests, QList<int> *statuses)
{
    int ok = 0;
    for (int index = 0; index < requests; ++index) {
        const int status = client.get(FakeApiClient::api(QStringLiteral("/session"))).status;
        ok += status == 200 ? 1 : 0;
        if (statuses)
            statuses->append(status);
    }
    return ok;
}

void TestFakeServerRateLimit::limitAnswers429WithMessage()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    QList<int> statuses;
    // A longer window so the burst surely fits in it.
    m_server.control("POST", QStringLiteral("/rate"),
                     QJsonDocument(QJsonObject{{QStringLiteral("requests"), 5},
                                               {QStringLiteral("seconds"), 30}}));
    QCOMPARE(okCount(client, 5, &statuses), 5);
    const auto limited = client.get(FakeApiClient::api(QStringLiteral("/activities")));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.object(),
             (QJsonObject{{QStringLiteral("message"), QStringLiteral("Too many requests")}}));
    // No Retry-After and no rate-limit headers: the live service sends none.
    QVERIFY(!limited.hasHeader("Retry-After"));
    QVERIFY(!limited.hasHeader("X-RateLimit-Limit"));

    const QJsonArray log = m_server.control("GET", QStringLiteral("/requests"))
                               .object()
                               .value(QStringLiteral("requests"))
                               .toArray();
    QCOMPARE(log.last().toObject().value(QStringLiteral("status")).toInt(), 429);
}

void TestFakeServerRateLimit::windowSlidesOn()
{
    // A 2 s window: eight quick requests surely fall into it, even on a
    // loaded machine.
    m_server.control("POST", QStringLiteral("/rate"),
                     QJsonDocument(QJsonObject{{QStringLiteral("requests"), 5},
                                               {QStringLiteral("seconds"), 2}}));
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    // Exhaust the budget …
    const int statusOk = okCount(client, 8);
    QVERIFY(statusOk >= 5 && statusOk < 8);
    // … and once the window has passed, requests are served again.
    QTest::qWait(2100);
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/session"))).status, 200);
}

void TestFakeServerRateLimit::eachKeyHasItsOwnBudget()
{
    m_server.control("POST", QStringLiteral("/rate"),
                     QJsonDocument(QJsonObject{{QStringLiteral("requests"), 5},
                                               {QStringLiteral("seconds"), 30}}));
    FakeApiClient anna(m_server.port());
    anna.setApiKey(FakeServerProcess::demoApiKey);
    FakeApiClient sam(m_server.port());
    sam.setApiKey(FakeServerProcess::staffApiKey);
    QCOMPARE(okCount(anna, 6), 5);
    QCOMPARE(okCount(sam, 5), 5);
}

void TestFakeServerRateLimit::limitCanBeChangedAndSwitchedOff()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const QJsonObject rate =
        m_server
            .control("POST", QStringLiteral("/rate"),
                     QJsonDocument(QJsonObject{{QStringLiteral("requests"), 2},
                                               {QStringLiteral("seconds"), 60}}))
            .object();
    QCOMPARE(rate.value(QStringLiteral("requests")).toInt(), 2);
    QCOMPARE(okCount(client, 3), 2);

    m_server.control("POST", QStringLiteral("/rate"),
                     QJsonDocument(QJsonObject{{QStringLiteral("off"), true}}));
    QCOMPARE(okCount(client, 30), 30);
}

QTEST_GUILESS_MAIN(TestFakeServerRateLimit)
#include "tst_fakeserverratelimit.moc"
