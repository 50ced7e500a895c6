// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AccountSession.h"

#include "core/api/ApiClient.h"
#include "core/services/CredentialStore.h"
#include "core/services/DemoServer.h"
#include "core/services/DemoStoreDirectory.h"
#include "core/services/SignInService.h"
#include "core/storage/LocalStore.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/BackgroundOutboxes.h"
#include "core/sync/SyncService.h"

#include <QLoggingCategory>
#include <QSignalBlocker>
#include <QTimer>

// The end-to-end tests follow these lines; neither the API key nor the
// password ever appears in them.
Q_LOGGING_CATEGORY(lcSession, "mocotrack.session", QtInfoMsg)

AccountSession::AccountSession(Clock *clock, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_credentials(credentials)
    , m_client(new ApiClient(clock, this))
    , m_signIn(new SignInService(m_client, this))
    , m_gate(new UnsentChangesGate(clock, this))
{
    connect(m_client, &ApiClient::unauthorized, this, &AccountSession::onUnauthorized);
    connect(m_signIn, &SignInService::signedIn, this, &AccountSession::onSignedIn);
    connect(m_signIn, &SignInService::failed, this, &AccountSession::signInFailed);
}

AccountSession::~AccountSession()
{
    // The stores close before the demo's directory goes, the colleagues'
    // outboxes before the client they share. Whoever listened has gone or
    // is going: end() first to hear the last signals.
    const QSignalBlocker quiet(this);
    end();
    // Its attempt shares the client's queue: it goes first.
    delete m_signIn;
}

AccountDataLayer *AccountSession::dataLayer() const
{
    return m_data;
}

// --- Starting

void AccountSession::resume()
{
    const std::optional<AccountSettings> stored = AccountSettings::load();
    if (!stored) {
        emit signInNeeded({});
        return;
    }
    m_account = *stored;
    qCDebug(lcSession) << "reading the API key from the keychain";
    m_credentials->read(m_account.credentialKey(), this,
                        [this, account = *stored](const CredentialStore::Result &result) {
                            if (result.ok()) {
                                start(account, result.secret);
                                // Started with the stored key; one revoked
                                // meanwhile shows as a 401 (sessionExpired).
                                verify();
                            } else if (result.status == CredentialStore::Status::NotFound) {
                                emit signInNeeded(tr("Please sign in again."));
                            } else {
                                emit signInNeeded(CredentialStore::explanation(result));
                            }
                        });
}

void AccountSession::signIn(const QUrl &baseUrl, const LoginRequest &credentials)
{
    m_signInEmail = credentials.email.trimmed();
    m_signIn->signIn(baseUrl, credentials);
}

void AccountSession::signInWithApiKey(const QUrl &baseUrl, const QString &apiKey)
{
    m_signInEmail.clear();
    m_signIn->signInWithApiKey(baseUrl, apiKey);
}

void AccountSession::cancelSignIn()
{
    m_signIn->cancel();
}

QString AccountSession::accountKey() const
{
    return isDemo() ? QStringLiteral("demo") : m_account.credentialKey();
}

bool AccountSession::isSigningIn() const
{
    return m_signIn->isBusy();
}

void AccountSession::onSignedIn(qint64 userId, const Profile &profile)
{
    if (m_demoDir) {
        // The demo: nothing of it is stored.
        m_client->setApiKey(m_signIn->apiKey());
        m_userName = profile.displayName();
        m_signedIn = true;
        qCDebug(lcSession) << "signed in to the demo";
        emit sessionStarted();
        openShown(userId, m_demoDir->filePath(QStringLiteral("demo.sqlite")));
        return;
    }
    AccountSettings account;
    account.baseUrl = m_signIn->baseUrl();
    account.userId = userId;
    account.name = profile.displayName();
    account.email = m_signInEmail.isEmpty() ? profile.email : m_signInEmail;
    m_pendingAccount = account;
    m_pendingKey = m_signIn->apiKey();
    storePendingKey();
}

void AccountSession::storePendingKey()
{
    if (m_pendingKey.isEmpty())
        return;
    qCDebug(lcSession) << "signed in; storing the API key in the keychain";
    emit storingKey(m_pendingAccount);
    m_credentials->write(m_pendingAccount.credentialKey(), m_pendingKey, this,
                         [this, account = m_pendingAccount](const CredentialStore::Result &result) {
                             if (!result.ok()) {
                                 qCWarning(lcSession).noquote()
                                     << "the keychain refused the API key:" << result.detail;
                                 emit keyNotStored(CredentialStore::explanation(result));
                                 return;
                             }
                             // Another account than before: the old one's key goes.
                             if (m_account.isValid() &&
                                 m_account.credentialKey() != account.credentialKey())
                                 m_credentials->remove(m_account.credentialKey(), this, {});
                             account.save();
                             if (!m_pendingKey.isEmpty())
                                 start(m_pendingAccount, m_pendingKey);
                         });
}

void AccountSession::retryStoringKey()
{
    storePendingKey();
}

void AccountSession::keepKeyForThisSessionOnly()
{
    if (m_pendingKey.isEmpty())
        return;
    qCDebug(lcSession) << "keeping the API key for this session only";
    start(m_pendingAccount, m_pendingKey);
}

void AccountSession::startDemo(const QUrl &baseUrl, const QString &cacheParentDirectory)
{
    end();
    m_account = {};
    m_client->setBaseUrl(baseUrl);
    m_demoDir = std::make_unique<DemoStoreDirectory>(cacheParentDirectory);
    m_signIn->signIn(baseUrl, LoginRequest{QString::fromLatin1(DemoServer::demoEmail),
                                           QString::fromLatin1(DemoServer::demoPassword)});
}

void AccountSession::start(AccountSettings account, QString apiKey)
{
    m_pendingKey.clear();
    const bool sameAccount =
        m_signedIn && m_client->baseUrl() == account.baseUrl && m_account.userId == account.userId;
    if (sameAccount) {
        // The key expired and was renewed: the data stays, and the changes
        // the 401 held back go out now.
        m_account = account;
        m_userName = account.name;
        m_client->setApiKey(apiKey);
        m_expired = false;
        qCDebug(lcSession) << "session renewed";
        if (m_data) {
            m_data->startSending();
            m_data->sync()->syncNow();
        }
        if (m_background)
            m_background->sendNow();
        emit sessionRenewed();
        return;
    }
    end();
    m_account = account;
    m_userName = account.name;
    m_client->setBaseUrl(account.baseUrl);
    m_client->setApiKey(apiKey);
    m_signedIn = true;
    m_expired = false;
    startBackgroundOutboxes();
    emit sessionStarted();
    openShown(account.userId, LocalStore::defaultPath(account.storeKey()));
    findColleagues();
}

void AccountSession::startBackgroundOutboxes()
{
    const AccountSettings account = m_account;
    m_background = new BackgroundOutboxes(
        m_client, m_clock,
        [account](qint64 id) { return LocalStore::defaultPath(account.colleagueStoreKey(id)); },
        this);
    m_gate->setBackground(m_background);
    // Changes made as colleagues before the last quit go on now.
    for (qint64 id : LocalStore::colleagueStoreIds(account.storeKey()))
        m_background->keepDelivering(id);
}

void AccountSession::verify()
{
    m_client->fetchSession(
        this,
        [this](const ApiResult<SessionInfo> &result) {
            // A 401 arrives as unauthorized(); offline is fine (the window
            // says so); a key of another user than stored is a stale account.
            if (result.ok() && result.value().userId != m_account.userId) {
                qCWarning(lcSession) << "the stored key belongs to another user";
                onUnauthorized();
            } else if (result.ok()) {
                qCDebug(lcSession) << "session verified";
            }
        },
        ApiClient::Priority::Background);
}

void AccountSession::onUnauthorized()
{
    if (!m_signedIn || m_expired)
        return;
    m_expired = true;
    qCDebug(lcSession) << "session expired";
    emit sessionExpired();
    emit signInNeeded(tr("Your MOCO session has ended (the API key was revoked or renewed). Sign "
                         "in again to go on; nothing you did is lost."));
}

void AccountSession::findColleagues()
{
    const qint64 ownId = m_account.userId;
    m_client->fetchUsers(
        this,
        [this, ownId](const ApiResult<QList<User>> &result) {
            if (!m_signedIn || m_account.userId != ownId)
                return;
            m_colleagues.clear();
            if (result.ok()) {
                for (const User &user : result.value()) {
                    if (user.id != ownId && user.active)
                        m_colleagues.append(user);
                    // Names the colleagues in the list of unsent changes.
                    if (m_background)
                        m_background->setColleagueName(user.id, user.displayName());
                }
            }
            emit colleaguesChanged();
        },
        ApiClient::Priority::Background);
}

// --- The shown user

void AccountSession::openShown(qint64 userId, const QString &storePath)
{
    m_shownUserId = userId;
    m_data = new AccountDataLayer(storePath, m_client, m_clock, userId, this);
    if (!m_data->start()) {
        const LocalStore *store = m_data->store();
        // The newer version's message is whole; the others name the cause.
        emit dataLayerFailed(
            store->failure() == LocalStore::Failure::NewerVersion
                ? store->error()
                : tr("MocoTrack cannot keep your data on this computer: %1").arg(store->error()));
        return;
    }
    m_gate->setShown(m_data, m_actingAs);
    emit dataLayerOpened(m_data);
    // The thorough check waits until the cached data is on screen.
    QTimer::singleShot(0, m_data, [this] {
        m_data->checkIntegrity();
        if (!m_data->notice().isEmpty())
            emit noticeRaised(m_data->notice());
    });
}

void AccountSession::closeShown()
{
    if (!m_data)
        return;
    emit dataLayerClosing();
    m_gate->setShown(nullptr);
    delete m_data;
    m_data = nullptr;
}

void AccountSession::switchShownUser(std::optional<qint64> colleagueId, const QString &name)
{
    // Nothing of one user may be sent as the other: each has their own cache
    // and outbox, and the old one stops before the header changes.
    closeShown();
    m_client->cancelOwnRequests();
    m_client->setImpersonatedUserId(colleagueId);
    m_actingAs = name;
    emit actingAsChanged(m_actingAs);
    if (colleagueId) {
        // The colleague's own data layer takes over their store from the
        // background delivery.
        if (m_background)
            m_background->release(*colleagueId);
        openShown(*colleagueId, LocalStore::defaultPath(m_account.colleagueStoreKey(*colleagueId)));
    } else {
        openShown(m_account.userId, LocalStore::defaultPath(m_account.storeKey()));
    }
    // The server confirms whom it now answers for.
    m_client->fetchProfile(this, [this, colleagueId](const ApiResult<Profile> &result) {
        if (!result.ok() || m_client->impersonatedUserId() != colleagueId)
            return;
        if (colleagueId && result.value().id == *colleagueId) {
            m_actingAs = result.value().displayName();
            qCDebug(lcSession) << "acting as confirmed";
            emit actingAsChanged(m_actingAs);
        } else if (!colleagueId && result.value().id == m_account.userId) {
            qCDebug(lcSession) << "back to myself confirmed";
        }
    });
}

void AccountSession::actAs(const User &colleague)
{
    if (!m_signedIn || isDemo() || !m_data)
        return;
    qCDebug(lcSession) << "acting as user" << colleague.id;
    // What was made as the previous colleague keeps going in the background.
    if (const std::optional<qint64> previous = m_client->impersonatedUserId();
        previous && m_background)
        m_background->keepDelivering(*previous, m_actingAs);
    switchShownUser(colleague.id, colleague.displayName());
}

void AccountSession::backToMyself(UnsentChangesGate::Disposition unsent)
{
    const std::optional<qint64> colleague = m_client->impersonatedUserId();
    if (!m_signedIn || !colleague)
        return;
    qCDebug(lcSession) << "back to myself";
    const QString name = m_actingAs;
    closeShown();
    if (unsent == UnsentChangesGate::Disposition::Discard) {
        qCDebug(lcSession) << "discarding what was made as user" << *colleague;
        LocalStore::removeAccountData(m_account.colleagueStoreKey(*colleague));
    } else if (m_background) {
        m_background->keepDelivering(*colleague, name);
    }
    switchShownUser(std::nullopt, {});
}

// --- Ending

void AccountSession::signOut()
{
    qCDebug(lcSession) << "signing out";
    const AccountSettings account = m_account;
    end();
    if (account.isValid()) {
        m_credentials->remove(account.credentialKey(), this, {});
        LocalStore::removeAccountData(account.storeKey());
    }
    AccountSettings::clear();
    // m_account stays: the sign-in form still knows where and who.
    emit signInNeeded({});
}

void AccountSession::end()
{
    const bool wasSignedIn = m_signedIn;
    m_signIn->cancel();
    closeShown();
    m_gate->cancel();
    m_gate->setBackground(nullptr);
    delete m_background;
    m_background = nullptr;
    m_client->scheduler()->cancelAll();
    m_client->setImpersonatedUserId(std::nullopt);
    m_client->setApiKey({});
    m_demoDir.reset();
    m_actingAs.clear();
    m_pendingKey.clear();
    m_signedIn = false;
    m_expired = false;
    if (!m_colleagues.isEmpty()) {
        m_colleagues.clear();
        emit colleaguesChanged();
    }
    if (wasSignedIn)
        emit sessionEnded();
}
