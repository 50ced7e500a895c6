// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncMonitor.h"

#include "core/api/RequestScheduler.h"
#include "core/storage/Outbox.h"
#include "core/sync/OutboxSender.h"
#include "core/sync/SyncService.h"

SyncMonitor::SyncMonitor(LocalStore *store, OutboxSender *sender, SyncService *sync,
                         RequestScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sender(sender)
    , m_sync(sync)
    , m_scheduler(scheduler)
{
    connect(sender, &OutboxSender::stateChanged, this, &SyncMonitor::refresh);
    connect(sender, &OutboxSender::storeChanged, this, &SyncMonitor::refresh);
    connect(sync, &SyncService::started, this, &SyncMonitor::refresh);
    connect(sync, &SyncService::progress, this, &SyncMonitor::refresh);
    connect(sync, &SyncService::finished, this, &SyncMonitor::refresh);
    connect(scheduler, &RequestScheduler::rateLimitedUntilChanged, this, &SyncMonitor::refresh);
    refresh();
}

void SyncMonitor::refresh()
{
    Outbox outbox(m_store);
    SyncState state;
    state.lastSyncedAt = m_sync->lastSuccessAt();
    state.syncing = m_sync->isRunning();
    state.stepsDone = m_sync->stepsDone();
    state.stepsTotal = m_sync->stepsTotal();
    const ApiError::Kind error = m_sync->lastError().kind;
    state.offline =
        m_sender->isOffline() ||
        (!state.syncing && (error == ApiError::Kind::Network || error == ApiError::Kind::Timeout));
    state.waiting = outbox.waitingCount();
    state.needsAttention = outbox.attentionCount();
    state.rateLimitedUntil = m_scheduler->rateLimitedUntil();
    const ApiError serverError = m_sender->lastServerError();
    state.serverError = serverError.isError();
    state.serverErrorStatus = serverError.httpStatus;
    state.nextRetryAt = m_sender->nextRetryAt();
    state.storeError = m_sender->storeError();
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(m_state);
}
