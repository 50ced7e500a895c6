// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/ActivityStore.h"

#include <QJsonArray>

const ActivityRecord *ActivityStore::find(qint64 id) const
{
    const auto it = m_records.find(id);
    return it == m_records.end() ? nullptr : &it->second;
}

ActivityRecord *ActivityStore::findMutable(qint64 id)
{
    const auto it = m_records.find(id);
    return it == m_records.end() ? nullptr : &it->second;
}

qint64 ActivityStore::insert(ActivityRecord record)
{
    if (record.id == 0)
        record.id = m_nextId;
    m_nextId = std::max(m_nextId, record.id + 1);
    const qint64 id = record.id;
    m_records[id] = std::move(record);
    return id;
}

ActivityRecord *ActivityStore::runningTimerOf(qint64 userId)
{
    for (auto &[id, record] : m_records) {
        if (record.userId == userId && record.timerRunning())
            return &record;
    }
    return nullptr;
}

void ActivityStore::clear()
{
    m_records.clear();
    m_nextId = firstId;
}

QJsonObject ActivityStore::toStorage() const
{
    QJsonArray records;
    for (const auto &[id, record] : m_records)
        records.append(record.toStorage());
    return QJsonObject{{QStringLiteral("next_id"), m_nextId}, {QStringLiteral("records"), records}};
}

void ActivityStore::fromStorage(const QJsonObject &object)
{
    clear();
    const QJsonArray records = object.value(QStringLiteral("records")).toArray();
    for (const QJsonValue &value : records)
        insert(ActivityRecord::fromStorage(value.toObject()));
    // Ids of deleted records are never reused, as in a real database.
    m_nextId = std::max(m_nextId, object.value(QStringLiteral("next_id")).toInteger());
}
