// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

#include <optional>

class RateLimiter;
class UserStore;
struct ApiCall;

// What every API request passes first: the rate limit (per presented key),
// the API key, and impersonation.
class ApiGate
{
public:
    ApiGate(const UserStore &users, RateLimiter &rateLimiter);

    // Fills call.keyUser/actor, or returns the error answer.
    std::optional<FakeResponse> admit(ApiCall &call, bool needsAuth) const;

private:
    const UserStore &m_users;
    RateLimiter &m_rateLimiter;
};
