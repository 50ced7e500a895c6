// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/PresenceRecord.h"

#include <QJsonObject>
#include <QList>

#include <map>

// Every user's presences, ordered by id.
class PresenceStore
{
public:
    static constexpr qint64 firstId = 6000000001;

    const std::map<qint64, PresenceRecord> &all() const { return m_records; }
    const PresenceRecord *find(qint64 id) const;
    PresenceRecord *findMutable(qint64 id);
    qint64 insert(PresenceRecord record);
    void remove(qint64 id) { m_records.erase(id); }
    QList<PresenceRecord *> ofUserOnDate(qint64 userId, QDate date);
    void clear();

    QJsonObject toStorage() const;
    void fromStorage(const QJsonObject &object);

private:
    std::map<qint64, PresenceRecord> m_records;
    qint64 m_nextId = firstId;
};
