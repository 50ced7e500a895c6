// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

class FakeDatabase;
class Router;
struct ApiCall;

// GET /users and /users/{id}: staff only; everyone else gets 403 with an
// empty body, as observed live.
class UserHandler
{
public:
    explicit UserHandler(const FakeDatabase &database);
    void registerRoutes(Router &router);

private:
    FakeResponse list(ApiCall &call) const;
    FakeResponse show(ApiCall &call) const;

    const FakeDatabase &m_database;
};
