// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

class FakeDatabase;
class Router;
struct ApiCall;

// POST /session (email + password → key), GET /session, GET /profile.
class SessionHandler
{
public:
    explicit SessionHandler(const FakeDatabase &database);
    void registerRoutes(Router &router);

private:
    FakeResponse signIn(ApiCall &call) const;

    const FakeDatabase &m_database;
};
