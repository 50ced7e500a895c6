// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"

#include <QDateTime>
#include <QString>

// What is going on between MocoTrack and MOCO, as a value. Views re-render
// it against the current time (the rate-limit countdown) without asking
// anyone; the text always tells the truth about the latest state.
struct SyncStatus
{
    enum class State {
        NotSynced, // nothing loaded yet
        Syncing,   // a load is under way
        Synced,    // the last load succeeded
        Failed,    // the last load failed; error says why
    };

    State state = State::NotSynced;
    QDateTime lastSyncedAt; // UTC; when the last load succeeded
    int pagesDone = 0;
    int pagesTotal = 0; // 0 while unknown
    // Requests wait for MOCO's rate limit until then (UTC); invalid when not.
    QDateTime rateLimitedUntil;
    ApiError error;

    bool isWaitingForRateLimit(const QDateTime &nowUtc) const;
    // Whole seconds left to wait, rounded up; 0 when not waiting.
    qint64 rateLimitSecondsLeft(const QDateTime &nowUtc) const;

    // The status bar's line: "Synced 10:42", "Syncing (page 3 of 24)",
    // "Waiting for MOCO's rate limit (5 s)", or the error in plain words.
    QString text(const QDateTime &nowUtc) const;

    friend bool operator==(const SyncStatus &a, const SyncStatus &b)
    {
        return a.state == b.state && a.lastSyncedAt == b.lastSyncedAt &&
               a.pagesDone == b.pagesDone && a.pagesTotal == b.pagesTotal &&
               a.rateLimitedUntil == b.rateLimitedUntil && a.error.kind == b.error.kind &&
               a.error.message == b.error.message;
    }
};
