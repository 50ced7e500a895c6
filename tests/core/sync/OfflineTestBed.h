// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiClient.h"
#include "core/services/SystemClock.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/sync/OutboxSender.h"
#include "core/sync/SyncService.h"

#include <QJsonObject>
#include <QList>
#include <memory>

class FakeServerProcess;

// The data layer of one signed-in demo user against the fake server, as the
// app will wire it: store, local changes, sender and sync. recreate() drops
// every object and builds them again on the same database file, like an
// app restart.
class OfflineTestBed
{
public:
    OfflineTestBed(FakeServerProcess *server, QString databasePath);
    ~OfflineTestBed();

    void recreate();
    void destroy();

    LocalStore *store() const { return m_store; }
    ApiClient *api() const { return m_api; }
    LocalChanges *changes() const { return m_changes; }
    OutboxSender *sender() const { return m_sender; }
    SyncService *sync() const { return m_sync; }
    Clock *clock() { return &m_clock; }

    // The demo user's activities as the server stores them, whose
    // description starts with prefix.
    QList<QJsonObject> serverActivities(const QString &prefix) const;
    // Undelivered or attention-needing outbox items.
    int outboxSize() const;

    static constexpr qint64 projectId = 3100000101;
    static constexpr qint64 taskId = 3200000001;

private:
    FakeServerProcess *m_server;
    QString m_path;
    SystemClock m_clock;
    std::unique_ptr<QObject> m_root;
    LocalStore *m_store = nullptr;
    ApiClient *m_api = nullptr;
    LocalChanges *m_changes = nullptr;
    OutboxSender *m_sender = nullptr;
    SyncService *m_sync = nullptr;
};
