// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

struct FakeResponse;

// FakeResponse → HTTP/1.1 bytes: status line with the standard reason
// phrase (clients show it in error messages), the response's headers,
// Content-Type and Content-Length. Connections stay open unless the client
// asked to close them, so no Connection header is written.
class HttpResponseWriter
{
public:
    // headRequest: the headers only, Content-Length still that of the body.
    static QByteArray serialize(const FakeResponse &response, bool headRequest);
    // Empty for a status without a registered phrase.
    static QByteArray reasonPhrase(int status);
};
