// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiClient.h"
#include "core/services/SignInService.h"
#include "core/services/SystemClock.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestSignInService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signsInAndReadsTheProfile();
    void wrongPasswordIsRefusedAndNoKeyIsKept();
    void unreachableServerFailsWithANetworkError();
    void signsInWithAnApiKey();
    void wrongApiKeyIsRefusedAndNotKept();
    void aSignInLeavesTheRunningSessionAlone();

private:
    FakeServerProcess m_server;
    SystemClock m_clock;
    ApiClient *m_client = nullptr;
};

void TestSignInService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestSignInService::init()
{
    m_client = new ApiClient(&m_clock, this);
}

void TestSignInService::cleanup()
{
    delete m_client;
}

void TestSignInService::signsInAndReadsTheProfile()
{
    SignInService signIn(m_client);
    QSignalSpy signedIn(&signIn, &SignInService::signedIn);
    QSignalSpy failed(&signIn, &SignInService::failed);
    signIn.signIn(m_server.apiBaseUrl(),
                  LoginRequest{QString::fromLatin1(FakeServerProcess::demoEmail),
                               QString::fromLatin1(FakeServerProcess::demoPassword)});
    QVERIFY(signIn.isBusy());
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!signIn.isBusy());
    QCOMPARE(signedIn.first().at(0).toLongLong(), 4294968001LL); // a 64-bit id
    const auto profile = signedIn.first().at(1).value<Profile>();
    QCOMPARE(profile.displayName(), QStringLiteral("Anna Müller"));
    QVERIFY(signIn.apiKey() == QLatin1String(FakeServerProcess::demoApiKey));
    QCOMPARE(signIn.baseUrl(), m_server.apiBaseUrl());
    // The account's client gets the key when the session adopts it, not before.
    QVERIFY(!m_client->hasApiKey());
}

void TestSignInService::wrongPasswordIsRefusedAndNoKeyIsKept()
{
    SignInService signIn(m_client);
    QSignalSpy signedIn(&signIn, &SignInService::signedIn);
    QSignalSpy failed(&signIn, &SignInService::failed);
    signIn.signIn(m_server.apiBaseUrl(),
                  LoginRequest{QString::fromLatin1(FakeServerProcess::demoEmail),
                               QStringLiteral("not the password")});
    QVERIFY(failed.wait(20000));
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QVERIFY(!m_client->hasApiKey());
}

void TestSignInService::unreachableServerFailsWithANetworkError()
{
    // A port nobody listens on: the server's port with the server stopped
    // would race other tests, so use a closed port of a second server.
    FakeServerProcess other;
    QVERIFY(other.start());
    const QUrl base = other.apiBaseUrl();
    other.stop();
    RequestScheduler::Policy policy = m_client->scheduler()->policy();
    policy.maxTransientRetries = 0;
    m_client->scheduler()->setPolicy(policy);

    SignInService signIn(m_client);
    QSignalSpy failed(&signIn, &SignInService::failed);
    signIn.signIn(base, LoginRequest{QString::fromLatin1(FakeServerProcess::demoEmail),
                                     QString::fromLatin1(FakeServerProcess::demoPassword)});
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Network);
}

void TestSignInService::signsInWithAnApiKey()
{
    SignInService signIn(m_client);
    QSignalSpy signedIn(&signIn, &SignInService::signedIn);
    QSignalSpy failed(&signIn, &SignInService::failed);
    signIn.signInWithApiKey(m_server.apiBaseUrl(), QStringLiteral(" %1 ").arg(QLatin1String(
                                                       FakeServerProcess::staffApiKey)));
    QVERIFY(signIn.isBusy());
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(signedIn.first().at(0).toLongLong(), FakeServerProcess::staffUserId);
    QCOMPARE(signedIn.first().at(1).value<Profile>().id, FakeServerProcess::staffUserId);
    // Pasted with blanks around it: those are not part of the key.
    QVERIFY(signIn.apiKey() == QLatin1String(FakeServerProcess::staffApiKey));
    QVERIFY(!m_client->hasApiKey());
}

void TestSignInService::wrongApiKeyIsRefusedAndNotKept()
{
    SignInService signIn(m_client);
    QSignalSpy failed(&signIn, &SignInService::failed);
    signIn.signInWithApiKey(m_server.apiBaseUrl(), QStringLiteral("not-a-key"));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QVERIFY(signIn.apiKey().isEmpty());
    QVERIFY(!m_client->hasApiKey());
}

void TestSignInService::aSignInLeavesTheRunningSessionAlone()
{
    // The account's session: another address, its own key.
    FakeServerProcess other;
    QVERIFY(other.start());
    m_client->setBaseUrl(other.apiBaseUrl());
    m_client->setApiKey(QString::fromLatin1(FakeServerProcess::demoApiKey));
    QSignalSpy unauthorized(m_client, &ApiClient::unauthorized);

    // A wrong key tried at the server of this test, through the same queue.
    SignInService signIn(m_client);
    QSignalSpy failed(&signIn, &SignInService::failed);
    signIn.signInWithApiKey(m_server.apiBaseUrl(), QStringLiteral("not-a-key"));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
    // Its 401 is the sign-in's: the session did not expire.
    QCOMPARE(unauthorized.count(), 0);
    QCOMPARE(m_client->baseUrl(), other.apiBaseUrl());
    QVERIFY(m_client->hasApiKey());

    // The session's own requests still reach its server with its key.
    bool answered = false;
    qint64 userId = 0;
    m_client->fetchSession(this, [&](const ApiResult<SessionInfo> &result) {
        answered = true;
        userId = result.ok() ? result.value().userId : 0;
    });
    QVERIFY(QTest::qWaitFor([&] { return answered; }, 20000));
    QCOMPARE(userId, FakeServerProcess::demoUserId);
    // The session's server saw that one request and nothing of the sign-in.
    const QJsonArray requests =
        other.control("GET", QStringLiteral("/requests")).object().value("requests").toArray();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().toObject().value("path").toString(),
             QStringLiteral("/api/v1/session"));
}

QTEST_GUILESS_MAIN(TestSignInService)
#include "tst_signinservice.moc"
