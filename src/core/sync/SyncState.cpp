// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncState.h"

#include <QCoreApplication>

SyncState::Kind SyncState::kind(const QDateTime &nowUtc) const
{
    if (needsAttention > 0)
        return Kind::NeedsAttention;
    if (offline)
        return Kind::Offline;
    if (rateLimitedUntil.isValid() && rateLimitedUntil > nowUtc)
        return Kind::WaitingForRateLimit;
    if (syncing || waiting > 0)
        return Kind::Syncing;
    return lastSyncedAt.isValid() ? Kind::Synced : Kind::NotSynced;
}

QString SyncState::text(const QDateTime &nowUtc, const QTimeZone &zone) const
{
    switch (kind(nowUtc)) {
    case Kind::NeedsAttention:
        return QCoreApplication::translate("SyncState", "Needs attention (%1)").arg(needsAttention);
    case Kind::Offline:
        return waiting > 0 ? QCoreApplication::translate(
                                 "SyncState", "Offline — %n change(s) waiting", nullptr, waiting)
                           : QCoreApplication::translate("SyncState", "Offline");
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
