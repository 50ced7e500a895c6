// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/PresenceStore.h"

QList<PresenceRecord *> PresenceStore::ofUserOnDate(qint64 userId, QDate date)
{
    QList<PresenceRecord *> result;
    for (auto &[id, record] : m_records) {
        if (record.userId == userId && record.date == date)
            result.append(&record);
    }
    return result;
}
