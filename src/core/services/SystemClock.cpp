// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SystemClock.h"

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
{
    m_monotonic.start();
}

QDateTime SystemClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    return m_monotonic.elapsed();
}
