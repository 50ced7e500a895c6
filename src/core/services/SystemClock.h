// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/Clock.h"

#include <QElapsedTimer>

// The real clock.
class SystemClock : public Clock
{
    Q_OBJECT
public:
    explicit SystemClock(QObject *parent = nullptr);

    QDateTime utcNow() const override;
    qint64 monotonicMs() const override;

private:
    QElapsedTimer m_monotonic;
};
