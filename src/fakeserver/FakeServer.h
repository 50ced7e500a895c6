// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/FakeServerOptions.h"

#include <QObject>

#include <memory>

class ActivityHandler;
class CompanyHandler;
class ActivityService;
class ApiGate;
class ControlHandler;
class CustomFieldHandler;
class FakeDatabase;
class FaultInjector;
class HttpListener;
class PersistentState;
class PresenceHandler;
class PresenceService;
class ProjectHandler;
class RateLimiter;
class RequestDispatcher;
class RequestLog;
class Router;
class ServerClock;
class SessionHandler;
class UserHandler;

// Wires the fake server together: data, rules, handlers, the dispatcher and
// the HTTP listener in front of them.
class FakeServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeServer(const FakeServerOptions &options, QObject *parent = nullptr);
    ~FakeServer() override;

    // Loads or seeds the data and starts listening. Returns the public port,
    // 0 on failure (with error).
    quint16 start(QString *error);

private:
    void reseed();

    FakeServerOptions m_options;
    std::unique_ptr<ServerClock> m_clock;
    FakeDatabase *m_database;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<RequestLog> m_log;
    FaultInjector *m_faults;
    std::unique_ptr<PresenceService> m_presenceService;
    std::unique_ptr<ActivityService> m_activityService;
    std::unique_ptr<SessionHandler> m_sessionHandler;
    std::unique_ptr<ProjectHandler> m_projectHandler;
    std::unique_ptr<CompanyHandler> m_companyHandler;
    std::unique_ptr<ActivityHandler> m_activityHandler;
    std::unique_ptr<PresenceHandler> m_presenceHandler;
    std::unique_ptr<CustomFieldHandler> m_customFieldHandler;
    std::unique_ptr<UserHandler> m_userHandler;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<ApiGate> m_gate;
    std::unique_ptr<ControlHandler> m_control;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    PersistentState *m_persistence = nullptr;
    HttpListener *m_listener = nullptr;
};
