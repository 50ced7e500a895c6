// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFixture.h"

#include "core/domain/JsonList.h"
#include "core/domain/LoginRequest.h"
#include "core/domain/LoginResult.h"
#include "core/domain/Profile.h"
#include "core/domain/SessionInfo.h"
#include "core/domain/User.h"

#include <QJsonArray>
#include <QTest>

// The account-level shapes: POST/GET /session, GET /profile, GET /users.
class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void login();
    void loginErrors_data();
    void loginErrors();
    void loginErrorsNeverQuoteTheKey();
    void loginRequestBody();
    void session();
    void sessionErrors();
    void profile();
    void profileWithoutFullName();
    void users();
    void usersWrongType_data();
    void usersWrongType();
    void roundTrips();
};

void TestSession::login()
{
    QString error;
    const auto result =
        LoginResult::fromJson(JsonFixture::load(QStringLiteral("login.json")), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->apiKey.size(), 32);
    QCOMPARE(result->userId, 933662266);
}

void TestSession::loginErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("key missing") << "api_key" << QJsonValue(QJsonValue::Undefined)
                                 << "session.api_key: missing";
    QTest::newRow("key empty") << "api_key" << QJsonValue(QString()) << "session.api_key: empty";
    QTest::newRow("key number") << "api_key" << QJsonValue(12345)
                                << "session.api_key: expected a string, got a number";
    QTest::newRow("user_id missing")
        << "user_id" << QJsonValue(QJsonValue::Undefined) << "session.user_id: missing";
    QTest::newRow("user_id string") << "user_id" << QJsonValue(QStringLiteral("933662266"))
                                    << "session.user_id: expected an integer, got a string";
}

void TestSession::loginErrors()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!LoginResult::fromJson(
        JsonFixture::withField(JsonFixture::loadObject(QStringLiteral("login.json")), field, value),
        &error));
    QCOMPARE(error, expected);
}

void TestSession::loginErrorsNeverQuoteTheKey()
{
    const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef");
    QString error;
    QVERIFY(!LoginResult::fromJson(QJsonObject{{QStringLiteral("api_key"), secret},
                                               {QStringLiteral("user_id"), QStringLiteral("x")}},
                                   &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(secret));
}

void TestSession::loginRequestBody()
{
    const QJsonObject body =
        LoginRequest{QStringLiteral("jürgen@example.de"), QStringLiteral("pä$$")}.toJson();
    QCOMPARE(body.size(), 2);
    QCOMPARE(body.value(QStringLiteral("email")).toString(), QStringLiteral("jürgen@example.de"));
    QCOMPARE(body.value(QStringLiteral("password")).toString(), QStringLiteral("pä$$"));
}

void TestSession::session()
{
    QString error;
    const auto info =
        SessionInfo::fromJson(JsonFixture::load(QStringLiteral("session.json")), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->userId, 933662266);
    QCOMPARE(info->uuid, QStringLiteral("3a0d5a84-8f7b-4bd0-9c1f-6f2f1e3f8b7a"));
}

void TestSession::sessionErrors()
{
    QString error;
    QVERIFY(
        !SessionInfo::fromJson(QJsonObject{{QStringLiteral("uuid"), QStringLiteral("u")}}, &error));
    QCOMPARE(error, QStringLiteral("session.id: missing"));
    QVERIFY(!SessionInfo::fromJson(
        QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("uuid"), 5}}, &error));
    QCOMPARE(error, QStringLiteral("session.uuid: expected a string, got a number"));
    // A 401 body is not a session.
    QVERIFY(!SessionInfo::fromJson(
        QJsonObject{{QStringLiteral("message"), QStringLiteral("Invalid API key.")}}, &error));
    QCOMPARE(error, QStringLiteral("session.id: missing"));
}

void TestSession::profile()
{
    QString error;
    const auto profile =
        Profile::fromJson(JsonFixture::load(QStringLiteral("profile.json")), &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->firstName, QStringLiteral("Jürgen"));
    QCOMPARE(profile->lastName, QStringLiteral("Weiß"));
    QCOMPARE(profile->displayName(), QStringLiteral("Jürgen Weiß"));
    QVERIFY(profile->active);
    QVERIFY(!profile->external);
    QVERIFY(profile->unit);
    QCOMPARE(profile->unit->name, QStringLiteral("Team Süd"));
}

void TestSession::profileWithoutFullName()
{
    QJsonObject json = JsonFixture::loadObject(QStringLiteral("profile.json"));
    json.remove(QStringLiteral("full_name"));
    json.insert(QStringLiteral("first_name"), QStringLiteral("Zoë"));
    QString error;
    const auto profile = Profile::fromJson(json, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->displayName(), QStringLiteral("Zoë Weiß"));
    // The nested spelling (firstname) is not the profile's.
    json.insert(QStringLiteral("first_name"), 1);
    QVERIFY(!Profile::fromJson(json, &error));
    QCOMPARE(error, QStringLiteral("profile.first_name: expected a string, got a number"));
}

void TestSession::users()
{
    QString error;
    const auto users = listFromJson<User>(JsonFixture::load(QStringLiteral("users.json")), &error);
    QVERIFY2(users, qPrintable(error));
    QCOMPARE(users->size(), 2);
    const User &recorded = users->at(0);
    QCOMPARE(recorded.displayName(), QStringLiteral("test abcd"));
    QVERIFY(recorded.active);
    QVERIFY(!recorded.external);
    QCOMPARE(recorded.avatarUrl, QString()); // null
    QVERIFY(recorded.tags.isEmpty());
    QVERIFY(recorded.customProperties.isEmpty());
    QVERIFY(!recorded.role);
    QVERIFY(recorded.unit);

    const User &external = users->at(1);
    QCOMPARE(external.displayName(), QStringLiteral("Zoë Ångström"));
    QVERIFY(!external.active);
    QVERIFY(external.external);
    QCOMPARE(external.tags, (QStringList{QStringLiteral("Extern"), QStringLiteral("Design")}));
    QCOMPARE(external.customProperties.list(QStringLiteral("Sprachen")).size(), 2);
    QVERIFY(external.role);
    QCOMPARE(external.role->name, QStringLiteral("Mitarbeiter"));
    QCOMPARE(external.info, QStringLiteral("Freelancer 🎸"));
}

void TestSession::usersWrongType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("extern string") << "extern" << QJsonValue(QStringLiteral("no"))
                                   << "[1].extern: expected a boolean, got a string";
    QTest::newRow("tags string") << "tags" << QJsonValue(QStringLiteral("Extern"))
                                 << "[1].tags: expected an array, got a string";
    QTest::newRow("unit array") << "unit" << QJsonValue(QJsonArray())
                                << "[1].unit: expected an object, got an array";
    QTest::newRow("role.id string") << "role.id" << QJsonValue(QStringLiteral("42"))
                                    << "[1].role.id: expected an integer, got a string";
    QTest::newRow("id missing") << "id" << QJsonValue(QJsonValue::Undefined) << "[1].id: missing";
}

void TestSession::usersWrongType()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonArray users = JsonFixture::load(QStringLiteral("users.json")).toArray();
    users[1] = JsonFixture::withField(users[1].toObject(), field, value);
    QString error;
    QVERIFY(!listFromJson<User>(users, &error));
    QCOMPARE(error, expected);
}

void TestSession::roundTrips()
{
    QString error;
    const auto login =
        LoginResult::fromJson(JsonFixture::load(QStringLiteral("login.json")), &error);
    QVERIFY(login);
    QVERIFY(LoginResult::fromJson(login->toJson(), &error) == login);
    const auto info =
        SessionInfo::fromJson(JsonFixture::load(QStringLiteral("session.json")), &error);
    QVERIFY(info);
    QVERIFY(SessionInfo::fromJson(info->toJson(), &error) == info);
    const auto profile =
        Profile::fromJson(JsonFixture::load(QStringLiteral("profile.json")), &error);
    QVERIFY(profile);
    QVERIFY(Profile::fromJson(profile->toJson(), &error) == profile);
    const auto users = listFromJson<User>(JsonFixture::load(QStringLiteral("users.json")), &error);
    QVERIFY(users);
    QVERIFY(listFromJson<User>(listToJson(*users), &error) == users);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
