// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/api/RateLimiter.h"

void RateLimiter::configure(int requests, qint64 windowMs)
{
    m_enabled = true;
    m_requests = std::max(1, requests);
    m_windowMs = std::max<qint64>(1, windowMs);
    m_admitted.clear();
}

void RateLimiter::disable()
{
    m_enabled = false;
    m_admitted.clear();
}

bool RateLimiter::admit(const QString &bucket, qint64 timeMs)
{
    if (!m_enabled)
        return true;
    std::deque<qint64> &times = m_admitted[bucket];
    // The window is (t - window, t]: a request exactly one window later than
    // an earlier one no longer competes with it.
    while (!times.empty() && times.front() <= timeMs - m_windowMs)
        times.pop_front();
    if (int(times.size()) >= m_requests)
        return false;
    times.push_back(timeMs);
    return true;
}

QJsonObject RateLimiter::toJson() const
{
    if (!m_enabled)
        return QJsonObject{{QStringLiteral("off"), true}};
    return QJsonObject{{QStringLiteral("requests"), m_requests},
                       {QStringLiteral("seconds"), double(m_windowMs) / 1000.0}};
}
