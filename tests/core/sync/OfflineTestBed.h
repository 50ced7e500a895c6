// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiClient.h"
#include "core/services/SystemClock.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/sync/OutboxSender.h"
#include "core/sync/SyncService.h"
#include "core/sync/TimerService.h"

#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

class FakeServerProcess;
class QTemporaryDir;

// The data layer of one signed-in demo user against the fake server, as the
// app will wire it: store, local changes, sender and sync, and on request the
// timer. recreate() drops every object and builds them again on the same
// database file, like an app restart.
class OfflineTestBed
{
public:
    struct Options
    {
        Clock *clock = nullptr; // the test's clock; real time when none
        int syncDays = 7;
        bool withTimer = false;
    };

    OfflineTestBed(FakeServerProcess *server, QString databasePath);
    OfflineTestBed(FakeServerProcess *server, QString databasePath, Options options);
    ~OfflineTestBed();

    // Clears the server's data and queued faults, then a bed on a fresh
    // database of its own.
    static std::unique_ptr<OfflineTestBed> afterReset(FakeServerProcess *server);
    static std::unique_ptr<OfflineTestBed> afterReset(FakeServerProcess *server, Options options);

    void recreate();
    void destroy();

    LocalStore *store() const { return m_store; }
    ApiClient *api() const { return m_api; }
    LocalChanges *changes() const { return m_changes; }
    OutboxSender *sender() const { return m_sender; }
    SyncService *sync() const { return m_sync; }
    // With Options::withTimer, reloaded whenever sender or sync change the store.
    TimerService *timer() const { return m_timer; }
    Clock *clock() { return m_clock; }

    // Calls slot whenever sender, sync or a local change touch the store,
    // as the main window wires its models.
    template<typename Receiver>
    void followStore(Receiver *receiver, void (Receiver::*slot)())
    {
        QObject::connect(m_sender, &OutboxSender::storeChanged, receiver, slot);
        QObject::connect(m_sync, &SyncService::storeChanged, receiver, slot);
        QObject::connect(m_changes, &LocalChanges::changed, receiver, slot);
    }

    // One sync run; true when it finished and succeeded.
    bool syncOnce();
    // The next times creates of an activity are refused with 422 and errors
    // (field -> messages) as the body.
    void refuseNextCreates(const QJsonObject &errors, int times = 1);
    // Changes the description in MOCO behind the store's back; true when
    // MOCO took it.
    bool changeOnServer(qint64 serverId, const QString &description);
    // Deletes it in MOCO behind the store's back; true when MOCO did.
    bool deleteOnServer(qint64 serverId);
    // A synced activity of the last days the user may edit: not running,
    // not billed, not waiting to be sent, with a description.
    std::optional<LocalActivity> someCachedActivity() const;
    // A new activity on the demo project and task.
    static ActivityDraft draft(const QDate &date, qint64 seconds, const QString &description,
                               qint64 task = taskId);

    // The demo user's activities as the server stores them, whose
    // description starts with prefix.
    QList<QJsonObject> serverActivities(const QString &prefix) const;
    // The custom field values MOCO holds now (GET /projects/{id},
    // /companies/{id}); a test fails hard when the server does not answer.
    CustomFieldValues projectFieldsOnServer(qint64 projectId) const;
    CustomFieldValues customerFieldsOnServer(qint64 customerId) const;
    // What a colleague's edit in MOCO does: a PUT of the whole map they read,
    // with one field changed.
    void changeProjectFieldOnServer(qint64 projectId, const CustomFieldValues &read,
                                    const QString &field, const QString &value) const;
    // Undelivered or attention-needing outbox items.
    int outboxSize() const;

    static constexpr qint64 projectId = 3100000101;
    static constexpr qint64 taskId = 3200000001;

private:
    FakeServerProcess *m_server;
    std::unique_ptr<QTemporaryDir> m_ownDir; // outlives m_root
    QString m_path;
    Options m_options;
    SystemClock m_systemClock;
    Clock *m_clock;
    std::unique_ptr<QObject> m_root;
    LocalStore *m_store = nullptr;
    ApiClient *m_api = nullptr;
    LocalChanges *m_changes = nullptr;
    OutboxSender *m_sender = nullptr;
    SyncService *m_sync = nullptr;
    TimerService *m_timer = nullptr;
};
