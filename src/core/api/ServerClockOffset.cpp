// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ServerClockOffset.h"

#include <algorithm>

void ServerClockOffset::observe(const QDateTime &serverDate, const QDateTime &receivedAt)
{
    if (!serverDate.isValid() || !receivedAt.isValid())
        return;
    // The header truncates to the second: its middle is the best guess.
    m_readings[m_next] = receivedAt.msecsTo(serverDate) + 500;
    m_next = (m_next + 1) % window;
    m_count = std::min(m_count + 1, window);
    m_offsetMs = *std::max_element(m_readings, m_readings + m_count);
    m_known = true;
}

QDateTime ServerClockOffset::toServerTime(const QDateTime &localUtc) const
{
    return localUtc.isValid() ? localUtc.addMSecs(m_offsetMs) : localUtc;
}

QDateTime ServerClockOffset::toLocalTime(const QDateTime &serverUtc) const
{
    return serverUtc.isValid() ? serverUtc.addMSecs(-m_offsetMs) : serverUtc;
}
