// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The part of a fault that RequestDispatcher applies to a request it
// processes: answer with an injected status or a captive portal's page,
// corrupt the answer, or just label the log entry. Faults that act on the
// connection (drop, hang, delays) stay in HttpConnection.
struct FaultDirective
{
    std::optional<int> status;
    int retryAfterSeconds = -1;
    QByteArray body;
    bool malformed = false;
    bool wrongType = false;
    bool portal = false;
    QString label; // for the request log, e.g. "status", "dropAfterStore"
};
