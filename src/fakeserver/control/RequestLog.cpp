// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/control/RequestLog.h"

#include <QJsonObject>

void RequestLog::append(const Entry &entry)
{
    if (m_entries.size() >= maxEntries)
        m_entries.removeFirst();
    m_entries.append(entry);
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray array;
    for (const Entry &entry : m_entries) {
        QJsonObject object{
            {QStringLiteral("t"), entry.receivedMs},
            {QStringLiteral("method"), QString::fromLatin1(entry.method)},
            {QStringLiteral("path"), entry.path},
            {QStringLiteral("query"), QString::fromUtf8(entry.query)},
            {QStringLiteral("key"), entry.keyId},
            {QStringLiteral("apiKeyHash"), entry.keyId},
            {QStringLiteral("status"), entry.status},
        };
        if (!entry.fault.isEmpty())
            object.insert(QStringLiteral("fault"), entry.fault);
        array.append(object);
    }
    return array;
}
