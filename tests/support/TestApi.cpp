// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestApi.h"

#include "FakeServerProcess.h"
#include "core/api/ApiClient.h"

using namespace std::chrono_literals;

namespace TestApi {

void useDemoAccount(ApiClient *api, const FakeServerProcess &server)
{
    api->setBaseUrl(server.apiBaseUrl());
    api->setApiKey(QString::fromLatin1(FakeServerProcess::demoApiKey));
    api->setRequestTimeout(5s);
    RequestScheduler::Policy policy;
    policy.windowRequests = 1000;
    policy.window = 1s;
    policy.backoffStart = 20ms;
    policy.backoffCap = 100ms;
    policy.maxTransientRetries = 1;
    api->scheduler()->setPolicy(policy);
}

} // namespace TestApi
