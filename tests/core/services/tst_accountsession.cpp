// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiClient.h"
#include "core/services/AccountSession.h"
#include "core/services/CredentialStore.h"
#include "core/services/SystemClock.h"
#include "core/storage/LocalStore.h"
#include "core/sync/AccountDataLayer.h"
#include "support/FakeServerProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The account's life without a window, against mocotrack-fakeserver and the
// real keychain: sign in, start again from the stored key, a revoked key and
// its renewal, acting as a colleague, sign out.
class TestAccountSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void withoutAnAccountItAsksToSignIn();
    void signingInStoresTheKeyAndOpensTheUsersData();
    void aStoredAccountStartsWithoutAskingAgain();
    void aRefusedKeyAsksAgainAndTheSameAccountGoesOn();
    void signingOutRemovesKeySettingsAndCache();
    void staffActsAsAColleagueAndComesBack();

private:
    void signIn(const char *email);
    CredentialStore::Result readKey(const QString &key);

    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
    SystemClock m_clock;
    CredentialStore m_credentials;
    AccountSession *m_session = nullptr;
};

void TestAccountSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_credentials.setService(QStringLiteral("MocoTrack-test-accountsession"));
    QVERIFY(m_server.start());
    const CredentialStore::Result probe = readKey(QStringLiteral("probe"));
    if (probe.status != CredentialStore::Status::Ok &&
        probe.status != CredentialStore::Status::NotFound) {
        if (qEnvironmentVariableIntValue("MOCOTRACK_REQUIRE_KEYCHAIN") == 1)
            QFAIL("No keychain service");
        QSKIP("No keychain service (run inside .ci/headless-session)");
    }
}

void TestAccountSession::init()
{
    m_server.control("POST", QStringLiteral("/faults/clear"));
    AccountSettings::clear();
    m_session = new AccountSession(&m_clock, &m_credentials);
}

void TestAccountSession::cleanup()
{
    if (m_session->isSignedIn())
        m_session->signOut();
    delete m_session;
    m_session = nullptr;
    AccountSettings::clear();
}

void TestAccountSession::signIn(const char *email)
{
    QSignalSpy started(m_session, &AccountSession::sessionStarted);
    m_session->signIn(m_server.apiBaseUrl(),
                      LoginRequest{QString::fromLatin1(email), QStringLiteral("demo")});
    QVERIFY(m_session->isSigningIn());
    QVERIFY(started.wait(20000));
    QVERIFY(m_session->isSignedIn());
}

CredentialStore::Result TestAccountSession::readKey(const QString &key)
{
    CredentialStore::Result read;
    bool done = false;
    m_credentials.read(key, this, [&](const CredentialStore::Result &result) {
        read = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("the keychain did not answer");
    return read;
}

void TestAccountSession::withoutAnAccountItAsksToSignIn()
{
    QSignalSpy needed(m_session, &AccountSession::signInNeeded);
    m_session->resume();
    QCOMPARE(needed.count(), 1);
    QVERIFY(needed.first().first().toString().isEmpty()); // a first start: nothing to explain
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(!m_session->dataLayer());
}

void TestAccountSession::signingInStoresTheKeyAndOpensTheUsersData()
{
    QSignalSpy opened(m_session, &AccountSession::dataLayerOpened);
    signIn(FakeServerProcess::demoEmail);
    QCOMPARE(opened.count(), 1);
    QVERIFY(m_session->dataLayer());
    QCOMPARE(m_session->shownUserId(), FakeServerProcess::demoUserId);
    QCOMPARE(m_session->userName(), QStringLiteral("Anna Müller"));
    QVERIFY(m_session->client()->hasApiKey());
    QCOMPARE(m_session->client()->baseUrl(), m_server.apiBaseUrl());

    // The key is in the keychain, the account (without its key) in the settings.
    const std::optional<AccountSettings> stored = AccountSettings::load();
    QVERIFY(stored);
    QCOMPARE(stored->userId, FakeServerProcess::demoUserId);
    QCOMPARE(stored->email, QString::fromLatin1(FakeServerProcess::demoEmail));
    const CredentialStore::Result key = readKey(stored->credentialKey());
    QVERIFY(key.ok());
    // Not QCOMPARE: a failure must not print the key.
    QVERIFY(key.secret == QLatin1String(FakeServerProcess::demoApiKey));
}

void TestAccountSession::aStoredAccountStartsWithoutAskingAgain()
{
    signIn(FakeServerProcess::demoEmail);
    delete m_session; // quit: the account stays
    m_session = new AccountSession(&m_clock, &m_credentials);

    QSignalSpy needed(m_session, &AccountSession::signInNeeded);
    QSignalSpy started(m_session, &AccountSession::sessionStarted);
    m_session->resume();
    QVERIFY(started.wait(15000));
    QCOMPARE(needed.count(), 0);
    QCOMPARE(m_session->shownUserId(), FakeServerProcess::demoUserId);
    QVERIFY(m_session->dataLayer());
}

void TestAccountSession::aRefusedKeyAsksAgainAndTheSameAccountGoesOn()
{
    signIn(FakeServerProcess::demoEmail);
    AccountDataLayer *layer = m_session->dataLayer();
    QSignalSpy expired(m_session, &AccountSession::sessionExpired);
    QSignalSpy needed(m_session, &AccountSession::signInNeeded);
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{{"queue", QJsonArray{QJsonObject{{"status", 401}}}}}));
    m_session->client()->fetchProfile(this, {});
    QVERIFY(expired.wait(15000));
    QCOMPARE(needed.count(), 1);
    QVERIFY(needed.first().first().toString().contains(QStringLiteral("nothing you did is lost")));
    // Still signed in: the window and the cached data stay while the user signs in.
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(m_session->dataLayer(), layer);

    QSignalSpy renewed(m_session, &AccountSession::sessionRenewed);
    QSignalSpy started(m_session, &AccountSession::sessionStarted);
    m_session->signIn(
        m_server.apiBaseUrl(),
        LoginRequest{QString::fromLatin1(FakeServerProcess::demoEmail), QStringLiteral("demo")});
    QVERIFY(renewed.wait(20000));
    QCOMPARE(started.count(), 0);
    QCOMPARE(m_session->dataLayer(), layer); // nothing was reopened
}

void TestAccountSession::signingOutRemovesKeySettingsAndCache()
{
    signIn(FakeServerProcess::demoEmail);
    const AccountSettings account = m_session->account();
    const QString storePath = LocalStore::defaultPath(account.storeKey());
    QVERIFY(QFileInfo::exists(storePath));

    QSignalSpy closing(m_session, &AccountSession::dataLayerClosing);
    QSignalSpy needed(m_session, &AccountSession::signInNeeded);
    m_session->signOut();
    QCOMPARE(closing.count(), 1);
    QCOMPARE(needed.count(), 1);
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(!m_session->dataLayer());
    QVERIFY(!m_session->client()->hasApiKey());
    QVERIFY(!AccountSettings::load());
    QVERIFY(!QFileInfo::exists(storePath));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return readKey(account.credentialKey()).status == CredentialStore::Status::NotFound;
        },
        15000));
}

void TestAccountSession::staffActsAsAColleagueAndComesBack()
{
    QSignalSpy colleaguesChanged(m_session, &AccountSession::colleaguesChanged);
    signIn(FakeServerProcess::staffEmail);
    QVERIFY(colleaguesChanged.wait(20000));
    QVERIFY(!m_session->colleagues().isEmpty());
    const User colleague = m_session->colleagues().first();
    QVERIFY(colleague.id != FakeServerProcess::staffUserId);

    QSignalSpy actingAs(m_session, &AccountSession::actingAsChanged);
    m_session->actAs(colleague);
    QCOMPARE(actingAs.count(), 1);
    QCOMPARE(m_session->actingAs(), colleague.displayName());
    QCOMPARE(m_session->shownUserId(), colleague.id);
    QCOMPARE(m_session->client()->impersonatedUserId(), std::optional<qint64>(colleague.id));
    QVERIFY(m_session->dataLayer());
    // The colleague's own cache, beside the account's.
    QVERIFY(m_session->dataLayer()->store()->filePath() ==
            LocalStore::defaultPath(m_session->account().colleagueStoreKey(colleague.id)));

    m_session->backToMyself(UnsentChangesGate::Disposition::Keep);
    QCOMPARE(m_session->actingAs(), QString());
    QCOMPARE(m_session->shownUserId(), FakeServerProcess::staffUserId);
    QCOMPARE(m_session->client()->impersonatedUserId(), std::nullopt);
}

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
