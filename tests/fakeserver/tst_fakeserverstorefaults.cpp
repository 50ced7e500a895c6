// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeApiClient.h"

#include "support/FakeServerProcess.h"

#include <QTcpSocket>
#include <QtTest>

#include <memory>

namespace {

// A raw request left in flight while the test does other things (the
// blocking FakeApiClient::raw cannot look at the server meanwhile).
class PendingRequest
{
public:
    PendingRequest(quint16 port, const QByteArray &request)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                         [this]() { m_bytes += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket,
                         [this]() { m_closed = true; });
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_socket.write(request);
    }
    bool answered() const { return m_bytes.contains("\r\n\r\n"); }
    bool closed() const { return m_closed; }
    QByteArray bytes() const { return m_bytes; }
    int status() const { return m_bytes.mid(9, 3).toInt(); }
    QByteArray body() const { return m_bytes.mid(m_bytes.indexOf("\r\n\r\n") + 4); }
    void abort() { m_socket.abort(); }

private:
    QTcpSocket m_socket;
    QByteArray m_bytes;
    bool m_closed = false;
};

} // namespace

// The faults around the moment a write is stored: a store that is slow
// (nothing visible until it is done), an answer that comes late although the
// record is stored at once, a captive portal that answers 200 without the
// server ever seeing the request, and 2xx answers whose body cannot be read
// although the record was stored. Raw sockets: QNetworkAccessManager would
// resend a POST whose connection closes.
class TestFakeServerStoreFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void slowStoreShowsNothingUntilItIsDone();
    void slowStoreDelaysOnlyMatchingRequests();
    void wildcardPatternsMatchOneSegment();
    void queuedLatencyForAPathIsASlowStore();
    void answerDelayStoresAtOnceAndAnswersLate();
    void queuedAnswerDelayAppliesOnce();
    void captivePortalAnswersHtmlAndStoresNothing();
    void portalRateAnswersEveryRequestWithThePage();
    void dropAfterStoreStoresExactlyOnce();
    void malformedCreateIsStoredButUnreadable();
    void wrongTypeCreateIsStoredButUnreadable();
    void delaysAreListedAndCleared();
    void badDelaysAreRejected();
    void commandLineDelaysApply();

private:
    void configure(const QJsonObject &settings);
    QByteArray rawCreate(const QString &description) const;
    int stored(const QString &description);
    QJsonArray log();
    int sessionGetMs();

    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
};

void TestFakeServerStoreFaults::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestFakeServerStoreFaults::init()
{
    m_server.control("POST", QStringLiteral("/faults/clear"));
    m_server.control("POST", QStringLiteral("/requests/clear"));
}

void TestFakeServerStoreFaults::configure(const QJsonObject &settings)
{
    const QJsonObject answer =
        m_server.control("POST", QStringLiteral("/faults"), QJsonDocument(settings)).object();
    QVERIFY2(!answer.contains(QStringLiteral("error")),
             qPrintable(answer.value(QStringLiteral("error")).toString()));
}

QByteArray TestFakeServerStoreFaults::rawCreate(const QString &description) const
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

int TestFakeServerStoreFaults::stored(const QString &description)
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

QJsonArray TestFakeServerStoreFaults::log()
{
    return m_server.control("GET", QStringLiteral("/requests"))
        .object()
        .value(QStringLiteral("requests"))
        .toArray();
}

int TestFakeServerStoreFaults::sessionGetMs()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    QElapsedTimer timer;
    timer.start();
    const int status = client.get(FakeApiClient::api(QStringLiteral("/session"))).status;
    return status == 200 ? int(timer.elapsed()) : -1;
}

void TestFakeServerStoreFaults::slowStoreShowsNothingUntilItIsDone()
{
    configure(
        {{QStringLiteral("delays"),
          QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                 {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                                 {QStringLiteral("latencyMs"), 1500}}}}});
    const QString description = QStringLiteral("slow store");
    QElapsedTimer timer;
    timer.start();
    PendingRequest create(m_server.port(), rawCreate(description));

    // While the store is slow, neither the API nor the server's state shows
    // the record, and other requests are answered meanwhile.
    QTest::qWait(300);
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto during =
        client.get(FakeApiClient::api(QStringLiteral("/activities?from=2026-01-07&to=2026-01-07")));
    QCOMPARE(during.status, 200);
    for (const QJsonValue &activity : during.array())
        QVERIFY(activity.toObject().value(QStringLiteral("description")).toString() != description);
    QCOMPARE(stored(description), 0);
    QVERIFY(!create.answered());
    QVERIFY(timer.elapsed() < 1500);

    QTRY_VERIFY_WITH_TIMEOUT(create.answered(), 5000);
    QVERIFY(timer.elapsed() >= 1400);
    QCOMPARE(create.status(), 200);
    QCOMPARE(stored(description), 1);
    const QJsonObject entry = log().last().toObject();
    QCOMPARE(entry.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(entry.value(QStringLiteral("fault")).toString(), QStringLiteral("latency"));
}

void TestFakeServerStoreFaults::slowStoreDelaysOnlyMatchingRequests()
{
    configure(
        {{QStringLiteral("delays"),
          QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                 {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                                 {QStringLiteral("latencyMs"), 1500}}}}});
    // Another method or path is not slowed: a GET of the same path answers at once.
    const int fast = sessionGetMs();
    QVERIFY2(fast >= 0 && fast < 1000, qPrintable(QString::number(fast)));
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(
        client.get(FakeApiClient::api(QStringLiteral("/activities?from=2026-01-07&to=2026-01-07")))
            .status,
        200);
    QVERIFY(timer.elapsed() < 1000);
    // It lasts: every matching request waits, not only the first.
    for (int round = 0; round < 2; ++round) {
        const auto reply =
            FakeApiClient::raw(m_server.port(), rawCreate(QStringLiteral("late")), 300);
        QVERIFY(reply.bytes.isEmpty());
    }
    QTRY_COMPARE(log().last().toObject().value(QStringLiteral("fault")).toString(),
                 QStringLiteral("cancelled"));
    QTest::qWait(1600);
    QCOMPARE(stored(QStringLiteral("late")), 0); // given up before the store: never stored
}

void TestFakeServerStoreFaults::wildcardPatternsMatchOneSegment()
{
    configure(
        {{QStringLiteral("delays"),
          QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/v1/*/session")},
                                 {QStringLiteral("latencyMs"), 800}},
                     QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/v1/ses*")},
                                 {QStringLiteral("latencyMs"), 800}}}}});
    // "/api/v1/*/session" needs a segment there; "/api/v1/ses*" must match
    // the whole path, which "/api/v1/session" does.
    const int slow = sessionGetMs();
    QVERIFY2(slow >= 700, qPrintable(QString::number(slow)));
    configure(
        {{QStringLiteral("delays"),
          QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/v1/*/session")},
                                 {QStringLiteral("latencyMs"), 800}}}}});
    const int fast = sessionGetMs();
    QVERIFY2(fast >= 0 && fast < 700, qPrintable(QString::number(fast)));
}

void TestFakeServerStoreFaults::queuedLatencyForAPathIsASlowStore()
{
    configure(
        {{QStringLiteral("queue"),
          QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                 {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                                 {QStringLiteral("latencyMs"), 1200}}}}});
    QVERIFY(sessionGetMs() < 1000); // not the matching request: the entry waits
    const QString description = QStringLiteral("queued slow store");
    PendingRequest create(m_server.port(), rawCreate(description));
    QTest::qWait(300);
    QCOMPARE(stored(description), 0);
    QTRY_VERIFY_WITH_TIMEOUT(create.answered(), 5000);
    QCOMPARE(stored(description), 1);
}

void TestFakeServerStoreFaults::answerDelayStoresAtOnceAndAnswersLate()
{
    configure(
        {{QStringLiteral("delays"),
          QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                 {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                                 {QStringLiteral("answerDelayMs"), 3000}}}}});
    // A client with a shorter timeout gives up; the server has the record.
    const QString abandoned = QStringLiteral("stored, client gave up");
    const auto gaveUp = FakeApiClient::raw(m_server.port(), rawCreate(abandoned), 400);
    QVERIFY(gaveUp.connected);
    QVERIFY(gaveUp.bytes.isEmpty());
    QCOMPARE(stored(abandoned), 1);
    QCOMPARE(log().last().toObject().value(QStringLiteral("fault")).toString(),
             QStringLiteral("answerDelay"));

    // A patient client gets the real answer, late, and sees its record in
    // the meantime through another connection. 3 s: one read of the whole
    // state takes up to ~0.7 s in a Debug build on a busy machine, and the
    // first read may come before the create.
    const QString patient = QStringLiteral("stored, answered late");
    QElapsedTimer timer;
    timer.start();
    PendingRequest create(m_server.port(), rawCreate(patient));
    QTRY_COMPARE(stored(patient), 1);
    QVERIFY(!create.answered());
    QVERIFY(timer.elapsed() < 3000);
    QTRY_VERIFY_WITH_TIMEOUT(create.answered(), 5000);
    QVERIFY(timer.elapsed() >= 2900);
    QCOMPARE(create.status(), 200);
    QTRY_VERIFY(create.body().endsWith('}'));
    const QJsonObject answer = QJsonDocument::fromJson(create.body()).object();
    QCOMPARE(answer.value(QStringLiteral("description")).toString(), patient);
    QCOMPARE(stored(patient), 1);
}

void TestFakeServerStoreFaults::queuedAnswerDelayAppliesOnce()
{
    configure({{QStringLiteral("queue"),
                QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/v1/session")},
                                       {QStringLiteral("answerDelayMs"), 900}}}}});
    QVERIFY(sessionGetMs() >= 800);
    QVERIFY(sessionGetMs() < 800);
}

void TestFakeServerStoreFaults::captivePortalAnswersHtmlAndStoresNothing()
{
    configure({{QStringLiteral("queue"),
                QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                       {QStringLiteral("portal"), true}}}}});
    const QString description = QStringLiteral("caught by the portal");
    PendingRequest create(m_server.port(), rawCreate(description));
    QTRY_VERIFY(create.answered());
    QCOMPARE(create.status(), 200);
    QVERIFY(create.bytes().toLower().contains("content-type: text/html"));
    QTRY_VERIFY(create.body().contains("</html>"));
    QVERIFY(QJsonDocument::fromJson(create.body()).isNull());
    QCOMPARE(stored(description), 0);
    QCOMPARE(log().last().toObject().value(QStringLiteral("fault")).toString(),
             QStringLiteral("portal"));
    // Used up: the next create is stored.
    const auto next = FakeApiClient::raw(m_server.port(), rawCreate(description));
    QVERIFY(next.bytes.startsWith("HTTP/1.1 200"));
    QCOMPARE(stored(description), 1);
}

void TestFakeServerStoreFaults::portalRateAnswersEveryRequestWithThePage()
{
    configure({{QStringLiteral("portalRate"), 1}});
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    for (const QString &path : {QStringLiteral("/session"), QStringLiteral("/projects/assigned")}) {
        const auto reply = client.get(FakeApiClient::api(path));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY(reply.json().isNull());
    }
    // Even without a key: the portal answers before MOCO could refuse it.
    QCOMPARE(
        FakeApiClient(m_server.port()).get(FakeApiClient::api(QStringLiteral("/session"))).status,
        200);
    configure({{QStringLiteral("portalRate"), 0}});
    QVERIFY(client.get(FakeApiClient::api(QStringLiteral("/session"))).json().isObject());
}

void TestFakeServerStoreFaults::dropAfterStoreStoresExactlyOnce()
{
    configure({{QStringLiteral("queue"),
                QJsonArray{QJsonObject{{QStringLiteral("dropAfterStore"), true}}}}});
    const QString description = QStringLiteral("stored, connection dropped");
    const auto reply = FakeApiClient::raw(m_server.port(), rawCreate(description));
    QVERIFY(reply.connected);
    QVERIFY(reply.closedByServer);
    QVERIFY(reply.bytes.isEmpty());
    QCOMPARE(stored(description), 1);
    // The next request is not affected and the record is readable by the API.
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto day =
        client.get(FakeApiClient::api(QStringLiteral("/activities?from=2026-01-07&to=2026-01-07")));
    int seen = 0;
    for (const QJsonValue &activity : day.array())
        seen += activity.toObject().value(QStringLiteral("description")).toString() == description;
    QCOMPARE(seen, 1);
}

void TestFakeServerStoreFaults::malformedCreateIsStoredButUnreadable()
{
    configure(
        {{QStringLiteral("queue"), QJsonArray{QJsonObject{{QStringLiteral("malformed"), true}}}}});
    const QString description = QStringLiteral("stored, answer cut off");
    const auto reply = FakeApiClient::raw(m_server.port(), rawCreate(description));
    QVERIFY(reply.bytes.startsWith("HTTP/1.1 200"));
    const QByteArray body = reply.bytes.mid(reply.bytes.indexOf("\r\n\r\n") + 4);
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(stored(description), 1);
}

void TestFakeServerStoreFaults::wrongTypeCreateIsStoredButUnreadable()
{
    configure(
        {{QStringLiteral("queue"), QJsonArray{QJsonObject{{QStringLiteral("wrongType"), true}}}}});
    const QString description = QStringLiteral("stored, id of the wrong type");
    const auto reply = FakeApiClient::raw(m_server.port(), rawCreate(description));
    QVERIFY(reply.bytes.startsWith("HTTP/1.1 200"));
    const QJsonObject answer =
        QJsonDocument::fromJson(reply.bytes.mid(reply.bytes.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(answer.value(QStringLiteral("description")).toString(), description);
    QVERIFY(answer.value(QStringLiteral("id")).isString());
    QVERIFY(answer.value(QStringLiteral("id")).toString().toLongLong() > 0);
    QCOMPARE(stored(description), 1);
    QCOMPARE(log().last().toObject().value(QStringLiteral("fault")).toString(),
             QStringLiteral("wrongType"));

    // A list: each item's id.
    configure(
        {{QStringLiteral("queue"), QJsonArray{QJsonObject{{QStringLiteral("wrongType"), true}}}}});
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const QJsonArray projects =
        client.get(FakeApiClient::api(QStringLiteral("/projects/assigned"))).array();
    QVERIFY(!projects.isEmpty());
    for (const QJsonValue &project : projects)
        QVERIFY(project.toObject().value(QStringLiteral("id")).isString());
}

void TestFakeServerStoreFaults::delaysAreListedAndCleared()
{
    const QJsonArray delays{
        QJsonObject{{QStringLiteral("method"), QStringLiteral("post")},
                    {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                    {QStringLiteral("latencyMs"), 100}},
        QJsonObject{{QStringLiteral("answerDelayMs"), 50}}};
    configure({{QStringLiteral("delays"), delays}, {QStringLiteral("portalRate"), 0.25}});
    const QJsonObject shown = m_server.control("GET", QStringLiteral("/faults")).object();
    const QJsonArray listed = shown.value(QStringLiteral("delays")).toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("method")).toString(),
             QStringLiteral("POST"));
    QCOMPARE(listed.at(1).toObject().value(QStringLiteral("answerDelayMs")).toInt(), 50);
    QCOMPARE(shown.value(QStringLiteral("portalRate")).toDouble(), 0.25);
    // Omitted keys stay; an empty list removes them.
    configure({{QStringLiteral("errorRate"), 0}});
    QCOMPARE(m_server.control("GET", QStringLiteral("/faults"))
                 .object()
                 .value(QStringLiteral("delays"))
                 .toArray()
                 .size(),
             2);
    configure({{QStringLiteral("delays"), QJsonArray()}});
    QCOMPARE(m_server.control("GET", QStringLiteral("/faults"))
                 .object()
                 .value(QStringLiteral("delays"))
                 .toArray()
                 .size(),
             0);
    configure({{QStringLiteral("delays"), delays}});
    const QJsonObject cleared = m_server.control("POST", QStringLiteral("/faults/clear")).object();
    QCOMPARE(cleared.value(QStringLiteral("delays")).toArray().size(), 0);
    QCOMPARE(cleared.value(QStringLiteral("portalRate")).toDouble(), 0.0);
}

void TestFakeServerStoreFaults::badDelaysAreRejected()
{
    FakeApiClient client(m_server.port());
    const QList<QJsonObject> bad = {
        {{QStringLiteral("delays"),
          QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/x")}}}}},
        {{QStringLiteral("delays"), QJsonArray{QJsonObject{{QStringLiteral("latencyMs"), -5}}}}},
        {{QStringLiteral("delays"), QStringLiteral("POST /api/v1/activities")}},
        {{QStringLiteral("portalRate"), 2}},
    };
    for (const QJsonObject &settings : bad) {
        const auto reply = client.post(QStringLiteral("/__fake/faults"), settings);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.object().contains(QStringLiteral("error")));
    }
    QCOMPARE(m_server.control("GET", QStringLiteral("/faults"))
                 .object()
                 .value(QStringLiteral("delays"))
                 .toArray()
                 .size(),
             0);
}

void TestFakeServerStoreFaults::commandLineDelaysApply()
{
    FakeServerProcess server(
        {QStringLiteral("--rate"), QStringLiteral("off"), QStringLiteral("--latency-for"),
         QStringLiteral("GET /api/v1/session=900"), QStringLiteral("--answer-delay-for"),
         QStringLiteral("/api/v1/projects/assigned=900")});
    QVERIFY(server.start());
    const QJsonArray delays = server.control("GET", QStringLiteral("/faults"))
                                  .object()
                                  .value(QStringLiteral("delays"))
                                  .toArray();
    QCOMPARE(delays.size(), 2);
    QCOMPARE(delays.at(0).toObject(),
             (QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                          {QStringLiteral("path"), QStringLiteral("/api/v1/session")},
                          {QStringLiteral("latencyMs"), 900}}));
    QCOMPARE(delays.at(1).toObject(),
             (QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/v1/projects/assigned")},
                          {QStringLiteral("answerDelayMs"), 900}}));
    FakeApiClient client(server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/session"))).status, 200);
    QVERIFY(timer.elapsed() >= 800);
    timer.restart();
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/projects/assigned"))).status, 200);
    QVERIFY(timer.elapsed() >= 800);
}

QTEST_GUILESS_MAIN(TestFakeServerStoreFaults)
#include "tst_fakeserverstorefaults.moc"
