// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/SyncState.h"

#include <QObject>
#include <QString>

#include <memory>

class ApiClient;
class Clock;
class ConnectivityWatcher;
class LocalChanges;
class LocalStore;
class OutboxLock;
class OutboxSender;
class SyncMonitor;
class SyncService;

// The offline-first data layer of one signed-in account, wired: the store,
// local changes, the sender, the sync, the status and the connectivity
// watch. The window reads from store(), writes through changes(), shows
// state() and calls sync()->syncNow() on F5 / syncIfStale() on activation.
//
// Only the process holding the store's OutboxLock delivers its outbox: a
// second process on the same store keeps its changes locally, and the one
// that sends picks them up from the shared database.
class AccountDataLayer : public QObject
{
    Q_OBJECT
public:
    // databasePath: usually LocalStore::defaultPath("<account host>/<user id>").
    AccountDataLayer(const QString &databasePath, ApiClient *api, Clock *clock, qint64 userId,
                     QObject *parent = nullptr);
    ~AccountDataLayer() override;

    // Opens the store (cached data is readable right after), then starts
    // delivering the outbox (if this process gets the outbox lock) and the
    // first sync. False when not even a fresh database could be created:
    // error() in the store.
    bool start();
    // Delivers the outbox from here if this process holds, or can now take,
    // the outbox lock (a sender elsewhere may have ended). After every local
    // change and a renewed session; never call sender()->start() directly.
    void startSending();
    // Whether this process delivers the outbox (holds its lock).
    bool isSending() const;
    // Once the first data is on screen: the full integrity check. If the
    // store had to be rebuilt, storeChanged() follows and notice() is set.
    void checkIntegrity();

    LocalStore *store() const { return m_store; }
    LocalChanges *changes() const { return m_changes; }
    ApiClient *api() const { return m_api; }
    OutboxSender *sender() const { return m_sender; }
    SyncService *sync() const { return m_sync; }
    SyncState state() const;
    // Set after a damaged database was set aside, or when another process
    // delivers this outbox; the window shows it once.
    QString notice() const;

signals:
    void storeChanged();
    void stateChanged(const SyncState &state);

private:
    // MOCO is reachable again: what waits for it goes now (if this process
    // sends).
    void retrySending();
    // Takes the outbox lock if free; whether this process may send.
    bool holdSenderLock();

    LocalStore *m_store;
    LocalChanges *m_changes;
    OutboxSender *m_sender;
    SyncService *m_sync;
    SyncMonitor *m_monitor = nullptr;
    ConnectivityWatcher *m_connectivity;
    ApiClient *m_api;
    std::unique_ptr<OutboxLock> m_senderLock;
};
