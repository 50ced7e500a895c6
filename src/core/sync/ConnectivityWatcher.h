// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkInformation>
#include <QObject>

// Tells when the network probably came back, from the operating system's
// view (QNetworkInformation, where a backend exists). It only speeds things
// up: OutboxSender's own retry with backoff works without it.
class ConnectivityWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityWatcher(QObject *parent = nullptr);

    // False when the platform has no reachability backend.
    bool isAvailable() const { return m_available; }
    // True also when unknown: never claim "offline" on a guess.
    bool isOnline() const { return m_online; }

public slots:
    // What the platform reports (also how tests play a network change).
    void setReachability(QNetworkInformation::Reachability reachability);

signals:
    // Reachability rose to local network or better: try sending now.
    void cameOnline();
    void wentOffline();

private:
    bool m_available = false;
    bool m_online = true;
};
