// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiClient.h"
#include "core/services/SignInService.h"
#include "core/services/SystemClock.h"
#include "support/FakeServerProcess.h"

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
    m_client->setBaseUrl(m_server.apiBaseUrl());
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
    signIn.signIn(LoginRequest{QString::fromLatin1(FakeServerProcess::demoEmail),
                               QString::fromLatin1(FakeServerProcess::demoPassword)});
    QVERIFY(signIn.isBusy());
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!signIn.isBusy());
    QCOMPARE(signedIn.first().at(0).toLongLong(), 4294968001LL); // a 64-bit id
    const auto profile = signedIn.first().at(1).value<Profile>();
    QCOMPARE(profile.displayName(), QStringLiteral("Anna Müller"));
    QVERIFY(m_client->hasApiKey());
}

void TestSignInService::wrongPasswordIsRefusedAndNoKeyIsKept()
{
    SignInService signIn(m_client);
    QSignalSpy signedIn(&signIn, &SignInService::signedIn);
    QSignalSpy failed(&signIn, &SignInService::failed);
    signIn.signIn(LoginRequest{QString::fromLatin1(FakeServerProcess::demoEmail),
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
    m_client->setBaseUrl(base);
    RequestScheduler::Policy policy = m_client->scheduler()->policy();
    policy.maxTransientRetries = 0;
    m_client->scheduler()->setPolicy(policy);

    SignInService signIn(m_client);
    QSignalSpy failed(&signIn, &SignInService::failed);
    signIn.signIn(LoginRequest{QString::fromLatin1(FakeServerProcess::demoEmail),
                               QString::fromLatin1(FakeServerProcess::demoPassword)});
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Network);
}

void TestSignInService::signsInWithAnApiKey()
{
    SignInService signIn(m_client);
    QSignalSpy signedIn(&signIn, &SignInService::signedIn);
    QSignalSpy failed(&signIn, &SignInService::failed);
    signIn.signInWithApiKey(
        QStringLiteral(" %1 ").arg(QLatin1String(FakeServerProcess::staffApiKey)));
    QVERIFY(signIn.isBusy());
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(signedIn.first().at(0).toLongLong(), FakeServerProcess::staffUserId);
    QCOMPARE(signedIn.first().at(1).value<Profile>().id, FakeServerProcess::staffUserId);
    // Pasted with blanks around it: those are not part of the key.
    QVERIFY(signIn.apiKey() == QLatin1String(FakeServerProcess::staffApiKey));
    QVERIFY(m_client->hasApiKey());
}

void TestSignInService::wrongApiKeyIsRefusedAndNotKept()
{
    SignInService signIn(m_client);
    QSignalSpy failed(&signIn, &SignInService::failed);
    signIn.signInWithApiKey(QStringLiteral("not-a-key"));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QVERIFY(signIn.apiKey().isEmpty());
    QVERIFY(!m_client->hasApiKey());
}

QTEST_GUILESS_MAIN(TestSignInService)
#include "tst_signinservice.moc"
