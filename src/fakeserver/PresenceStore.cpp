// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/PresenceStore.h"

#include <QJsonArray>

const PresenceRecord *PresenceStore::find(qint64 id) const
{
    const auto it = m_records.find(id);
    return it == m_records.end() ? nullptr : &it->second;
}

PresenceRecord *PresenceStore::findMutable(qint64 id)
{
    const auto it = m_records.find(id);
    return it == m_records.end() ? nullptr : &it->second;
}

qint64 PresenceStore::insert(PresenceRecord record)
{
    if (record.id == 0)
        record.id = m_nextId;
    m_nextId = std::max(m_nextId, record.id + 1);
    const qint64 id = record.id;
    m_records[id] = std::move(record);
    return id;
}

QList<PresenceRecord *> PresenceStore::ofUserOnDate(qint64 userId, QDate date)
{
    QList<PresenceRecord *> result;
    for (auto &[id, record] : m_records) {
        if (record.userId == userId && record.date == date)
            result.append(&record);
    }
    return result;
}

void PresenceStore::clear()
{
    m_records.clear();
    m_nextId = firstId;
}

QJsonObject PresenceStore::toStorage() const
{
    QJsonArray records;
    for (const auto &[id, record] : m_records)
        records.append(record.toStorage());
    return QJsonObject{{QStringLiteral("next_id"), m_nextId}, {QStringLiteral("records"), records}};
}

void PresenceStore::fromStorage(const QJsonObject &object)
{
    clear();
    const QJsonArray records = object.value(QStringLiteral("records")).toArray();
    for (const QJsonValue &value : records)
        insert(PresenceRecord::fromStorage(value.toObject()));
    m_nextId = std::max(m_nextId, object.value(QStringLiteral("next_id")).toInteger());
}
