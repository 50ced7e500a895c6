// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/data/ActivityRecord.h"
#include "fakeserver/data/RecordStore.h"

// Every user's activities, ordered by id.
class ActivityStore : public RecordStore<ActivityRecord, 5000000001>
{
public:
    ActivityRecord *runningTimerOf(qint64 userId);
};
