// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/FakeServer.h"

#include "fakeserver/RequestDispatcher.h"
#include "fakeserver/ServerClock.h"
#include "fakeserver/api/ApiGate.h"
#include "fakeserver/api/RateLimiter.h"
#include "fakeserver/api/Router.h"
#include "fakeserver/control/ControlHandler.h"
#include "fakeserver/control/RequestLog.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/PersistentState.h"
#include "fakeserver/faults/FaultInjector.h"
#include "fakeserver/http/HttpListener.h"
#include "fakeserver/moco/ActivityHandler.h"
#include "fakeserver/moco/ActivityService.h"
#include "fakeserver/moco/CompanyHandler.h"
#include "fakeserver/moco/CustomFieldHandler.h"
#include "fakeserver/moco/PresenceHandler.h"
#include "fakeserver/moco/PresenceService.h"
#include "fakeserver/moco/ProjectHandler.h"
#include "fakeserver/moco/SessionHandler.h"
#include "fakeserver/moco/UserHandler.h"
#include "fakeserver/seed/SeedData.h"

FakeServer::FakeServer(const FakeServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(std::make_unique<ServerClock>())
    , m_database(new FakeDatabase(this))
    , m_rateLimiter(std::make_unique<RateLimiter>())
    , m_log(std::make_unique<RequestLog>())
    , m_faults(new FaultInjector(options.seed, this))
{
    if (options.rateLimited)
        m_rateLimiter->configure(options.rateRequests, options.rateWindowMs);
    else
        m_rateLimiter->disable();
    m_faults->setLatencyMs(options.latencyMs);
    m_faults->setErrorRate(options.errorRate);
    m_faults->setMalformedRate(options.malformedRate);
    m_faults->setDropRate(options.dropRate);
    m_faults->setPortalRate(options.portalRate);
    m_faults->setDelays(options.delays);

    m_presenceService = std::make_unique<PresenceService>(*m_database, *m_clock);
    m_activityService =
        std::make_unique<ActivityService>(*m_database, *m_clock, *m_presenceService);
    m_sessionHandler = std::make_unique<SessionHandler>(*m_database);
    const auto customFieldMode = options.strictCustomFields ? CustomPropertyUpdater::Mode::Strict
                                                            : CustomPropertyUpdater::Mode::Merge;
    m_projectHandler = std::make_unique<ProjectHandler>(*m_database, *m_clock, customFieldMode);
    m_companyHandler = std::make_unique<CompanyHandler>(*m_database, *m_clock, customFieldMode);
    m_activityHandler = std::make_unique<ActivityHandler>(*m_database, *m_activityService);
    m_presenceHandler = std::make_unique<PresenceHandler>(*m_database, *m_presenceService);
    m_customFieldHandler = std::make_unique<CustomFieldHandler>(*m_database);
    m_userHandler = std::make_unique<UserHandler>(*m_database);

    m_router = std::make_unique<Router>();
    m_sessionHandler->registerRoutes(*m_router);
    m_projectHandler->registerRoutes(*m_router);
    m_companyHandler->registerRoutes(*m_router);
    m_activityHandler->registerRoutes(*m_router);
    m_presenceHandler->registerRoutes(*m_router);
    m_customFieldHandler->registerRoutes(*m_router);
    m_userHandler->registerRoutes(*m_router);

    m_gate = std::make_unique<ApiGate>(m_database->users(), *m_rateLimiter);
    m_control = std::make_unique<ControlHandler>(*m_database, *m_clock, *m_faults, *m_rateLimiter,
                                                 *m_log, [this]() { reseed(); });
    m_dispatcher =
        std::make_unique<RequestDispatcher>(*m_router, *m_gate, *m_control, *m_log, *m_clock);
    m_dispatcher->setVerbose(options.verbose);
}

FakeServer::~FakeServer() = default;

quint16 FakeServer::start(QString *error)
{
    if (!m_options.dataDir.isEmpty()) {
        m_persistence = new PersistentState(*m_database, m_options.dataDir, this);
        QString loadError;
        if (!m_persistence->load(&loadError)) {
            if (!loadError.isEmpty()) {
                *error = QStringLiteral("cannot resume from %1: %2")
                             .arg(m_persistence->filePath(), loadError);
                return 0;
            }
            SeedData::populate(*m_database, m_options.seed, m_clock->nowUtc());
            if (!m_persistence->save(error))
                return 0;
        }
        m_persistence->watch();
    } else {
        SeedData::populate(*m_database, m_options.seed, m_clock->nowUtc());
    }

    m_listener = new HttpListener(*m_dispatcher, *m_faults, *m_log, this);
    if (!m_listener->listen(m_options.bind, m_options.port)) {
        *error = QStringLiteral("cannot listen on %1 port %2: %3")
                     .arg(m_options.bind.toString())
                     .arg(m_options.port)
                     .arg(m_listener->errorString());
        return 0;
    }
    return m_listener->port();
}

void FakeServer::reseed()
{
    SeedData::populate(*m_database, m_options.seed, m_clock->nowUtc());
    m_database->notifyChanged();
}
