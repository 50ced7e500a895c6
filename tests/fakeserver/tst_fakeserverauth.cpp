// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeApiClient.h"

#include "support/FakeServerProcess.h"

#include <QtTest>

// Sign-in, API keys, impersonation and the bodies of 401/403/404/422.
class TestFakeServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void signInReturnsKeyAndUserId();
    void signInFailureIs401WithMessage_data();
    void signInFailureIs401WithMessage();
    void keyIsAcceptedInEveryHeaderForm_data();
    void keyIsAcceptedInEveryHeaderForm();
    void missingOrWrongKeyIs401_data();
    void missingOrWrongKeyIs401();
    void unknownSubdomainIs401WithItsOwnMessage();
    void jsonSuffixIsAccepted_data();
    void jsonSuffixIsAccepted();
    void profileUsesFirstAndLastName();
    void usersAreForbiddenWithEmptyBodyForNormalUsers();
    void staffListsUsers();
    void staffImpersonatesAnotherUser();
    void impersonationByNormalUserIsForbidden();
    void notFoundHasEmptyBody_data();
    void notFoundHasEmptyBody();
    void brokenJsonIsRejected();
    void bodyWithoutJsonContentTypeIsNotRead();

private:
    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
};

void TestFakeServerAuth::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestFakeServerAuth::signInReturnsKeyAndUserId()
{
    FakeApiClient client(m_server.port());
    const auto reply = client.post(FakeApiClient::api(QStringLiteral("/session")),
                                   {{QStringLiteral("email"), FakeServerProcess::demoEmail},
                                    {QStringLiteral("password"), FakeServerProcess::demoPassword}});
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(QStringLiteral("api_key")).toString(),
             QString::fromLatin1(FakeServerProcess::demoApiKey));
    QCOMPARE(body.value(QStringLiteral("user_id")).toInteger(), FakeServerProcess::demoUserId);
    // Ids exceed 32 bits: a client storing them in an int breaks here.
    QVERIFY(FakeServerProcess::demoUserId > qint64(std::numeric_limits<quint32>::max()));

    const auto staff =
        client.post(FakeApiClient::api(QStringLiteral("/session.json")),
                    {{QStringLiteral("email"), FakeServerProcess::staffEmail},
                     {QStringLiteral("password"), FakeServerProcess::staffPassword}});
    QCOMPARE(staff.status, 200);
    QCOMPARE(staff.object().value(QStringLiteral("api_key")).toString(),
             QString::fromLatin1(FakeServerProcess::staffApiKey));
}

void TestFakeServerAuth::signInFailureIs401WithMessage_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("wrong password")
        << QJsonObject{{QStringLiteral("email"), FakeServerProcess::demoEmail},
                       {QStringLiteral("password"), QStringLiteral("wrong")}};
    QTest::newRow("unknown email")
        << QJsonObject{{QStringLiteral("email"), QStringLiteral("nobody@example.com")},
                       {QStringLiteral("password"), QStringLiteral("demo")}};
    QTest::newRow("no password") << QJsonObject{
        {QStringLiteral("email"), FakeServerProcess::demoEmail}};
    QTest::newRow("empty body") << QJsonObject{};
    QTest::newRow("archived user")
        << QJsonObject{{QStringLiteral("email"), QStringLiteral("max.ehemalig@example.com")},
                       {QStringLiteral("password"), QStringLiteral("demo")}};
}

void TestFakeServerAuth::signInFailureIs401WithMessage()
{
    QFETCH(QJsonObject, body);
    FakeApiClient client(m_server.port());
    const auto reply = client.post(FakeApiClient::api(QStringLiteral("/session")), body);
    QCOMPARE(reply.status, 401);
    QVERIFY(!reply.object().value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!reply.object().contains(QStringLiteral("api_key")));
}

void TestFakeServerAuth::keyIsAcceptedInEveryHeaderForm_data()
{
    const QByteArray key = FakeServerProcess::demoApiKey;
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("Token token=KEY") << "Token token=" + key;
    QTest::newRow("Token token=\"KEY\"") << "Token token=\"" + key + '"';
    QTest::newRow("Bearer KEY") << "Bearer " + key;
    QTest::newRow("lower-case scheme") << "token token=" + key;
}

void TestFakeServerAuth::keyIsAcceptedInEveryHeaderForm()
{
    QFETCH(QByteArray, authorization);
    FakeApiClient client(m_server.port());
    client.setAuthorization(authorization);
    const auto reply = client.get(FakeApiClient::api(QStringLiteral("/session")));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(QStringLiteral("id")).toInteger(), FakeServerProcess::demoUserId);
    QVERIFY(!body.value(QStringLiteral("uuid")).toString().isEmpty());
    QVERIFY(!reply.body.contains(FakeServerProcess::demoApiKey));
}

void TestFakeServerAuth::missingOrWrongKeyIs401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("wrong key") << QByteArray("Token token=00000000000000000000000000000000");
    QTest::newRow("Token without token=") << QByteArray("Token ") + FakeServerProcess::demoApiKey;
    QTest::newRow("Basic") << QByteArray("Basic YW5uYTpkZW1v");
}

void TestFakeServerAuth::missingOrWrongKeyIs401()
{
    QFETCH(QByteArray, authorization);
    FakeApiClient client(m_server.port());
    client.setAuthorization(authorization);
    for (const QString &path : {QStringLiteral("/session"), QStringLiteral("/activities"),
                                QStringLiteral("/projects/assigned")}) {
        const auto reply = client.get(FakeApiClient::api(path));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.object(),
                 (QJsonObject{{QStringLiteral("message"), QStringLiteral("Invalid API key.")}}));
    }
}

void TestFakeServerAuth::unknownSubdomainIs401WithItsOwnMessage()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto reply = client.get(QStringLiteral("/unknown-subdomain/api/v1/session"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.object(), (QJsonObject{{QStringLiteral("message"),
                                           QStringLiteral("Subdomain does not exist.")}}));
}

void TestFakeServerAuth::jsonSuffixIsAccepted_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("session") << QStringLiteral("/session.json");
    QTest::newRow("profile") << QStringLiteral("/profile.json");
    QTest::newRow("assigned") << QStringLiteral("/projects/assigned.json");
    QTest::newRow("activities") << QStringLiteral("/activities.json?per_page=1");
    QTest::newRow("activity") << QStringLiteral("/activities/5000000001.json");
    QTest::newRow("presences") << QStringLiteral("/users/presences.json?per_page=1");
    QTest::newRow("custom fields") << QStringLiteral("/account/custom_properties.json");
}

void TestFakeServerAuth::jsonSuffixIsAccepted()
{
    QFETCH(QString, path);
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto withSuffix = client.get(FakeApiClient::api(path));
    QCOMPARE(withSuffix.status, 200);
    QString plain = path;
    plain.remove(QStringLiteral(".json"));
    const auto withoutSuffix = client.get(FakeApiClient::api(plain));
    QCOMPARE(withoutSuffix.status, 200);
    QCOMPARE(withSuffix.json(), withoutSuffix.json());
}

void TestFakeServerAuth::profileUsesFirstAndLastName()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto reply = client.get(FakeApiClient::api(QStringLiteral("/profile")));
    QCOMPARE(reply.status, 200);
    const QJsonObject profile = reply.object();
    QCOMPARE(profile.value(QStringLiteral("id")).toInteger(), FakeServerProcess::demoUserId);
    QCOMPARE(profile.value(QStringLiteral("first_name")).toString(), QStringLiteral("Anna"));
    QCOMPARE(profile.value(QStringLiteral("last_name")).toString(), QStringLiteral("Müller"));
    QCOMPARE(profile.value(QStringLiteral("full_name")).toString(), QStringLiteral("Anna Müller"));
    QCOMPARE(profile.value(QStringLiteral("email")).toString(),
             QString::fromLatin1(FakeServerProcess::demoEmail));
    QVERIFY(profile.value(QStringLiteral("unit")).toObject().contains(QStringLiteral("name")));
    QVERIFY(profile.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
}

void TestFakeServerAuth::usersAreForbiddenWithEmptyBodyForNormalUsers()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto list = client.get(FakeApiClient::api(QStringLiteral("/users")));
    QCOMPARE(list.status, 403);
    QVERIFY(list.body.isEmpty());
    const auto one = client.get(
        FakeApiClient::api(QStringLiteral("/users/%1").arg(FakeServerProcess::demoUserId)));
    QCOMPARE(one.status, 403);
    QVERIFY(one.body.isEmpty());
}

void TestFakeServerAuth::staffListsUsers()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::staffApiKey);
    const auto reply = client.get(FakeApiClient::api(QStringLiteral("/users")));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.hasHeader("X-Total"));
    bool demoFound = false;
    for (const QJsonValue &value : reply.array()) {
        const QJsonObject user = value.toObject();
        QVERIFY(user.value(QStringLiteral("active")).toBool());
        if (user.value(QStringLiteral("id")).toInteger() == FakeServerProcess::demoUserId) {
            demoFound = true;
            QCOMPARE(user.value(QStringLiteral("firstname")).toString(), QStringLiteral("Anna"));
            QCOMPARE(user.value(QStringLiteral("lastname")).toString(), QStringLiteral("Müller"));
        }
    }
    QVERIFY(demoFound);
    const auto archived =
        client.get(FakeApiClient::api(QStringLiteral("/users?include_archived=true")));
    QCOMPARE(archived.array().size(), reply.array().size() + 1);
}

void TestFakeServerAuth::staffImpersonatesAnotherUser()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::staffApiKey);
    client.setHeader("X-IMPERSONATE-USER-ID", QByteArray::number(FakeServerProcess::demoUserId));
    const auto session = client.get(FakeApiClient::api(QStringLiteral("/session")));
    QCOMPARE(session.status, 200);
    QCOMPARE(session.object().value(QStringLiteral("id")).toInteger(),
             FakeServerProcess::demoUserId);

    // Acting as the demo user, staff rights are gone …
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/users"))).status, 403);
    // … and what is created belongs to the demo user.
    const QDate yesterday = FakeApiClient::serverToday(m_server).addDays(-1);
    const auto created = client.post(FakeApiClient::api(QStringLiteral("/activities")),
                                     {{QStringLiteral("date"), yesterday.toString(Qt::ISODate)},
                                      {QStringLiteral("project_id"), qint64(3100000101)},
                                      {QStringLiteral("task_id"), qint64(3200000001)},
                                      {QStringLiteral("seconds"), 900}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
             FakeServerProcess::demoUserId);

    FakeApiClient unknown(m_server.port());
    unknown.setApiKey(FakeServerProcess::staffApiKey);
    unknown.setHeader("X-IMPERSONATE-USER-ID", "123");
    QCOMPARE(unknown.get(FakeApiClient::api(QStringLiteral("/session"))).status, 404);
}

void TestFakeServerAuth::impersonationByNormalUserIsForbidden()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    client.setHeader("X-IMPERSONATE-USER-ID", QByteArray::number(FakeServerProcess::staffUserId));
    const auto reply = client.get(FakeApiClient::api(QStringLiteral("/session")));
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.isEmpty());
}

void TestFakeServerAuth::notFoundHasEmptyBody_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing activity") << FakeApiClient::api(QStringLiteral("/activities/1"));
    QTest::newRow("missing presence") << FakeApiClient::api(QStringLiteral("/users/presences/1"));
    QTest::newRow("missing project") << FakeApiClient::api(QStringLiteral("/projects/1"));
    QTest::newRow("unknown endpoint") << FakeApiClient::api(QStringLiteral("/nothing/here"));
    QTest::newRow("non-numeric id") << FakeApiClient::api(QStringLiteral("/activities/abc"));
    QTest::newRow("outside the API") << QStringLiteral("/index.html");
}

void TestFakeServerAuth::notFoundHasEmptyBody()
{
    QFETCH(QString, path);
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto reply = client.get(path);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.isEmpty());
}

void TestFakeServerAuth::brokenJsonIsRejected()
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto reply =
        client.send("POST", FakeApiClient::api(QStringLiteral("/activities")), "{\"date\": ");
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Invalid payload"));
}

void TestFakeServerAuth::bodyWithoutJsonContentTypeIsNotRead()
{
    // Content-Type: application/json is mandatory; without it the fields are
    // not read and the create fails as if they were missing.
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-01-05")},
                                  {QStringLiteral("project_id"), qint64(3100000101)},
                                  {QStringLiteral("task_id"), qint64(3200000001)}})
            .toJson();
    const auto reply =
        client.send("POST", FakeApiClient::api(QStringLiteral("/activities")), body, "text/plain");
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.object().contains(QStringLiteral("date")));
}

QTEST_GUILESS_MAIN(TestFakeServerAuth)
#include "tst_fakeserverauth.moc"
