// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QString>

#include <chrono>

class FakeServerProcess;

// The fault side of tst_outboxsoak: one fault episode of the fake server
// after the other (5xx, 429, drops, answers lost after storing, slow stores,
// late answers, portal pages, hangs, down periods), from its own random
// stream so the user's operations do not depend on it.
class SoakFaultChain : public QObject
{
    Q_OBJECT
public:
    SoakFaultChain(FakeServerProcess *server, quint32 seed,
                   std::chrono::milliseconds requestTimeout, QObject *parent = nullptr);

    void start();
    // No new episode after the current one; isIdle() once it has ended.
    void stop() { m_running = false; }
    bool isIdle() const { return m_idle; }
    // Fault entries injected, by kind.
    const QMap<QString, int> &injected() const { return m_injected; }
    // What the server's request log says was hit, printed with qInfo.
    void reportSeen();

private:
    void nextFault();
    void queueFaults(const QJsonObject &entry, int times);
    void setDelays(const QJsonObject &delay);

    FakeServerProcess *m_server;
    QRandomGenerator m_random;
    std::chrono::milliseconds m_requestTimeout;
    QMap<QString, int> m_injected;
    bool m_running = false;
    bool m_idle = true;
};
