// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// What the front proxy tells the HTTP backend about a forwarded request, in an
// internal header (never visible to clients): answer with an injected status
// or a captive portal's page, corrupt the answer, or just label the log entry.
struct FaultDirective
{
    static constexpr const char *headerName = "X-MocoFake-Fault";
    static constexpr const char *receivedHeaderName = "X-MocoFake-Received";

    std::optional<int> status;
    int retryAfterSeconds = -1;
    QByteArray body;
    bool malformed = false;
    bool wrongType = false;
    bool portal = false;
    QString label; // for the request log, e.g. "status", "dropAfterStore"

    bool isEmpty() const
    {
        return !status && !malformed && !wrongType && !portal && label.isEmpty();
    }
    QByteArray toHeader() const;
    static FaultDirective fromHeader(const QByteArray &header);
};
