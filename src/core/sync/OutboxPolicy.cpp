// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/OutboxPolicy.h"

#include <QByteArrayList>
#include <QtGlobal>

OutboxPolicy OutboxPolicy::fromEnvironment()
{
    OutboxPolicy policy;
    const QByteArray value = qgetenv("MOCOTRACK_OUTBOX_SETTLE_MS");
    if (value.isEmpty())
        return policy;
    QList<std::chrono::milliseconds> schedule;
    for (const QByteArray &part : value.split(',')) {
        bool ok = false;
        const qint64 ms = part.trimmed().toLongLong(&ok);
        if (!ok || ms < 0 || ms > 24LL * 3600 * 1000 ||
            (!schedule.isEmpty() && ms < schedule.last().count()))
            return policy;
        schedule.append(std::chrono::milliseconds(ms));
    }
    if (!schedule.isEmpty())
        policy.settleSchedule = schedule;
    return policy;
}
