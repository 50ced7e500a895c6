// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class ApiClient;
class FakeServerProcess;

namespace TestApi {

// Points api at server as the demo user, with a request policy that never
// makes a test wait: no 15-second window, short backoffs, one retry.
void useDemoAccount(ApiClient *api, const FakeServerProcess &server);

} // namespace TestApi
