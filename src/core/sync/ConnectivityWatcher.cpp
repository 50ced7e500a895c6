// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ConnectivityWatcher.h"

ConnectivityWatcher::ConnectivityWatcher(QObject *parent)
    : QObject(parent)
{
    m_available =
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!m_available || !info)
        return;
    m_online = info->reachability() != QNetworkInformation::Reachability::Disconnected;
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            &ConnectivityWatcher::setReachability);
}

void ConnectivityWatcher::setReachability(QNetworkInformation::Reachability reachability)
{
    // Local is enough: MOCO may sit behind a proxy or be a local server.
    const bool online = reachability != QNetworkInformation::Reachability::Disconnected;
    if (online == m_online)
        return;
    m_online = online;
    if (online)
        emit cameOnline();
    else
        emit wentOffline();
}
