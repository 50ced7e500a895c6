// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What goes over the wire, checked on a tiny in-process HTTP endpoint: the
// headers, what is refused before any connection, redirects, timeouts and
// broken answers. (Status and body handling against the real fake server is
// in tst_apiclienterrors.)

#include "LocalHttpServer.h"

#include "core/Version.h"
#include "core/api/NetworkTransport.h"
#include "core/services/SystemClock.h"

#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslSocket>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QString secretKey = QStringLiteral("0123456789abcdef-secret-key");

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}

QUrl baseUrl(const QString &scheme, quint16 port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/api/v1"));
    return url;
}

// Starts one attempt and waits for its answer (tests only).
ApiResponse attempt(NetworkTransport &transport, const ApiRequest &request, int waitMs = 10000)
{
    QSignalSpy spy(&transport, &RequestTransport::attemptFinished);
    const quint64 id = transport.start(request);
    if (!spy.wait(waitMs))
        return {};
    if (spy.first().at(0).value<quint64>() != id)
        return {};
    return spy.first().at(1).value<ApiResponse>();
}

} // namespace

class TestNetworkTransport : public QObject
{
    Q_OBJECT
private slots:
    void authenticatedRequestHeaders();
    void signInRequestCarriesNoKeyOrImpersonation();
    void apiKeyNeverLogged();
    void insecureUrlRefusedBeforeAnyConnection();
    void invalidBaseUrlRefused();
    void connectionRefusedProvablyNeverArrived();
    void silenceIsTimeout();
    void emptySuccessIsFine();
    void truncatedAnswerIsNotSuccess();
    void redirectIsNotFollowed();
    void tlsFailureIsReported();
    void oversizedAnswerIsCutOff_data();
    void oversizedAnswerIsCutOff();
    void hugeRetryAfterIsCapped_data();
    void hugeRetryAfterIsCapped();

private:
    SystemClock m_clock;
};

void TestNetworkTransport::authenticatedRequestHeaders()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    NetworkTransport transport(&m_clock);
    transport.setBaseUrl(baseUrl(QStringLiteral("http"), server.port()));
    transport.setApiKey(secretKey);
    transport.setImpersonatedUserId(933662266);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user_id"), QStringLiteral("7"));
    const ApiResponse response =
        attempt(transport, ApiRequest::get(QStringLiteral("/activities"), query));
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.httpStatus, 200);

    QCOMPARE(server.requestHeads().size(), 1);
    const auto headers = LocalHttpServer::parseHead(server.requestHeads().first());
    QCOMPARE(headers.value({}), QByteArray("GET /api/v1/activities?user_id=7 HTTP/1.1"));
    QCOMPARE(headers.value("authorization"), "Token token=" + secretKey.toUtf8());
    QCOMPARE(headers.value("accept"), QByteArray("application/json"));
    QCOMPARE(headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(headers.value("x-impersonate-user-id"), QByteArray("933662266"));
    const QByteArray userAgent = headers.value("user-agent");
    QVERIFY2(userAgent.startsWith("MocoTrack/" MOCOTRACK_VERSION " ("), userAgent.constData());
    QVERIFY2(userAgent.endsWith(')'), userAgent.constData());
    QVERIFY(userAgent.contains(QSysInfo::prettyProductName().toUtf8()));
}

void TestNetworkTransport::signInRequestCarriesNoKeyOrImpersonation()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    NetworkTransport transport(&m_clock);
    transport.setBaseUrl(baseUrl(QStringLiteral("http"), server.port()));
    transport.setApiKey(secretKey);
    transport.setImpersonatedUserId(42);

    ApiRequest login =
        ApiRequest::post(QStringLiteral("/session"), R"({"email":"a@b.c","password":"pw"})");
    login.authenticated = false;
    QVERIFY(attempt(transport, login).ok());

    QCOMPARE(server.requestHeads().size(), 1);
    const auto headers = LocalHttpServer::parseHead(server.requestHeads().first());
    QVERIFY(headers.value({}).startsWith("POST /api/v1/session "));
    QVERIFY(!headers.contains("authorization"));
    QVERIFY(!headers.contains("x-impersonate-user-id"));
    QCOMPARE(headers.value("content-type"), QByteArray("application/json"));
}

void TestNetworkTransport::apiKeyNeverLogged()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    QLoggingCategory::setFilterRules(QStringLiteral("mocotrack.*=true"));
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        NetworkTransport transport(&m_clock);
        transport.setBaseUrl(baseUrl(QStringLiteral("http"), server.port()));
        transport.setApiKey(secretKey);
        attempt(transport, ApiRequest::get(QStringLiteral("/session")));
        transport.setBaseUrl(QUrl(QStringLiteral("http://192.0.2.1/api/v1")));
        attempt(transport, ApiRequest::get(QStringLiteral("/session")));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(!capturedMessages.isEmpty(), "debug logging produced nothing: the check is void");
    for (const QString &message : std::as_const(capturedMessages))
        QVERIFY2(!message.contains(secretKey), qPrintable(message));
}

void TestNetworkTransport::insecureUrlRefusedBeforeAnyConnection()
{
    // Every connection the transport makes goes to this "proxy", which only
    // counts: nothing may arrive for a refused URL.
    LocalHttpServer proxy;
    QVERIFY(proxy.listen());
    proxy.setAnswering(false);
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
    auto restoreProxy = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy()); });

    NetworkTransport transport(&m_clock);
    transport.setApiKey(secretKey);
    transport.setBaseUrl(QUrl(QStringLiteral("http://192.0.2.1/api/v1")));
    const ApiResponse refused = attempt(transport, ApiRequest::get(QStringLiteral("/session")));
    QCOMPARE(refused.error.kind, ApiError::Kind::InsecureUrl);
    QVERIFY(!refused.reachedServer);
    QVERIFY2(refused.error.message.contains(QLatin1String("192.0.2.1")),
             qPrintable(refused.error.message));
    QTest::qWait(200);
    QCOMPARE(proxy.connectionCount(), 0);

    // Control: the same host over https is attempted, so the proxy would
    // have seen the refused request had it been sent.
    transport.setBaseUrl(QUrl(QStringLiteral("https://192.0.2.1/api/v1")));
    const quint64 id = transport.start(ApiRequest::get(QStringLiteral("/session")));
    QTRY_COMPARE(proxy.connectionCount(), 1);
    transport.abort(id);
}

void TestNetworkTransport::invalidBaseUrlRefused()
{
    NetworkTransport transport(&m_clock);
    const ApiResponse response = attempt(transport, ApiRequest::get(QStringLiteral("/session")));
    QCOMPARE(response.error.kind, ApiError::Kind::InsecureUrl);
    QCOMPARE(response.error.detail, ApiError::Detail::InvalidBaseUrl);
    QVERIFY(!response.reachedServer);
}

void TestNetworkTransport::connectionRefusedProvablyNeverArrived()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    NetworkTransport transport(&m_clock);
    transport.setBaseUrl(baseUrl(QStringLiteral("http"), closedPort));
    const ApiResponse response =
        attempt(transport, ApiRequest::post(QStringLiteral("/activities"), "{}"));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QCOMPARE(response.error.detail, ApiError::Detail::ConnectionRefused);
    QVERIFY(!response.reachedServer);
}

void TestNetworkTransport::silenceIsTimeout()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setAnswering(false);
    NetworkTransport transport(&m_clock);
    transport.setBaseUrl(baseUrl(QStringLiteral("http"), server.port()));
    ApiRequest request = ApiRequest::get(QStringLiteral("/profile"));
    request.timeout = 300ms;
    const ApiResponse response = attempt(transport, request);
    QCOMPARE(response.error.kind, ApiError::Kind::Timeout);
    QVERIFY(response.reachedServer);
}

void TestNetworkTransport::emptySuccessIsFine()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setAnswer("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
    NetworkTransport transport(&m_clock);
    transport.setBaseUrl(baseUrl(QStringLiteral("http"), server.port()));
    const ApiResponse response =
        attempt(transport, ApiRequest::del(QStringLiteral("/activities/1")));
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.httpStatus, 204);
    QVERIFY(response.body.isEmpty());
    QVERIFY(LocalHttpServer::parseHead(server.requestHeads().value(0))
                .value({})
                .startsWith("DELETE /api/v1/activities/1 "));
}

void TestNetworkTransport::truncatedAnswerIsNotSuccess()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Content-Length: 500\r\nConnection: close\r\n\r\n[{\"id\": 1},");
    NetworkTransport transport(&m_clock);
    transport.setBaseUrl(baseUrl(QStringLiteral("http"), server.port()));
    const ApiResponse response = attempt(transport, ApiRequest::get(QStringLiteral("/activities")));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
}

void TestNetworkTransport::redirectIsNotFollowed()
{
    LocalHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setAnswer(
        "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:" + QByteArray::number(elsewhere.port()) +
        "/api/v1/session\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    NetworkTransport transport(&m_clock);
    transport.setApiKey(secretKey);
    transport.setBaseUrl(baseUrl(QStringLiteral("http"), server.port()));
    const ApiResponse response = attempt(transport, ApiRequest::get(QStringLiteral("/session")));
    QCOMPARE(response.error.kind, ApiError::Kind::Server);
    QCOMPARE(response.error.detail, ApiError::Detail::UnexpectedRedirect);
    QCOMPARE(response.httpStatus, 302);
    QCOMPARE(elsewhere.connectionCount(), 0); // the key did not travel on
}

void TestNetworkTransport::tlsFailureIsReported()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // A server that does not speak TLS: the handshake fails, and the error
    // is reported, never ignored.
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setAnswer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    server.setAnswerAtOnce(true);
    NetworkTransport transport(&m_clock);
    transport.setBaseUrl(baseUrl(QStringLiteral("https"), server.port()));
    const ApiResponse response = attempt(transport, ApiRequest::get(QStringLiteral("/session")));
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QCOMPARE(response.error.detail, ApiError::Detail::Tls);
}

void TestNetworkTransport::oversizedAnswerIsCutOff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("bodyBytes");
    QTest::addColumn<bool>("accepted");

    constexpr int cap = 1024 * 1024;
    const QByteArray announced = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 "Content-Length: %1\r\nConnection: close\r\n\r\n";
    QTest::newRow("announced, twice the cap")
        << QByteArray(announced).replace("%1", QByteArray::number(2 * cap)) << 2 * cap << false;
    // No Content-Length: the body ends when the server closes, so only
    // counting what arrives can stop it.
    QTest::newRow("unannounced, three times the cap")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\n\r\n")
        << 3 * cap << false;
    QTest::newRow("an error page past the cap")
        << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\n"
                      "Connection: close\r\n\r\n")
        << 2 * cap << false;
    QTest::newRow("just below the cap")
        << QByteArray(announced).replace("%1", QByteArray::number(cap - 1)) << cap - 1 << true;
}

void TestNetworkTransport::oversizedAnswerIsCutOff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, bodyBytes);
    QFETCH(bool, accepted);

    QCOMPARE(NetworkTransport::defaultMaxResponseBytes, qint64(32) * 1024 * 1024);
    LocalHttpServer server;
    QVERIFY(server.listen());
    // A JSON array, so that nothing but its size can make it fail.
    QByteArray body = "[\"" + QByteArray(bodyBytes - 4, 'x') + "\"]";
    server.setAnswer(head + body);
    NetworkTransport transport(&m_clock);
    transport.setMaxResponseBytes(1024 * 1024);
    transport.setBaseUrl(baseUrl(QStringLiteral("http"), server.port()));
    const ApiResponse response = attempt(transport, ApiRequest::get(QStringLiteral("/activities")));
    if (accepted) {
        QVERIFY2(response.ok(), qPrintable(response.error.message));
        QCOMPARE(response.body.size(), bodyBytes);
        return;
    }
    QCOMPARE(response.error.kind, ApiError::Kind::Parse);
    QCOMPARE(response.error.detail, ApiError::Detail::ResponseTooLarge);
    QVERIFY(response.reachedServer);
    QVERIFY(response.body.isEmpty());
}

void TestNetworkTransport::hugeRetryAfterIsCapped_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("20 digits") << QByteArray("99999999999999999999") << qint64(3600);
    QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << qint64(3600);
    QTest::newRow("reasonable") << QByteArray("30") << qint64(30);
}

void TestNetworkTransport::hugeRetryAfterIsCapped()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, seconds);
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setAnswer("HTTP/1.1 429 Too Many Requests\r\nRetry-After: " + retryAfter +
                     "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    NetworkTransport transport(&m_clock);
    transport.setBaseUrl(baseUrl(QStringLiteral("http"), server.port()));
    const ApiResponse response = attempt(transport, ApiRequest::get(QStringLiteral("/activities")));
    QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
    QVERIFY(response.error.retryAfter);
    QCOMPARE(response.error.retryAfter->count(), seconds);
}

QTEST_GUILESS_MAIN(TestNetworkTransport)
#include "tst_networktransport.moc"
