// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShiftedClock.h"

#include "FakeServerProcess.h"

#include <QJsonObject>

ShiftedClock::ShiftedClock(FakeServerProcess *server, QObject *parent)
    : Clock(parent)
    , m_server(server)
{
    m_timer.start();
}

QDateTime ShiftedClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

qint64 ShiftedClock::monotonicMs() const
{
    return m_timer.elapsed();
}

void ShiftedClock::advance(std::chrono::milliseconds by)
{
    advanceHereOnly(by);
    if (m_server)
        m_server->control(
            "POST", QStringLiteral("/clock"),
            QJsonDocument(QJsonObject{{QStringLiteral("advanceMs"), qint64(by.count())}}));
}

void ShiftedClock::advanceHereOnly(std::chrono::milliseconds by)
{
    m_offsetMs += by.count();
    emit jumped();
}

void ShiftedClock::reset()
{
    m_offsetMs = 0;
    if (m_server)
        m_server->control("POST", QStringLiteral("/clock"),
                          QJsonDocument(QJsonObject{{QStringLiteral("offsetMs"), 0}}));
}
