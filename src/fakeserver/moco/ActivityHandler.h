// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

class ActivityService;
class FakeDatabase;
class Router;
struct ApiCall;

// /activities, /activities/{id}, /activities/{id}/start_timer|stop_timer.
class ActivityHandler
{
public:
    ActivityHandler(FakeDatabase &database, ActivityService &service);
    void registerRoutes(Router &router);

private:
    FakeResponse list(ApiCall &call) const;
    FakeResponse show(ApiCall &call) const;
    FakeResponse create(ApiCall &call);
    FakeResponse update(ApiCall &call);
    FakeResponse remove(ApiCall &call);
    FakeResponse startTimer(ApiCall &call);
    FakeResponse stopTimer(ApiCall &call);
    FakeResponse activity(qint64 id) const;

    FakeDatabase &m_database;
    ActivityService &m_service;
};
