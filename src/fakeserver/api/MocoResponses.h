// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

#include <QString>

class FieldErrors;

// The error answers in the shapes the live service gives (moco-api.md §10):
// 401 with {"message"}, 403/404 with an empty body, 422 as a top-level field
// map, 429 with {"message":"Too many requests"}, 5xx as an HTML page.
class MocoResponses
{
public:
    static FakeResponse invalidApiKey();
    static FakeResponse unknownSubdomain();
    static FakeResponse unauthorized(const QString &message);
    static FakeResponse forbidden();
    static FakeResponse notFound();
    static FakeResponse unprocessable(const FieldErrors &errors);
    static FakeResponse base(const QString &message);
    static FakeResponse invalidPayload();
    static FakeResponse badRequest(const QString &message);
    static FakeResponse tooManyRequests(int retryAfterSeconds = -1);
    static FakeResponse serverError(int status = 500);
    // An injected answer with a body that fits the status.
    static FakeResponse forStatus(int status, int retryAfterSeconds = -1);
    // The same answer with a cut-off JSON body, status 200.
    static FakeResponse malformed(const FakeResponse &real);
    // The same answer, status 200, with "id" (of the object or of each item
    // of a list) as a string: valid JSON that a strict reader rejects.
    static FakeResponse wrongType(const FakeResponse &real);
    // What a hotel's or train's Wi-Fi answers before its login: 200 with an
    // HTML page, whatever was asked.
    static FakeResponse captivePortal();
};
