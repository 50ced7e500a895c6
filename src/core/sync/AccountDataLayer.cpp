// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/AccountDataLayer.h"

#include "core/api/ApiClient.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/sync/ConnectivityWatcher.h"
#include "core/sync/OutboxSender.h"
#include "core/sync/SyncMonitor.h"
#include "core/sync/SyncService.h"

AccountDataLayer::AccountDataLayer(const QString &databasePath, ApiClient *api, Clock *clock,
                                   qint64 userId, QObject *parent)
    : QObject(parent)
    , m_store(new LocalStore(databasePath, this))
    , m_changes(new LocalChanges(m_store, clock, this))
    , m_sender(new OutboxSender(m_store, api, clock, userId, this))
    , m_sync(new SyncService(m_store, api, clock, userId, this))
    , m_connectivity(new ConnectivityWatcher(this))
    , m_api(api)
{
    m_sender->setPolicy(OutboxPolicy::fromEnvironment());
    connect(m_changes, &LocalChanges::changed, m_sender, &OutboxSender::start);
    connect(m_changes, &LocalChanges::changed, this, &AccountDataLayer::storeChanged);
    connect(m_sender, &OutboxSender::storeChanged, this, &AccountDataLayer::storeChanged);
    connect(m_sync, &SyncService::storeChanged, this, &AccountDataLayer::storeChanged);
    // A sync that got through means MOCO is reachable: try the outbox too.
    connect(m_sync, &SyncService::finished, m_sender, [this](bool ok) {
        if (ok && m_sender->isOffline())
            m_sender->retryNow();
    });
    connect(m_connectivity, &ConnectivityWatcher::cameOnline, m_sender, &OutboxSender::retryNow);
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
    m_sender->start();
    m_sync->syncNow();
    return true;
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
    return m_store->notice();
}
