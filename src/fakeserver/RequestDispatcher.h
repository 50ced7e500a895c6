// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

#include <QString>

class ApiGate;
class ControlHandler;
class RequestLog;
class Router;
class ServerClock;
struct FakeRequest;
struct FaultDirective;

// The one entry point for every request an HttpConnection processes:
// /__fake/ control calls, the unknown-subdomain simulation, /api/v1 routing
// (with or without a .json suffix), the faults that change an answer, the
// request log and the Date header of every answer.
class RequestDispatcher
{
public:
    static constexpr const char *apiPrefix = "/api/v1/";
    // Requests below this prefix behave like requests to a MOCO subdomain
    // that does not exist: 401 {"message":"Subdomain does not exist."}.
    static constexpr const char *unknownSubdomainPrefix = "/unknown-subdomain/";

    RequestDispatcher(const Router &router, const ApiGate &gate, ControlHandler &control,
                      RequestLog &log, const ServerClock &clock);

    // The test's own calls below /__fake/: never faulted, limited or logged.
    static bool isControlPath(const QString &path);

    // directive: what the FaultInjector decided for this API request.
    FakeResponse dispatch(const FakeRequest &request, const FaultDirective &directive);
    // Log every API request to stderr (--verbose).
    void setVerbose(bool verbose) { m_verbose = verbose; }

private:
    FakeResponse answerApi(const FakeRequest &request, const FaultDirective &directive);
    FakeResponse handleApi(const FakeRequest &request, const FaultDirective &directive) const;

    const Router &m_router;
    const ApiGate &m_gate;
    ControlHandler &m_control;
    RequestLog &m_log;
    const ServerClock &m_clock;
    bool m_verbose = false;
};
