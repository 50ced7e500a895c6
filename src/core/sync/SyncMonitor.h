// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/SyncState.h"

#include <QObject>

class LocalStore;
class OutboxSender;
class RequestScheduler;
class SyncService;

// Gathers the sender's, the sync's, the scheduler's and the outbox's state
// into one SyncState and tells when it changed.
class SyncMonitor : public QObject
{
    Q_OBJECT
public:
    SyncMonitor(LocalStore *store, OutboxSender *sender, SyncService *sync,
                RequestScheduler *scheduler, QObject *parent = nullptr);

    SyncState state() const { return m_state; }

    // Re-reads everything (also after LocalChanges::changed()).
    void refresh();

signals:
    void stateChanged(const SyncState &state);

private:
    LocalStore *m_store;
    OutboxSender *m_sender;
    SyncService *m_sync;
    RequestScheduler *m_scheduler;
    SyncState m_state;
};
