// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTestBed.h"

#include "core/storage/Outbox.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace std::chrono_literals;

OfflineTestBed::OfflineTestBed(FakeServerProcess *server, QString databasePath)
    : m_server(server)
    , m_path(std::move(databasePath))
{
    recreate();
}

OfflineTestBed::~OfflineTestBed()
{
    destroy();
}

void OfflineTestBed::destroy()
{
    m_root.reset();
    m_store = nullptr;
    m_api = nullptr;
    m_changes = nullptr;
    m_sender = nullptr;
    m_sync = nullptr;
}

void OfflineTestBed::recreate()
{
    destroy();
    m_root = std::make_unique<QObject>();
    m_store = new LocalStore(m_path, m_root.get());
    QVERIFY(m_store->open());
    m_api = new ApiClient(&m_clock, m_root.get());
    m_api->setBaseUrl(m_server->apiBaseUrl());
    m_api->setApiKey(QString::fromLatin1(FakeServerProcess::demoApiKey));
    m_api->setRequestTimeout(5s);
    RequestScheduler::Policy policy;
    // Tests must not wait for a 15-second window or long backoffs.
    policy.windowRequests = 1000;
    policy.window = 1s;
    policy.backoffStart = 20ms;
    policy.backoffCap = 100ms;
    policy.maxTransientRetries = 1;
    m_api->scheduler()->setPolicy(policy);
    m_changes = new LocalChanges(m_store, &m_clock, m_root.get());
    m_sender =
        new OutboxSender(m_store, m_api, &m_clock, FakeServerProcess::demoUserId, m_root.get());
    OutboxSender::Policy senderPolicy;
    senderPolicy.retryStart = 100ms;
    senderPolicy.retryCap = 400ms;
    m_sender->setPolicy(senderPolicy);
    QObject::connect(m_changes, &LocalChanges::changed, m_sender, &OutboxSender::start);
    m_sync = new SyncService(m_store, m_api, &m_clock, FakeServerProcess::demoUserId, m_root.get());
    SyncService::Policy syncPolicy;
    syncPolicy.interval = 0ms;
    syncPolicy.initialDays = 7;
    syncPolicy.windowDays = 7;
    m_sync->setPolicy(syncPolicy);
}

QList<QJsonObject> OfflineTestBed::serverActivities(const QString &prefix) const
{
    const QJsonDocument state = m_server->control(
        "GET", QStringLiteral("/state/activities?user_id=%1").arg(FakeServerProcess::demoUserId));
    QList<QJsonObject> found;
    for (const QJsonValue &value : state.object().value(QStringLiteral("activities")).toArray()) {
        const QJsonObject activity = value.toObject();
        if (activity.value(QStringLiteral("description")).toString().startsWith(prefix))
            found.append(activity);
    }
    return found;
}

int OfflineTestBed::outboxSize() const
{
    return static_cast<int>(Outbox(m_store).items().size());
}
