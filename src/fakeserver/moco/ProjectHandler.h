// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"
#include "fakeserver/moco/CustomPropertyWrite.h"

class FakeDatabase;
class Router;
class ServerClock;
struct ApiCall;
struct ProjectRecord;
struct UserRecord;

// /projects/assigned (unpaged, no X-* headers, as recorded in 2022),
// /projects (staff only), /projects/{id} (read and custom_properties write),
// /projects/{id}/tasks.
class ProjectHandler
{
public:
    ProjectHandler(FakeDatabase &database, const ServerClock &clock,
                   CustomPropertyUpdater::Mode customFieldMode);
    void registerRoutes(Router &router);
    // Staff, the leader and assigned users may see a project (and write its
    // custom fields).
    static bool mayAccess(const UserRecord &actor, const ProjectRecord &project);

private:
    FakeResponse assigned(ApiCall &call) const;
    FakeResponse list(ApiCall &call) const;
    FakeResponse show(ApiCall &call) const;
    FakeResponse update(ApiCall &call);
    FakeResponse tasks(ApiCall &call) const;

    FakeDatabase &m_database;
    CustomPropertyWrite m_customPropertyWrite;
};
