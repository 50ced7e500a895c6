// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/Clock.h"

#include <QElapsedTimer>

#include <chrono>

class FakeServerProcess;

// Real time plus an offset the test moves: "ten minutes later" without
// waiting. With a server, its clock (POST /__fake/clock) moves in step.
class ShiftedClock : public Clock
{
    Q_OBJECT
public:
    explicit ShiftedClock(FakeServerProcess *server = nullptr, QObject *parent = nullptr);

    QDateTime utcNow() const override;
    qint64 monotonicMs() const override;

    void advance(std::chrono::milliseconds by);
    // This clock only, without the server's round trip (and event loop).
    void advanceHereOnly(std::chrono::milliseconds by);
    // Back to real time, the server's clock too.
    void reset();

private:
    FakeServerProcess *m_server;
    QElapsedTimer m_timer;
    qint64 m_offsetMs = 0;
};
