// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"
#include "core/domain/LoginRequest.h"
#include "core/domain/Profile.h"
#include "core/domain/User.h"
#include "core/services/AccountSettings.h"
#include "core/sync/UnsentChangesGate.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class AccountDataLayer;
class ApiClient;
class BackgroundOutboxes;
class Clock;
class CredentialStore;
class DemoStoreDirectory;
class SignInService;

// One MOCO account in this app, from sign-in to sign-out: owns the account's
// only ApiClient (one request queue, one rate budget — sign-in included),
// the API key's place in the keychain, the account's settings, which user
// the window shows (the account's own or, for staff, a colleague's) and that
// user's offline data layer, the colleagues' outboxes that keep delivering
// in the background, and the gate every way out passes when changes have
// not reached MOCO yet.
//
// The widgets ask (signIn(), actAs(), signOut()) and show what the signals
// say; nothing here needs a window.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    AccountSession(Clock *clock, CredentialStore *credentials, QObject *parent = nullptr);
    ~AccountSession() override;

    ApiClient *client() const { return m_client; }
    UnsentChangesGate *gate() const { return m_gate; }
    // The account of the running session, or the last one (to pre-fill the
    // sign-in form); invalid when there was none. The demo has none.
    const AccountSettings &account() const { return m_account; }
    bool isSignedIn() const { return m_signedIn; }
    bool isDemo() const { return m_demoDir != nullptr; }
    // What the account's own things (favourites) are kept under: the
    // account's credential key, "demo" for the demo.
    QString accountKey() const;
    // The signed-in user's full name (the demo's too).
    QString userName() const { return m_userName; }

    // --- Starting a session
    // The stored account with its key from the keychain: sessionStarted() at
    // once (cached data shows offline too) and a check of the key with MOCO;
    // or signInNeeded() saying why.
    void resume();
    // The form: tries the address and credentials through the account's
    // queue without touching the running session; on success the key goes
    // to the keychain, then sessionStarted() (another account) or
    // sessionRenewed() (the same one after its key stopped working).
    void signIn(const QUrl &baseUrl, const LoginRequest &credentials);
    void signInWithApiKey(const QUrl &baseUrl, const QString &apiKey);
    void cancelSignIn();
    bool isSigningIn() const;
    // After keyNotStored(): try the keychain again, or keep the key in
    // memory for this run only.
    void retryStoringKey();
    void keepKeyForThisSessionOnly();
    // A session on the demo server: its fixed user, a cache that is gone
    // with the session, nothing in the keychain or the settings.
    void startDemo(const QUrl &baseUrl, const QString &cacheParentDirectory);

    // --- The shown user
    // nullptr without a session; also when its store could not be opened
    // (dataLayerFailed() said why).
    AccountDataLayer *dataLayer() const;
    // Whose hours the data layer holds: the account's user or the colleague.
    qint64 shownUserId() const { return m_shownUserId; }
    // The colleague's name while acting as one (staff), empty = the user.
    QString actingAs() const { return m_actingAs; }
    // Whom a staff user may act as; empty for everyone else (MOCO answers
    // GET /users with 403).
    const QList<User> &colleagues() const { return m_colleagues; }
    void actAs(const User &colleague);
    // Discard: what was made as the colleague and not sent goes with their
    // cache (the user said so in the gate's dialog); Keep: it goes on in
    // the background.
    void backToMyself(UnsentChangesGate::Disposition unsent);

    // --- Ending
    // The key, the account's caches and its settings go; then signInNeeded().
    void signOut();
    // The session ends and everything stays (quitting, another account).
    void end();

signals:
    // Show the sign-in form; `message` says why (empty: first start).
    void signInNeeded(const QString &message);
    void signInFailed(const ApiError &error);
    // The credentials worked for `account`; its key is on its way to the keychain.
    void storingKey(const AccountSettings &account);
    // Signed in, but the keychain refused the key: offer retryStoringKey()
    // or keepKeyForThisSessionOnly().
    void keyNotStored(const QString &explanation);
    // A session began (account() and isDemo() tell whose).
    void sessionStarted();
    // The same account with a new key: everything stays, held-back changes go out.
    void sessionRenewed();
    // MOCO refused the key of the running session (revoked, renewed).
    void sessionExpired();
    // The shown user's data layer opened (cached data can be shown), failed
    // to open, or is about to close: drop every pointer into it now.
    void dataLayerOpened(AccountDataLayer *layer);
    void dataLayerFailed(const QString &message);
    void dataLayerClosing();
    // Something about the shown data the user should read once.
    void noticeRaised(const QString &message);
    void actingAsChanged(const QString &name);
    void colleaguesChanged();
    void sessionEnded();

private:
    void onSignedIn(qint64 userId, const Profile &profile);
    void storePendingKey();
    void start(AccountSettings account, QString apiKey);
    void verify();
    void onUnauthorized();
    void findColleagues();
    void startBackgroundOutboxes();
    void openShown(qint64 userId, const QString &storePath);
    void closeShown();
    void switchShownUser(std::optional<qint64> colleagueId, const QString &name);

    Clock *m_clock;
    CredentialStore *m_credentials;
    ApiClient *m_client;
    SignInService *m_signIn;
    UnsentChangesGate *m_gate;
    BackgroundOutboxes *m_background = nullptr;
    AccountDataLayer *m_data = nullptr;
    std::unique_ptr<DemoStoreDirectory> m_demoDir;
    AccountSettings m_account;
    // Signed in, key not stored yet (the keychain said no, or is busy).
    AccountSettings m_pendingAccount;
    QString m_pendingKey;
    QString m_signInEmail;
    QList<User> m_colleagues;
    QString m_actingAs;
    QString m_userName;
    qint64 m_shownUserId = 0;
    bool m_signedIn = false;
    bool m_expired = false;
};
