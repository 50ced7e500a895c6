// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

// What the server saw, for tests: GET /__fake/requests. Only API traffic is
// logged, never the /__fake/ control calls.
class RequestLog
{
public:
    struct Entry
    {
        qint64 receivedMs = 0;
        QByteArray method;
        QString path;
        QByteArray query;
        QString keyId;  // a short non-secret id of the API key (see ApiKeyId)
        int status = 0; // 0: no answer was sent (drop, hang, client gone)
        QString fault;  // which injected fault applied, if any
    };

    static constexpr int maxEntries = 100000;

    void append(const Entry &entry);
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }
    QJsonArray toJson() const;

private:
    QList<Entry> m_entries;
};
