// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/data/PresenceRecord.h"
#include "fakeserver/data/RecordStore.h"

#include <QDate>
#include <QList>

// Every user's presences, ordered by id.
class PresenceStore : public RecordStore<PresenceRecord, 6000000001>
{
public:
    QList<PresenceRecord *> ofUserOnDate(qint64 userId, QDate date);
};
