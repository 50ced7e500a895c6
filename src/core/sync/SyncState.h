// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

// What the data layer is doing, as the status bar (and later the tray
// tooltip) shows it. A plain value: the view renders it against the current
// time and never asks anyone.
struct SyncState
{
    enum class Kind {
        StoreFailed,         // the local database refused a write: sending stopped
        NotSynced,           // nothing read from MOCO yet in this session
        Synced,              // "Synced at 10:42"
        Syncing,             // "Syncing (2 of 5)"
        Offline,             // "Can't reach MOCO — 3 changes waiting"
        ServerError,         // "MOCO answers with an error (HTTP 500) — next try in 1:20"
        WaitingForRateLimit, // "Waiting for MOCO's rate limit (5 s)"
        NeedsAttention,      // "Needs attention (1)"
    };

    QDateTime lastSyncedAt; // UTC
    bool syncing = false;
    int stepsDone = 0;
    int stepsTotal = 0;
    bool offline = false;
    int waiting = 0;            // changes not delivered yet
    int needsAttention = 0;     // refused or conflicting changes
    QDateTime rateLimitedUntil; // UTC; invalid when not waiting
    // MOCO answered the latest attempt to send with an error (5xx, no answer
    // in time, an unreadable answer): its status (0 = none came) and when
    // the next try is due.
    bool serverError = false;
    int serverErrorStatus = 0;
    QDateTime nextRetryAt; // UTC
    QString storeError;    // non-empty: sending stopped, the text says why

    // Most urgent first: what the user must act on, then why nothing moves,
    // then what is going on.
    Kind kind(const QDateTime &nowUtc) const;
    // Times in `zone` (the user's local time by default).
    QString text(const QDateTime &nowUtc,
                 const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    friend bool operator==(const SyncState &, const SyncState &) = default;
};

Q_DECLARE_METATYPE(SyncState)
