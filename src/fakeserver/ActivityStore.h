// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/ActivityRecord.h"

#include <QJsonObject>

#include <map>

// Every user's activities, ordered by id.
class ActivityStore
{
public:
    static constexpr qint64 firstId = 5000000001;

    const std::map<qint64, ActivityRecord> &all() const { return m_records; }
    const ActivityRecord *find(qint64 id) const;
    ActivityRecord *findMutable(qint64 id);
    // Assigns the next id when record.id is 0; returns the id.
    qint64 insert(ActivityRecord record);
    void remove(qint64 id) { m_records.erase(id); }
    ActivityRecord *runningTimerOf(qint64 userId);
    void clear();

    QJsonObject toStorage() const;
    void fromStorage(const QJsonObject &object);

private:
    std::map<qint64, ActivityRecord> m_records;
    qint64 m_nextId = firstId;
};
