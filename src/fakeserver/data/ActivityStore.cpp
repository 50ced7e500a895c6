// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/ActivityStore.h"

ActivityRecord *ActivityStore::runningTimerOf(qint64 userId)
{
    for (auto &[id, record] : m_records) {
        if (record.userId == userId && record.timerRunning())
            return &record;
    }
    return nullptr;
}
