// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeClock.h"

FakeClock::FakeClock(QDateTime start, QObject *parent)
    : Clock(parent)
    , m_utcNow(std::move(start))
{}

QDateTime FakeClock::utcNow() const
{
    return m_utcNow;
}

qint64 FakeClock::monotonicMs() const
{
    return m_monotonicMs;
}

void FakeClock::advance(std::chrono::milliseconds by)
{
    m_monotonicMs += by.count();
    m_utcNow = m_utcNow.addMSecs(by.count());
    emit jumped();
}

void FakeClock::setUtcNow(const QDateTime &now)
{
    m_utcNow = now;
    emit jumped();
}
