// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/Clock.h"

#include <chrono>

// A clock that moves only when the test says so.
class FakeClock : public Clock
{
    Q_OBJECT
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(9, 0),
                                                   QTimeZone::utc()),
                       QObject *parent = nullptr);

    QDateTime utcNow() const override;
    qint64 monotonicMs() const override;

    // Moves both clocks forward and emits jumped().
    void advance(std::chrono::milliseconds by);
    // Sets the wall clock only (a clock change); monotonic time is untouched.
    void setUtcNow(const QDateTime &now);

private:
    QDateTime m_utcNow;
    qint64 m_monotonicMs = 0;
};
