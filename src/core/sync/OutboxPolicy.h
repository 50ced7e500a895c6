// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <chrono>

// How patiently the outbox delivers: the waits of OutboxSender and the
// tolerances of the deliveries. Tests shrink them; the defaults are for MOCO.
struct OutboxPolicy
{
    // An item that failed waits retryStart, then twice as long each time, up
    // to retryCap; MOCO failing for everything holds back every item alike,
    // so a broken server costs a few requests a minute, not the rate budget.
    std::chrono::milliseconds retryStart{2000};
    std::chrono::milliseconds retryCap{5 * 60 * 1000};
    // While MOCO cannot be reached at all, tries again at most this far apart
    // (a network coming back is also signalled by ConnectivityWatcher).
    std::chrono::milliseconds offlineRetryCap{60 * 1000};
    // An item MOCO keeps failing (5xx, unreadable answers) this often, or for
    // this long, needs the user; the others keep flowing. Not reaching MOCO
    // at all never counts: offline is normal.
    int maxFailures = 10;
    std::chrono::seconds maxFailingFor{60 * 60};
    // A create that may have reached MOCO (timeout, dropped connection, 5xx,
    // an unreadable 2xx) is looked for on the server this long after it was
    // sent, once per entry; it is sent again only when the last look still
    // finds nothing (a slow server may store it long after answering).
    QList<std::chrono::milliseconds> settleSchedule{
        std::chrono::seconds(10), std::chrono::seconds(60), std::chrono::seconds(300)};
    // Allowed difference between MOCO's created_at and the first send, in
    // MOCO's time (the offset is measured from its Date header); wider while
    // the offset is not known yet.
    std::chrono::seconds createdAtSlack{60};
    std::chrono::seconds createdAtSlackUnknownClock{600};
    // A timer start, stop or timer create delivered later than this after
    // the user's click books the time in between explicitly (offline, app
    // closed) instead of letting MOCO count from the request's arrival.
    std::chrono::seconds lateTimerSlack{60};

    // The defaults, with the settle schedule taken from the environment
    // variable MOCOTRACK_OUTBOX_SETTLE_MS (milliseconds, comma-separated,
    // e.g. "500,1500") when it is set and readable: end-to-end tests run the
    // real app against a server that holds a create, and a support engineer
    // can shorten the wait. Anything unreadable keeps the default.
    static OutboxPolicy fromEnvironment();
};
