// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <map>

// Records of one kind, ordered by id, with ids handed out the way a database
// sequence does: never reused, even after a delete or a restart.
// Record needs a qint64 `id`, `QJsonObject toStorage() const` and
// `static Record fromStorage(const QJsonObject &)`.
template<typename Record, qint64 FirstId>
class RecordStore
{
public:
    static constexpr qint64 firstId = FirstId;

    const std::map<qint64, Record> &all() const { return m_records; }

    const Record *find(qint64 id) const
    {
        const auto it = m_records.find(id);
        return it == m_records.end() ? nullptr : &it->second;
    }

    Record *findMutable(qint64 id)
    {
        const auto it = m_records.find(id);
        return it == m_records.end() ? nullptr : &it->second;
    }

    // Assigns the next id when record.id is 0; returns the id.
    qint64 insert(Record record)
    {
        if (record.id == 0)
            record.id = m_nextId;
        m_nextId = std::max(m_nextId, record.id + 1);
        const qint64 id = record.id;
        m_records[id] = std::move(record);
        return id;
    }

    void remove(qint64 id) { m_records.erase(id); }

    void clear()
    {
        m_records.clear();
        m_nextId = firstId;
    }

    QJsonObject toStorage() const
    {
        QJsonArray records;
        for (const auto &[id, record] : m_records)
            records.append(record.toStorage());
        return QJsonObject{{QStringLiteral("next_id"), m_nextId},
                           {QStringLiteral("records"), records}};
    }

    void fromStorage(const QJsonObject &object)
    {
        clear();
        const QJsonArray records = object.value(QStringLiteral("records")).toArray();
        for (const QJsonValue &value : records)
            insert(Record::fromStorage(value.toObject()));
        m_nextId = std::max(m_nextId, object.value(QStringLiteral("next_id")).toInteger());
    }

protected:
    std::map<qint64, Record> m_records;

private:
    qint64 m_nextId = firstId;
};
