// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTestBed.h"

#include "core/domain/CustomPropertiesUpdate.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/Outbox.h"
#include "support/FakeServerProcess.h"
#include "support/TestApi.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

OfflineTestBed::OfflineTestBed(FakeServerProcess *server, QString databasePath)
    : OfflineTestBed(server, std::move(databasePath), Options())
{}

OfflineTestBed::OfflineTestBed(FakeServerProcess *server, QString databasePath, Options options)
    : m_server(server)
    , m_path(std::move(databasePath))
    , m_options(options)
    , m_clock(options.clock ? options.clock : &m_systemClock)
{
    recreate();
}

OfflineTestBed::~OfflineTestBed()
{
    destroy();
}

std::unique_ptr<OfflineTestBed> OfflineTestBed::afterReset(FakeServerProcess *server)
{
    return afterReset(server, Options());
}

std::unique_ptr<OfflineTestBed> OfflineTestBed::afterReset(FakeServerProcess *server,
                                                           Options options)
{
    server->control("POST", QStringLiteral("/reset"));
    server->control("POST", QStringLiteral("/faults/clear"));
    auto dir = std::make_unique<QTemporaryDir>();
    auto bed = std::make_unique<OfflineTestBed>(server, dir->filePath(QStringLiteral("a.sqlite")),
                                                options);
    bed->m_ownDir = std::move(dir);
    return bed;
}

void OfflineTestBed::destroy()
{
    m_root.reset();
    m_store = nullptr;
    m_api = nullptr;
    m_changes = nullptr;
    m_sender = nullptr;
    m_sync = nullptr;
    m_timer = nullptr;
}

void OfflineTestBed::recreate()
{
    destroy();
    m_root = std::make_unique<QObject>();
    m_store = new LocalStore(m_path, m_root.get());
    QVERIFY(m_store->open());
    m_api = new ApiClient(m_clock, m_root.get());
    TestApi::useDemoAccount(m_api, *m_server);
    m_changes = new LocalChanges(m_store, m_clock, m_root.get());
    m_sender =
        new OutboxSender(m_store, m_api, m_clock, FakeServerProcess::demoUserId, m_root.get());
    OutboxSender::Policy senderPolicy;
    senderPolicy.retryStart = 100ms;
    senderPolicy.retryCap = 400ms;
    senderPolicy.offlineRetryCap = 400ms;
    senderPolicy.settleSchedule = {std::chrono::milliseconds(300), std::chrono::milliseconds(900)};
    m_sender->setPolicy(senderPolicy);
    QObject::connect(m_changes, &LocalChanges::changed, m_sender, &OutboxSender::start);
    m_sync = new SyncService(m_store, m_api, m_clock, FakeServerProcess::demoUserId, m_root.get());
    SyncService::Policy syncPolicy;
    syncPolicy.interval = 0ms;
    syncPolicy.initialDays = m_options.syncDays;
    syncPolicy.windowDays = m_options.syncDays;
    m_sync->setPolicy(syncPolicy);
    if (m_options.withTimer) {
        m_timer = new TimerService(m_store, m_changes, m_clock, m_root.get());
        m_timer->setUserId(FakeServerProcess::demoUserId);
        // As the window wires it.
        QObject::connect(m_sender, &OutboxSender::storeChanged, m_timer, &TimerService::reload);
        QObject::connect(m_sync, &SyncService::storeChanged, m_timer, &TimerService::reload);
    }
}

CustomFieldValues OfflineTestBed::projectFieldsOnServer(qint64 projectId) const
{
    std::optional<CustomFieldValues> values;
    m_api->fetchProject(projectId, nullptr, [&values](const ApiResult<Project> &result) {
        if (result.ok())
            values = result.value().customProperties;
    });
    if (!QTest::qWaitFor([&] { return values.has_value(); }, 10000))
        qFatal("GET /projects/%lld did not answer", projectId);
    return *values;
}

CustomFieldValues OfflineTestBed::customerFieldsOnServer(qint64 customerId) const
{
    std::optional<CustomFieldValues> values;
    m_api->fetchCustomer(customerId, nullptr, [&values](const ApiResult<Customer> &result) {
        if (result.ok())
            values = result.value().customProperties;
    });
    if (!QTest::qWaitFor([&] { return values.has_value(); }, 10000))
        qFatal("GET /companies/%lld did not answer", customerId);
    return *values;
}

void OfflineTestBed::changeProjectFieldOnServer(qint64 projectId, const CustomFieldValues &read,
                                                const QString &field, const QString &value) const
{
    CustomPropertiesUpdate update(read);
    update.set(field, CustomFieldValue(value));
    bool changed = false;
    m_api->updateProjectCustomProperties(
        projectId, update, nullptr,
        [&changed](const ApiResult<Project> &result) { changed = result.ok(); });
    if (!QTest::qWaitFor([&] { return changed; }, 10000))
        qFatal("PUT /projects/%lld did not succeed", projectId);
}

QList<QJsonObject> OfflineTestBed::serverActivities(const QString &prefix) const
{
    QList<QJsonObject> found;
    const QJsonArray all =
        m_server->state(QStringLiteral("activities"), FakeServerProcess::demoUserId);
    for (const QJsonValue &value : all) {
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

bool OfflineTestBed::syncOnce()
{
    QSignalSpy finished(m_sync, &SyncService::finished);
    m_sync->syncNow();
    return finished.wait(20000) && finished.first().first().toBool();
}

void OfflineTestBed::refuseNextCreates(const QJsonObject &errors, int times)
{
    const QJsonObject fault{{QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                            {QStringLiteral("status"), 422},
                            {QStringLiteral("body"), errors}};
    QJsonArray queue;
    for (int i = 0; i < times; ++i)
        queue.append(fault);
    m_server->control("POST", QStringLiteral("/faults"),
                      QJsonDocument(QJsonObject{{QStringLiteral("queue"), queue}}));
}

bool OfflineTestBed::changeOnServer(qint64 serverId, const QString &description)
{
    ActivityChanges changes;
    changes.description = description;
    bool done = false;
    m_api->updateActivity(serverId, changes, nullptr,
                          [&done](const ApiResult<Activity> &r) { done = r.ok(); });
    return QTest::qWaitFor([&done] { return done; }, 10000);
}

bool OfflineTestBed::deleteOnServer(qint64 serverId)
{
    bool deleted = false;
    m_api->deleteActivity(serverId, nullptr,
                          [&deleted](const ApiResult<ApiNothing> &r) { deleted = r.ok(); });
    return QTest::qWaitFor([&deleted] { return deleted; }, 10000);
}

std::optional<LocalActivity> OfflineTestBed::someCachedActivity() const
{
    const QDate today = QDate::currentDate();
    for (const LocalActivity &row : ActivityCache(m_store).between(today.addDays(-5), today)) {
        if (!row.activity.isRunning() && !row.activity.billed && !row.pending &&
            !row.activity.description.isEmpty())
            return row;
    }
    return std::nullopt;
}

ActivityDraft OfflineTestBed::draft(const QDate &date, qint64 seconds, const QString &description,
                                    qint64 task)
{
    ActivityDraft d;
    d.date = date;
    d.projectId = projectId;
    d.taskId = task;
    d.seconds = seconds;
    d.description = description;
    return d;
}
