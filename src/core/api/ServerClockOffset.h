// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

// How far MOCO's clock is from this machine's, measured from the Date header
// of its answers. Timestamps that the server compares with its own
// (created_at of a create in doubt, timer_started_at of a late stop) are
// converted with it, so a wrong clock on the user's machine books no wrong
// minutes and matches no wrong record.
//
// Date has whole seconds and arrives after the server wrote it, so one
// reading is good to about a second plus the answer's travel time; the
// reading with the smallest offset among the last few is kept (a slow
// answer makes the server look further behind, never ahead).
class ServerClockOffset
{
public:
    // serverDate: the Date header; receivedAt: this machine's UTC time when
    // the answer arrived.
    void observe(const QDateTime &serverDate, const QDateTime &receivedAt);

    bool isKnown() const { return m_known; }
    // Server time minus local time; 0 while unknown.
    qint64 offsetMs() const { return m_offsetMs; }
    QDateTime toServerTime(const QDateTime &localUtc) const;
    QDateTime toLocalTime(const QDateTime &serverUtc) const;

private:
    static constexpr int window = 8;
    qint64 m_readings[window] = {};
    int m_count = 0;
    int m_next = 0;
    qint64 m_offsetMs = 0;
    bool m_known = false;
};
