// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/ServerClock.h"

#include <QTimeZone>

QDateTime ServerClock::nowUtc() const
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
    return QDateTime::fromSecsSinceEpoch(ms / 1000, QTimeZone::utc());
}

QDate ServerClock::today() const
{
    return nowUtc().toLocalTime().date();
}

int ServerClock::minutesOfDay() const
{
    const QTime time = nowUtc().toLocalTime().time();
    return time.hour() * 60 + time.minute();
}
