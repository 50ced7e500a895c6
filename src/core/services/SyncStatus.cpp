// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SyncStatus.h"

#include "core/api/ApiErrorText.h"
#include "core/models/DisplayFormat.h"

#include <QCoreApplication>

bool SyncStatus::isWaitingForRateLimit(const QDateTime &nowUtc) const
{
    return rateLimitSecondsLeft(nowUtc) > 0;
}

qint64 SyncStatus::rateLimitSecondsLeft(const QDateTime &nowUtc) const
{
    if (!rateLimitedUntil.isValid())
        return 0;
    const qint64 msLeft = nowUtc.msecsTo(rateLimitedUntil);
    return msLeft > 0 ? (msLeft + 999) / 1000 : 0;
}

QString SyncStatus::text(const QDateTime &nowUtc) const
{
    // Waiting wins: it is what holds everything else up right now.
    const int secondsLeft = static_cast<int>(rateLimitSecondsLeft(nowUtc));
    if (secondsLeft > 0)
        return QCoreApplication::translate("SyncStatus", "Waiting for MOCO's rate limit (%n s)",
                                           nullptr, secondsLeft);
    switch (state) {
    case State::NotSynced:
        return QCoreApplication::translate("SyncStatus", "Not synced yet");
    case State::Syncing:
        if (pagesTotal > 0)
            return QCoreApplication::translate("SyncStatus", "Syncing (page %1 of %2)")
                .arg(qMin(pagesDone + 1, pagesTotal))
                .arg(pagesTotal);
        return QCoreApplication::translate("SyncStatus", "Syncing…");
    case State::Synced:
        return QCoreApplication::translate("SyncStatus", "Synced %1")
            .arg(DisplayFormat::timeOfDay(lastSyncedAt.toLocalTime().time()));
    case State::Failed:
        return ApiErrorText::message(error);
    }
    return {};
}
