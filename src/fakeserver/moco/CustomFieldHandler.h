// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

class FakeDatabase;
class Router;
struct ApiCall;

// GET /account/custom_properties[/{id}]: the custom field definitions, paged,
// filtered by entity.
class CustomFieldHandler
{
public:
    explicit CustomFieldHandler(const FakeDatabase &database);
    void registerRoutes(Router &router);

private:
    FakeResponse list(ApiCall &call) const;
    FakeResponse show(ApiCall &call) const;

    const FakeDatabase &m_database;
};
