// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <deque>

// A sliding window per API key: a request is admitted when fewer than N
// requests of that key were admitted in the preceding window. Rejected
// requests do not count, so a client that waits is served again as soon as
// the oldest admitted request leaves the window.
class RateLimiter
{
public:
    void configure(int requests, qint64 windowMs);
    void disable();
    bool isEnabled() const { return m_enabled; }
    int requests() const { return m_requests; }
    qint64 windowMs() const { return m_windowMs; }

    // timeMs: when the request arrived (ms since the epoch).
    bool admit(const QString &bucket, qint64 timeMs);
    void clear() { m_admitted.clear(); }

    QJsonObject toJson() const;

private:
    bool m_enabled = true;
    int m_requests = 15;
    qint64 m_windowMs = 15000;
    QHash<QString, std::deque<qint64>> m_admitted;
};
