// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

class FakeDatabase;
class PresenceService;
class Router;
struct ApiCall;

// /users/presences[/{id}] and /users/presences/touch.
class PresenceHandler
{
public:
    PresenceHandler(FakeDatabase &database, PresenceService &service);
    void registerRoutes(Router &router);

private:
    FakeResponse list(ApiCall &call) const;
    FakeResponse show(ApiCall &call) const;
    FakeResponse create(ApiCall &call);
    FakeResponse update(ApiCall &call);
    FakeResponse remove(ApiCall &call);
    FakeResponse touch(ApiCall &call);
    FakeResponse presence(qint64 id) const;

    FakeDatabase &m_database;
    PresenceService &m_service;
};
