// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every way a call can fail, against the real fake server over HTTP: each
// gives the right ApiError kind, retries happen only where they are safe, and
// nothing crashes.

#include "ApiTestSupport.h"

#include "core/api/ApiErrorText.h"
#include "core/services/SystemClock.h"

#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;
using namespace ApiTestSupport;

namespace {
constexpr qint64 demoUserId = 4294968001;
}

class TestApiClientErrors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wrongKeyIsUnauthorized();
    void unknownAccountIsUnauthorizedWithItsOwnText();
    void wrongPasswordIsUnauthorized();
    void forbiddenWithEmptyBody();
    void missingIsNotFound();
    void validationCarriesFieldMessages();
    void server500IsNotRetried();
    void server503IsRetriedForGet();
    void malformedJsonIsParseError();
    void malformedListIsParseError();
    void wrongTypeIsParseErrorNamingTheField();
    void emptySuccessBodyWhereValueExpectedIsParseError();
    void droppedConnectionIsNetworkError();
    void droppedConnectionIsRetriedForGet();
    void silenceIsTimeout();
    void postDroppedAfterStoreIsNotSentTwice();
    void insecureUrlIsRefusedBeforeSending();

private:
    ApiClient *
    makeClient(const QString &apiKey = QString::fromLatin1(FakeServerProcess::demoApiKey));

    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
    SystemClock m_clock;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClientErrors::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestApiClientErrors::init()
{
    m_server.control("POST", QStringLiteral("/faults/clear"));
    clearServerLog(m_server);
}

void TestApiClientErrors::cleanup()
{
    m_client.reset();
}

ApiClient *TestApiClientErrors::makeClient(const QString &apiKey)
{
    m_client = std::make_unique<ApiClient>(&m_clock);
    m_client->setBaseUrl(m_server.apiBaseUrl());
    m_client->setApiKey(apiKey);
    RequestScheduler::Policy policy;
    policy.windowRequests = 1000;
    policy.backoffStart = 50ms;
    policy.backoffCap = 200ms;
    m_client->scheduler()->setPolicy(policy);
    return m_client.get();
}

void TestApiClientErrors::wrongKeyIsUnauthorized()
{
    ApiClient *client = makeClient(QStringLiteral("00000000000000000000000000000000"));
    QSignalSpy unauthorized(client, &ApiClient::unauthorized);
    const auto result =
        waitFor<SessionInfo>([client](QObject *c, auto done) { client->fetchSession(c, done); });
    QVERIFY(result);
    QCOMPARE(result->error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(result->error().httpStatus, 401);
    QCOMPARE(result->error().detail, ApiError::Detail::None);
    QVERIFY(!result->error().message.isEmpty());
    QCOMPARE(unauthorized.size(), 1);
}

void TestApiClientErrors::unknownAccountIsUnauthorizedWithItsOwnText()
{
    ApiClient *client = makeClient();
    QUrl url = m_server.rootUrl();
    url.setPath(QStringLiteral("/unknown-subdomain/api/v1"));
    client->setBaseUrl(url);
    const auto result =
        waitFor<SessionInfo>([client](QObject *c, auto done) { client->fetchSession(c, done); });
    QVERIFY(result);
    QCOMPARE(result->error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(result->error().detail, ApiError::Detail::UnknownAccount);

    ApiError wrongKey = ApiError::make(ApiError::Kind::Unauthorized, QStringLiteral("x"), 401);
    QVERIFY(ApiErrorText::message(result->error()) != ApiErrorText::message(wrongKey));
}

void TestApiClientErrors::wrongPasswordIsUnauthorized()
{
    ApiClient *client = makeClient(QString());
    QSignalSpy unauthorized(client, &ApiClient::unauthorized);
    const auto wrong = waitFor<LoginResult>([client](QObject *c, auto done) {
        client->login(LoginRequest{QString::fromLatin1(FakeServerProcess::demoEmail),
                                   QStringLiteral("not the password")},
                      c, done);
    });
    QVERIFY(wrong);
    QCOMPARE(wrong->error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(unauthorized.size(), 0); // a failed sign-in is not a revoked key

    const auto right = waitFor<LoginResult>([client](QObject *c, auto done) {
        client->login(LoginRequest{QString::fromLatin1(FakeServerProcess::demoEmail),
                                   QString::fromLatin1(FakeServerProcess::demoPassword)},
                      c, done);
    });
    QVERIFY(right);
    QVERIFY2(right->ok(), qPrintable(right->error().message));
    QCOMPARE(right->value().apiKey, QString::fromLatin1(FakeServerProcess::demoApiKey));
    QCOMPARE(right->value().userId, demoUserId);
}

void TestApiClientErrors::forbiddenWithEmptyBody()
{
    ApiClient *client = makeClient(); // a normal user may not list users
    const auto result =
        waitFor<QList<User>>([client](QObject *c, auto done) { client->fetchUsers(c, done); });
    QVERIFY(result);
    QCOMPARE(result->error().kind, ApiError::Kind::Forbidden);
    QCOMPARE(result->error().httpStatus, 403);
}

void TestApiClientErrors::missingIsNotFound()
{
    ApiClient *client = makeClient();
    const auto result = waitFor<Activity>(
        [client](QObject *c, auto done) { client->fetchActivity(987654321, c, done); });
    QVERIFY(result);
    QCOMPARE(result->error().kind, ApiError::Kind::NotFound);
    QCOMPARE(result->error().httpStatus, 404);
}

void TestApiClientErrors::validationCarriesFieldMessages()
{
    ApiClient *client = makeClient();
    ActivityDraft draft;
    draft.date = QDate::currentDate();
    draft.projectId = 1;
    draft.taskId = 2;
    draft.seconds = 3600;
    const auto result = waitFor<Activity>(
        [client, draft](QObject *c, auto done) { client->createActivity(draft, c, done); });
    QVERIFY(result);
    const ApiError &error = result->error();
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QVERIFY2(error.fieldErrors.contains(QStringLiteral("task_id")), qPrintable(error.message));
    QVERIFY(!ApiErrorText::fieldMessages(error, QStringLiteral("task_id")).isEmpty());
    QVERIFY(ApiErrorText::message(error).contains(
        ApiErrorText::fieldMessages(error, QStringLiteral("task_id"))));
}

void TestApiClientErrors::server500IsNotRetried()
{
    ApiClient *client = makeClient();
    queueFaults(m_server, {QJsonObject{{"status", 500}}});
    const auto result =
        waitFor<Profile>([client](QObject *c, auto done) { client->fetchProfile(c, done); });
    QVERIFY(result);
    QCOMPARE(result->error().kind, ApiError::Kind::Server);
    QCOMPARE(result->error().httpStatus, 500);
    QCOMPARE(serverLog(m_server, QStringLiteral("/api/v1/profile")).size(), 1);
}

void TestApiClientErrors::server503IsRetriedForGet()
{
    ApiClient *client = makeClient();
    queueFaults(m_server, {QJsonObject{{"status", 503}}});
    const auto result =
        waitFor<Profile>([client](QObject *c, auto done) { client->fetchProfile(c, done); });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().message));
    QCOMPARE(result->value().id, demoUserId);
    const auto log = serverLog(m_server, QStringLiteral("/api/v1/profile"));
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).value(QStringLiteral("status")).toInt(), 503);
    QCOMPARE(log.at(1).value(QStringLiteral("status")).toInt(), 200);
}

void TestApiClientErrors::malformedJsonIsParseError()
{
    ApiClient *client = makeClient();
    queueFaults(m_server, {QJsonObject{{"malformed", true}}});
    const auto result =
        waitFor<Profile>([client](QObject *c, auto done) { client->fetchProfile(c, done); });
    QVERIFY(result);
    QCOMPARE(result->error().kind, ApiError::Kind::Parse);
    QVERIFY2(result->error().message.contains(QLatin1String("/profile")),
             qPrintable(result->error().message));
}

void TestApiClientErrors::malformedListIsParseError()
{
    ApiClient *client = makeClient();
    queueFaults(m_server, {QJsonObject{{"malformed", true}}});
    const auto result = waitFor<QList<Project>>(
        [client](QObject *c, auto done) { client->fetchAssignedProjects(true, c, done); });
    QVERIFY(result);
    QCOMPARE(result->error().kind, ApiError::Kind::Parse);
}

void TestApiClientErrors::wrongTypeIsParseErrorNamingTheField()
{
    ApiClient *client = makeClient();
    queueFaults(m_server,
                {QJsonObject{{"status", 200}, {"body", QJsonObject{{"id", "not a number"}}}}});
    const auto session =
        waitFor<SessionInfo>([client](QObject *c, auto done) { client->fetchSession(c, done); });
    QVERIFY(session);
    QCOMPARE(session->error().kind, ApiError::Kind::Parse);
    QVERIFY2(session->error().message.contains(QLatin1String("id")),
             qPrintable(session->error().message));

    const QJsonArray presences{
        QJsonObject{{"id", 1}, {"date", "2026-11-27"}, {"from", "08:00"}},
        QJsonObject{{"id", 2}, {"date", "2026-13-01"}, {"from", "08:00"}},
    };
    queueFaults(m_server, {QJsonObject{{"status", 200}, {"body", presences}}});
    ApiClient::PresenceQuery query;
    const auto list = waitFor<QList<Presence>>(
        [client, query](QObject *c, auto done) { client->fetchPresences(query, c, done); });
    QVERIFY(list);
    QCOMPARE(list->error().kind, ApiError::Kind::Parse);
    QVERIFY2(list->error().message.contains(QLatin1String("[1].date")),
             qPrintable(list->error().message));
}

void TestApiClientErrors::emptySuccessBodyWhereValueExpectedIsParseError()
{
    ApiClient *client = makeClient();
    queueFaults(m_server, {QJsonObject{{"status", 200}, {"body", ""}}});
    const auto profile =
        waitFor<Profile>([client](QObject *c, auto done) { client->fetchProfile(c, done); });
    QVERIFY(profile);
    QCOMPARE(profile->error().kind, ApiError::Kind::Parse);
}

void TestApiClientErrors::droppedConnectionIsNetworkError()
{
    ApiClient *client = makeClient();
    RequestScheduler::Policy policy = client->scheduler()->policy();
    policy.maxTransientRetries = 0;
    client->scheduler()->setPolicy(policy);
    // Qt re-sends a request silently when the connection closes before the
    // answer; enough drops make the failure reach us.
    queueFaults(m_server, {QJsonObject{{"drop", true}}, QJsonObject{{"drop", true}},
                           QJsonObject{{"drop", true}}});
    const auto result =
        waitFor<Profile>([client](QObject *c, auto done) { client->fetchProfile(c, done); });
    QVERIFY(result);
    QCOMPARE(result->error().kind, ApiError::Kind::Network);
}

void TestApiClientErrors::droppedConnectionIsRetriedForGet()
{
    ApiClient *client = makeClient();
    queueFaults(m_server, {QJsonObject{{"drop", true}}, QJsonObject{{"drop", true}},
                           QJsonObject{{"drop", true}}});
    const auto result =
        waitFor<Profile>([client](QObject *c, auto done) { client->fetchProfile(c, done); });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().message));
}

void TestApiClientErrors::silenceIsTimeout()
{
    ApiClient *client = makeClient();
    client->setRequestTimeout(500ms);
    RequestScheduler::Policy policy = client->scheduler()->policy();
    policy.maxTransientRetries = 0;
    client->scheduler()->setPolicy(policy);
    queueFaults(m_server, {QJsonObject{{"hang", true}}});
    const auto result =
        waitFor<Profile>([client](QObject *c, auto done) { client->fetchProfile(c, done); });
    QVERIFY(result);
    QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
}

void TestApiClientErrors::postDroppedAfterStoreIsNotSentTwice()
{
    ApiClient *client = makeClient();
    const auto projects = waitFor<QList<Project>>(
        [client](QObject *c, auto done) { client->fetchAssignedProjects(true, c, done); });
    QVERIFY(projects && projects->ok());
    const Project *project = nullptr;
    for (const Project &p : projects->value()) {
        if (p.isBookable() && !p.bookableTasks().isEmpty()) {
            project = &p;
            break;
        }
    }
    QVERIFY(project);

    ActivityDraft draft;
    draft.date = QDate::fromString(
        m_server.control("GET", QStringLiteral("/clock")).object().value("today").toString(),
        Qt::ISODate);
    draft.projectId = project->id;
    draft.taskId = project->bookableTasks().first().id;
    draft.seconds = 1800;
    draft.description =
        QStringLiteral("dropAfterStore probe %1").arg(QDateTime::currentMSecsSinceEpoch());

    queueFaults(m_server, {QJsonObject{{"dropAfterStore", true}, {"method", "POST"}}});
    const auto result = waitFor<Activity>(
        [client, draft](QObject *c, auto done) { client->createActivity(draft, c, done); });
    QVERIFY(result);
    // The answer was lost: the caller hears about it and must not assume
    // either outcome; what matters is that the entry exists only once.
    QCOMPARE(result->error().kind, ApiError::Kind::Network);

    const QJsonArray stored = m_server.control("GET", QStringLiteral("/state/activities"))
                                  .object()
                                  .value(QStringLiteral("activities"))
                                  .toArray();
    int copies = 0;
    for (const QJsonValue &activity : stored)
        copies += activity.toObject().value(QStringLiteral("description")).toString() ==
                  draft.description;
    QCOMPARE(copies, 1);
    QCOMPARE(serverLog(m_server, QStringLiteral("/api/v1/activities")).size(), 1);
}

void TestApiClientErrors::insecureUrlIsRefusedBeforeSending()
{
    ApiClient *client = makeClient();
    client->setBaseUrl(QUrl(QStringLiteral("http://192.0.2.1/api/v1")));
    const auto result =
        waitFor<SessionInfo>([client](QObject *c, auto done) { client->fetchSession(c, done); });
    QVERIFY(result);
    QCOMPARE(result->error().kind, ApiError::Kind::InsecureUrl);
    QVERIFY(serverLog(m_server).isEmpty());
}

QTEST_GUILESS_MAIN(TestApiClientErrors)
#include "tst_apiclienterrors.moc"
