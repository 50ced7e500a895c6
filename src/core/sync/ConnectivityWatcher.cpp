// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ConnectivityWatcher.h"

#include <QNetworkInformation>

ConnectivityWatcher::ConnectivityWatcher(QObject *parent)
    : QObject(parent)
{
    m_available =
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!m_available || !info)
        return;
    m_wasOnline = isOnline();
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this] {
        const bool online = isOnline();
        if (online == m_wasOnline)
            return;
        m_wasOnline = online;
        if (online)
            emit cameOnline();
        else
            emit wentOffline();
    });
}

bool ConnectivityWatcher::isOnline() const
{
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!m_available || !info)
        return true;
    const QNetworkInformation::Reachability reachability = info->reachability();
    // Local is enough: MOCO may sit behind a proxy or be a local server.
    return reachability != QNetworkInformation::Reachability::Disconnected;
}
