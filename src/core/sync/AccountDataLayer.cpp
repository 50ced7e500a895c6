// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/AccountDataLayer.h"

#include "core/api/ApiClient.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/OutboxLock.h"
#include "core/sync/ConnectivityWatcher.h"
#include "core/sync/OutboxSender.h"
#include "core/sync/SyncMonitor.h"
#include "core/sync/SyncService.h"

#include <QLoggingCategory>
#include <QStringList>

Q_LOGGING_CATEGORY(lcDataLayer, "mocotrack.sync.layer", QtInfoMsg)

AccountDataLayer::AccountDataLayer(const QString &databasePath, ApiClient *api, Clock *clock,
                                   qint64 userId, QObject *parent)
    : QObject(parent)
    , m_store(new LocalStore(databasePath, this))
    , m_changes(new LocalChanges(m_store, clock, this))
    , m_sender(new OutboxSender(m_store, api, clock, userId, this))
    , m_sync(new SyncService(m_store, api, clock, userId, this))
    , m_connectivity(new ConnectivityWatcher(this))
    , m_api(api)
    , m_senderLock(std::make_unique<OutboxLock>(databasePath))
{
    m_sender->setPolicy(OutboxPolicy::fromEnvironment());
    // Every way into the sender goes through the outbox lock.
    connect(m_changes, &LocalChanges::changed, m_sender, [this] { startSending(); });
    connect(m_changes, &LocalChanges::changed, this, &AccountDataLayer::storeChanged);
    connect(m_sender, &OutboxSender::storeChanged, this, &AccountDataLayer::storeChanged);
    connect(m_sync, &SyncService::storeChanged, this, &AccountDataLayer::storeChanged);
    // A sync that got through means MOCO is reachable: try the outbox too.
    connect(m_sync, &SyncService::finished, m_sender, [this](bool ok) {
        if (ok && m_sender->isOffline())
            retrySending();
    });
    connect(m_connectivity, &ConnectivityWatcher::cameOnline, m_sender, [this] { retrySending(); });
    // The presence MOCO opens with a timer appears without waiting for the
    // next periodic run.
    connect(m_sender, &OutboxSender::timerStartDelivered, m_sync, &SyncService::refreshPresences);
    connect(m_connectivity, &ConnectivityWatcher::cameOnline, m_sync, &SyncService::syncIfStale);
}

bool AccountDataLayer::start()
{
    if (!m_store->open())
        return false;
    if (!m_monitor) {
        m_monitor = new SyncMonitor(m_store, m_sender, m_sync, m_api->scheduler(), this);
        connect(m_monitor, &SyncMonitor::stateChanged, this, &AccountDataLayer::stateChanged);
        connect(m_changes, &LocalChanges::changed, m_monitor, &SyncMonitor::refresh);
    }
    startSending();
    m_sync->syncNow();
    return true;
}

AccountDataLayer::~AccountDataLayer()
{
    // The lock goes last: nothing of this process sends once it is free.
    delete m_monitor;
    m_monitor = nullptr;
    delete m_sender;
    m_sender = nullptr;
}

void AccountDataLayer::startSending()
{
    if (holdSenderLock())
        m_sender->start();
}

void AccountDataLayer::retrySending()
{
    if (holdSenderLock())
        m_sender->retryNow();
}

bool AccountDataLayer::holdSenderLock()
{
    if (!m_store->isOpen())
        return false;
    const bool hadLock = m_senderLock->isLocked();
    const OutboxLock::Status status = m_senderLock->tryLock();
    if (status != OutboxLock::Status::Held) {
        if (status == OutboxLock::Status::Failed)
            qCWarning(lcDataLayer).noquote()
                << "cannot create" << m_senderLock->filePath() << "error" << m_senderLock->error();
        else
            qCDebug(lcDataLayer) << "another process delivers this outbox; not sending";
        return false;
    }
    if (!hadLock)
        qCDebug(lcDataLayer) << "this process delivers the outbox";
    return true;
}

bool AccountDataLayer::isSending() const
{
    return m_senderLock->isLocked();
}

void AccountDataLayer::checkIntegrity()
{
    if (!m_store->verifyIntegrity()) {
        emit storeChanged();
        m_sync->syncNow();
    }
}

SyncState AccountDataLayer::state() const
{
    return m_monitor ? m_monitor->state() : SyncState{};
}

QString AccountDataLayer::notice() const
{
    QStringList notices;
    if (!m_store->notice().isEmpty())
        notices.append(m_store->notice());
    if (m_store->isOpen() && !m_senderLock->isLocked()) {
        if (m_senderLock->error() == QLockFile::LockFailedError)
            notices.append(tr("Another MocoTrack is sending these changes. What you do here is "
                              "kept on this computer and sent by that MocoTrack."));
        else if (m_senderLock->error() != QLockFile::NoError)
            notices.append(tr("MocoTrack cannot send your changes: it could not create %1. "
                              "They are kept on this computer.")
                               .arg(m_senderLock->filePath()));
    }
    return notices.join(QLatin1Char('\n'));
}
