// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

#include <functional>

class FakeDatabase;
class FaultInjector;
class RateLimiter;
class RequestLog;
class ServerClock;
struct FakeRequest;

// The test-control endpoints under /__fake/ (no auth; the server only listens
// on loopback). JSON in, JSON out; src/fakeserver/README.md documents them.
class ControlHandler
{
public:
    ControlHandler(FakeDatabase &database, ServerClock &clock, FaultInjector &faults,
                   RateLimiter &rateLimiter, RequestLog &log, std::function<void()> reseed);

    FakeResponse handle(const FakeRequest &request);

private:
    FakeResponse faults(const FakeRequest &request);
    FakeResponse rate(const FakeRequest &request);
    FakeResponse clock(const FakeRequest &request);
    FakeResponse stateActivities(const FakeRequest &request) const;
    FakeResponse statePresences(const FakeRequest &request) const;
    FakeResponse info() const;
    static FakeResponse error(const QString &message);

    FakeDatabase &m_database;
    ServerClock &m_clock;
    FaultInjector &m_faults;
    RateLimiter &m_rateLimiter;
    RequestLog &m_log;
    std::function<void()> m_reseed;
};
