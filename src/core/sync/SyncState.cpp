// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncState.h"

#include <QCoreApplication>

#include <algorithm>

SyncState::Kind SyncState::kind(const QDateTime &nowUtc) const
{
    if (!storeError.isEmpty())
        return Kind::StoreFailed;
    if (needsAttention > 0)
        return Kind::NeedsAttention;
    if (offline)
        return Kind::Offline;
    if (serverError && waiting > 0)
        return Kind::ServerError;
    if (rateLimitedUntil.isValid() && rateLimitedUntil > nowUtc)
        return Kind::WaitingForRateLimit;
    if (syncing || waiting > 0)
        return Kind::Syncing;
    return lastSyncedAt.isValid() ? Kind::Synced : Kind::NotSynced;
}

QString SyncState::text(const QDateTime &nowUtc, const QTimeZone &zone) const
{
    switch (kind(nowUtc)) {
    case Kind::StoreFailed:
        return storeError;
    case Kind::ServerError: {
        const QString what =
            serverErrorStatus > 0
                ? QCoreApplication::translate("SyncState", "MOCO answers with an error (HTTP %1)")
                      .arg(serverErrorStatus)
                : QCoreApplication::translate("SyncState", "MOCO does not answer in time");
        if (!nextRetryAt.isValid())
            return what;
        const qint64 seconds = std::max<qint64>(0, (nowUtc.msecsTo(nextRetryAt) + 999) / 1000);
        //: %1 says what MOCO did, %2 is minutes:seconds until the next try
        return QCoreApplication::translate("SyncState", "%1 — next try in %2")
            .arg(what, QStringLiteral("%1:%2")
                           .arg(seconds / 60)
                           .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    }
    case Kind::NeedsAttention:
        return QCoreApplication::translate("SyncState", "Needs attention (%1)").arg(needsAttention);
    case Kind::Offline:
        return waiting > 0 ? QCoreApplication::translate("SyncState",
                                                         "Can't reach MOCO — %n change(s) waiting",
                                                         nullptr, waiting)
                           : QCoreApplication::translate("SyncState", "Can't reach MOCO");
    case Kind::WaitingForRateLimit: {
        const qint64 ms = nowUtc.msecsTo(rateLimitedUntil);
        return QCoreApplication::translate("SyncState", "Waiting for MOCO's rate limit (%1 s)")
            .arg((ms + 999) / 1000);
    }
    case Kind::Syncing:
        if (stepsTotal > 0 && syncing)
            return QCoreApplication::translate("SyncState", "Syncing (%1 of %2)")
                .arg(stepsDone)
                .arg(stepsTotal);
        return waiting > 0 ? QCoreApplication::translate("SyncState", "Sending %n change(s)",
                                                         nullptr, waiting)
                           : QCoreApplication::translate("SyncState", "Syncing");
    case Kind::Synced:
        return QCoreApplication::translate("SyncState", "Synced at %1")
            .arg(lastSyncedAt.toTimeZone(zone).toString(QStringLiteral("HH:mm")));
    case Kind::NotSynced:
        break;
    }
    return QCoreApplication::translate("SyncState", "Not synced yet");
}
