// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeApiClient.h"

#include "support/FakeServerProcess.h"

#include <QtTest>

// Fault injection through /__fake/faults and the request log. Dropped
// connections are checked over raw sockets: QNetworkAccessManager would
// silently resend the request.
class TestFakeServerFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void queuedStatusesApplyInOrder();
    void injectedServerErrorIsNotJson();
    void malformedAnswerIsBrokenJson();
    void dropClosesWithoutAnsweringOrStoring();
    void dropAfterStoreStoresButNeverAnswers();
    void hangNeverAnswers();
    void latencyStillAnswers();
    void downRefusesConnectionsForAWhile();
    void entriesCanTargetAMethodAndPath();
    void ratesApplyToEveryRequest();
    void clearRemovesEveryFault();
    void requestLogListsApiTrafficOnly();
    void badControlInputIsRejected();
    void everyAnswerCarriesTheServerClockAsDate();

private:
    void queue(const QJsonArray &entries);
    QByteArray rawCreate(const QString &description) const;
    int activitiesWithDescription(const QString &description);
    QJsonArray log();

    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
};

void TestFakeServerFaults::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestFakeServerFaults::init()
{
    m_server.control("POST", QStringLiteral("/faults/clear"));
    m_server.control("POST", QStringLiteral("/requests/clear"));
}

void TestFakeServerFaults::queue(const QJsonArray &entries)
{
    const QJsonObject state =
        m_server
            .control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("queue"), entries}}))
            .object();
    QCOMPARE(state.value(QStringLiteral("queue")).toArray().size(), entries.size());
}

QByteArray TestFakeServerFaults::rawCreate(const QString &description) const
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-01-07")},
                                  {QStringLiteral("project_id"), qint64(3100000101)},
                                  {QStringLiteral("task_id"), qint64(3200000001)},
                                  {QStringLiteral("seconds"), 600},
                                  {QStringLiteral("description"), description}})
            .toJson(QJsonDocument::Compact);
    return "POST /api/v1/activities HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Token token=" +
           QByteArray(FakeServerProcess::demoApiKey) +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

int TestFakeServerFaults::activitiesWithDescription(const QString &description)
{
    int count = 0;
    const QJsonArray all =
        m_server
            .control(
                "GET",
                QStringLiteral("/state/activities?user_id=%1").arg(FakeServerProcess::demoUserId))
            .object()
            .value(QStringLiteral("activities"))
            .toArray();
    for (const QJsonValue &value : all)
        count += value.toObject().value(QStringLiteral("description")).toString() == description;
    return count;
}

QJsonArray TestFakeServerFaults::log()
{
    return m_server.control("GET", QStringLiteral("/requests"))
        .object()
        .value(QStringLiteral("requests"))
        .toArray();
}

void TestFakeServerFaults::queuedStatusesApplyInOrder()
{
    queue({QJsonObject{{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 2}},
           QJsonObject{{QStringLiteral("status"), 503}}});
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto first = client.get(FakeApiClient::api(QStringLiteral("/session")));
    QCOMPARE(first.status, 429);
    QCOMPARE(first.header("Retry-After"), QByteArray("2"));
    QCOMPARE(first.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Too many requests"));
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/session"))).status, 503);
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/session"))).status, 200);
}

void TestFakeServerFaults::injectedServerErrorIsNotJson()
{
    queue({QJsonObject{{QStringLiteral("status"), 502}},
           QJsonObject{{QStringLiteral("status"), 403}}});
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto gateway = client.get(FakeApiClient::api(QStringLiteral("/activities")));
    QCOMPARE(gateway.status, 502);
    QVERIFY(gateway.header("Content-Type").startsWith("text/html"));
    QVERIFY(gateway.json().isNull());
    const auto forbidden = client.get(FakeApiClient::api(QStringLiteral("/activities")));
    QCOMPARE(forbidden.status, 403);
    QVERIFY(forbidden.body.isEmpty());
}

void TestFakeServerFaults::malformedAnswerIsBrokenJson()
{
    queue({QJsonObject{{QStringLiteral("malformed"), true}}});
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto reply = client.get(FakeApiClient::api(QStringLiteral("/projects/assigned")));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestFakeServerFaults::dropClosesWithoutAnsweringOrStoring()
{
    queue({QJsonObject{{QStringLiteral("drop"), true}}});
    const QString description = QStringLiteral("dropped");
    const auto reply = FakeApiClient::raw(m_server.port(), rawCreate(description));
    QVERIFY(reply.connected);
    QVERIFY(reply.closedByServer);
    QVERIFY(reply.bytes.isEmpty());
    QCOMPARE(activitiesWithDescription(description), 0);
    const QJsonObject entry = log().last().toObject();
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 0);
    QCOMPARE(entry.value(QStringLiteral("fault")).toString(), QStringLiteral("drop"));
    QCOMPARE(entry.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
}

void TestFakeServerFaults::dropAfterStoreStoresButNeverAnswers()
{
    queue({QJsonObject{{QStringLiteral("dropAfterStore"), true}}});
    const QString description = QStringLiteral("stored, answer lost");
    const auto reply = FakeApiClient::raw(m_server.port(), rawCreate(description));
    QVERIFY(reply.closedByServer);
    QVERIFY(reply.bytes.isEmpty());
    QCOMPARE(activitiesWithDescription(description), 1);
    const QJsonObject entry = log().last().toObject();
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(entry.value(QStringLiteral("fault")).toString(), QStringLiteral("dropAfterStore"));
}

void TestFakeServerFaults::hangNeverAnswers()
{
    queue({QJsonObject{{QStringLiteral("hang"), true}}});
    const auto reply = FakeApiClient::raw(
        m_server.port(),
        FakeApiClient::rawGet(FakeApiClient::api(QStringLiteral("/session")),
                              QString::fromLatin1(FakeServerProcess::demoApiKey)),
        700);
    QVERIFY(reply.connected);
    QVERIFY(!reply.closedByServer);
    QVERIFY(reply.bytes.isEmpty());
    QCOMPARE(log().last().toObject().value(QStringLiteral("fault")).toString(),
             QStringLiteral("hang"));
    // The next request on a new connection is served normally.
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/session"))).status, 200);
}

void TestFakeServerFaults::latencyStillAnswers()
{
    queue({QJsonObject{{QStringLiteral("latencyMs"), 300}}});
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/session"))).status, 200);
    QCOMPARE(log().last().toObject().value(QStringLiteral("fault")).toString(),
             QStringLiteral("latency"));

    // A client that gives up while the request waits: it is never processed.
    queue({QJsonObject{{QStringLiteral("latencyMs"), 800}}});
    const QString description = QStringLiteral("given up");
    const auto reply = FakeApiClient::raw(m_server.port(), rawCreate(description), 200);
    QVERIFY(reply.bytes.isEmpty());
    QTRY_COMPARE(log().last().toObject().value(QStringLiteral("fault")).toString(),
                 QStringLiteral("cancelled"));
    QTest::qWait(900);
    QCOMPARE(activitiesWithDescription(description), 0);
}

void TestFakeServerFaults::downRefusesConnectionsForAWhile()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/session"))).status, 200);

    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 1500}}));
    const auto refused = FakeApiClient::raw(
        m_server.port(),
        FakeApiClient::rawGet(FakeApiClient::api(QStringLiteral("/session")),
                              QString::fromLatin1(FakeServerProcess::demoApiKey)),
        500);
    QVERIFY(!refused.connected);
    // A kept-alive connection does not get through either.
    const auto viaKeptConnection = client.get(FakeApiClient::api(QStringLiteral("/session")));
    QCOMPARE(viaKeptConnection.status, 0);
    QCOMPARE(viaKeptConnection.error, QNetworkReply::ConnectionRefusedError);

    QTRY_COMPARE_WITH_TIMEOUT(client.get(FakeApiClient::api(QStringLiteral("/session"))).status,
                              200, 5000);
}

void TestFakeServerFaults::entriesCanTargetAMethodAndPath()
{
    queue({QJsonObject{{QStringLiteral("status"), 500},
                       {QStringLiteral("method"), QStringLiteral("DELETE")},
                       {QStringLiteral("path"), QStringLiteral("/api/v1/activities/")}}});
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/session"))).status, 200);
    QCOMPARE(client.del(FakeApiClient::api(QStringLiteral("/activities/1"))).status, 500);
    QCOMPARE(client.del(FakeApiClient::api(QStringLiteral("/activities/1"))).status, 404);
}

void TestFakeServerFaults::ratesApplyToEveryRequest()
{
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("errorRate"), 1}}));
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    for (int index = 0; index < 6; ++index) {
        const int status = client.get(FakeApiClient::api(QStringLiteral("/session"))).status;
        QVERIFY2(status == 500 || status == 502 || status == 503,
                 qPrintable(QString::number(status)));
    }
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("errorRate"), 0},
                                               {QStringLiteral("dropRate"), 1}}));
    const auto dropped = FakeApiClient::raw(
        m_server.port(), FakeApiClient::rawGet(FakeApiClient::api(QStringLiteral("/session")),
                                               QString::fromLatin1(FakeServerProcess::demoApiKey)));
    QVERIFY(dropped.closedByServer);
    QVERIFY(dropped.bytes.isEmpty());
    // Control calls are never faulted.
    QCOMPARE(m_server.control("GET", QStringLiteral("/faults"))
                 .object()
                 .value(QStringLiteral("dropRate"))
                 .toDouble(),
             1.0);
}

void TestFakeServerFaults::clearRemovesEveryFault()
{
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{
            {QStringLiteral("queue"), QJsonArray{QJsonObject{{QStringLiteral("status"), 500}}}},
            {QStringLiteral("malformedRate"), 1},
            {QStringLiteral("latencyMs"), 50}}));
    const QJsonObject cleared = m_server.control("POST", QStringLiteral("/faults/clear")).object();
    QCOMPARE(cleared.value(QStringLiteral("queue")).toArray().size(), 0);
    QCOMPARE(cleared.value(QStringLiteral("malformedRate")).toDouble(), 0.0);
    QCOMPARE(cleared.value(QStringLiteral("latencyMs")).toInt(), 0);
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto reply = client.get(FakeApiClient::api(QStringLiteral("/session")));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().isObject());
}

void TestFakeServerFaults::requestLogListsApiTrafficOnly()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    client.get(FakeApiClient::api(QStringLiteral("/activities?user_id=1&page=2")));
    FakeApiClient anonymous(m_server.port());
    anonymous.post(FakeApiClient::api(QStringLiteral("/session")), {});
    m_server.control("GET", QStringLiteral("/faults"));
    const QJsonArray entries = log();
    QCOMPARE(entries.size(), 2);
    const QJsonObject get = entries.at(0).toObject();
    QCOMPARE(get.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(get.value(QStringLiteral("path")).toString(), QStringLiteral("/api/v1/activities"));
    QCOMPARE(get.value(QStringLiteral("query")).toString(), QStringLiteral("user_id=1&page=2"));
    QCOMPARE(get.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(get.value(QStringLiteral("key")).toString(),
             FakeServerProcess::keyId(QString::fromLatin1(FakeServerProcess::demoApiKey)));
    QVERIFY(!get.value(QStringLiteral("key"))
                 .toString()
                 .contains(QLatin1String(FakeServerProcess::demoApiKey)));
    QVERIFY(get.value(QStringLiteral("t")).toInteger() >= before - 1000);
    const QJsonObject signIn = entries.at(1).toObject();
    QCOMPARE(signIn.value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(signIn.value(QStringLiteral("key")).toString(), QString());
    QVERIFY(signIn.value(QStringLiteral("t")).toInteger() >=
            get.value(QStringLiteral("t")).toInteger());

    m_server.control("POST", QStringLiteral("/requests/clear"));
    QCOMPARE(log().size(), 0);
}

void TestFakeServerFaults::badControlInputIsRejected()
{
    FakeApiClient client(m_server.port());
    const auto reply = client.post(
        QStringLiteral("/__fake/faults"),
        {{QStringLiteral("queue"), QJsonArray{QJsonObject{{QStringLiteral("nonsense"), 1}}}}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object().contains(QStringLiteral("error")));
    QCOMPARE(client.post(QStringLiteral("/__fake/rate"), {{QStringLiteral("requests"), 0}}).status,
             400);
    QCOMPARE(client.get(QStringLiteral("/__fake/nothing")).status, 404);
}

void TestFakeServerFaults::everyAnswerCarriesTheServerClockAsDate()
{
    const auto dateOf = [](const QByteArray &header) {
        // RFC 9110's IMF-fixdate, always in English and GMT.
        QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(header),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        date.setTimeZone(QTimeZone::utc());
        return date;
    };
    const auto serverNow = [this]() {
        return QDateTime::fromString(m_server.control("GET", QStringLiteral("/clock"))
                                         .object()
                                         .value(QStringLiteral("now"))
                                         .toString(),
                                     Qt::ISODate);
    };
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto plain = client.get(FakeApiClient::api(QStringLiteral("/session")));
    const QDateTime date = dateOf(plain.header("Date"));
    QVERIFY2(date.isValid(), plain.header("Date").constData());
    QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) <= 2);

    // Moved with the server's clock: a client measures its skew from it.
    m_server.control("POST", QStringLiteral("/clock"),
                     QJsonDocument(QJsonObject{{QStringLiteral("offsetMs"), -3 * 3600 * 1000}}));
    const QDateTime shifted =
        dateOf(client.get(FakeApiClient::api(QStringLiteral("/session"))).header("Date"));
    QVERIFY(qAbs(shifted.secsTo(serverNow())) <= 2);
    QVERIFY(qAbs(shifted.secsTo(QDateTime::currentDateTimeUtc()) - 3 * 3600) <= 2);

    // On errors, injected answers, refusals and control calls too.
    queue({QJsonObject{{QStringLiteral("status"), 500}},
           QJsonObject{{QStringLiteral("status"), 429}}});
    QVERIFY(dateOf(client.get(FakeApiClient::api(QStringLiteral("/session"))).header("Date"))
                .isValid());
    QVERIFY(dateOf(client.get(FakeApiClient::api(QStringLiteral("/session"))).header("Date"))
                .isValid());
    FakeApiClient anonymous(m_server.port());
    const auto refused = anonymous.get(FakeApiClient::api(QStringLiteral("/session")));
    QCOMPARE(refused.status, 401);
    QVERIFY(qAbs(dateOf(refused.header("Date")).secsTo(serverNow())) <= 2);
    QVERIFY(dateOf(anonymous.get(QStringLiteral("/__fake/info")).header("Date")).isValid());
    m_server.control("POST", QStringLiteral("/clock"),
                     QJsonDocument(QJsonObject{{QStringLiteral("offsetMs"), 0}}));
}

QTEST_GUILESS_MAIN(TestFakeServerFaults)
#include "tst_fakeserverfaults.moc"
