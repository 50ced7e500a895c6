// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"
#include "fakeserver/moco/CustomPropertyWrite.h"

class FakeDatabase;
class Router;
class ServerClock;
struct ApiCall;
struct CustomerRecord;
struct UserRecord;

// /companies/{id}: read, and write custom_properties (entity "Customer") by
// the same rule as projects.
class CompanyHandler
{
public:
    CompanyHandler(FakeDatabase &database, const ServerClock &clock,
                   CustomPropertyUpdater::Mode customFieldMode);
    void registerRoutes(Router &router);

private:
    FakeResponse show(ApiCall &call) const;
    FakeResponse update(ApiCall &call);
    // The projects' rule carried over: staff, and whoever may see one of the
    // customer's projects (its leader or an assigned user).
    bool mayAccess(const UserRecord &actor, const CustomerRecord &customer) const;

    FakeDatabase &m_database;
    CustomPropertyWrite m_customPropertyWrite;
};
