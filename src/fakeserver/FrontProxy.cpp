// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/FrontProxy.h"

#include "fakeserver/FaultInjector.h"
#include "fakeserver/ProxyConnection.h"

#include <QTcpSocket>

#include <cstdio>

FrontProxy::FrontProxy(FaultInjector &faults, RequestLog &log, QObject *parent)
    : QObject(parent)
    , m_faults(faults)
    , m_log(log)
{
    m_downTimer.setSingleShot(true);
    connect(&m_downTimer, &QTimer::timeout, this, &FrontProxy::onComeBack);
    connect(&m_server, &QTcpServer::newConnection, this, &FrontProxy::onNewConnection);
    connect(&m_faults, &FaultInjector::downRequested, this, &FrontProxy::goDown);
}

void FrontProxy::setBackend(const QHostAddress &address, quint16 port)
{
    m_backendAddress = address;
    m_backendPort = port;
}

bool FrontProxy::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server.listen(address, port))
        return false;
    m_address = address;
    m_port = m_server.serverPort();
    return true;
}

void FrontProxy::goDown(int milliseconds)
{
    m_server.close();
    // Copy: closing idle connections removes them from the set.
    const QSet<ProxyConnection *> connections = m_connections;
    for (ProxyConnection *connection : connections)
        connection->closeWhenIdle();
    m_downTimer.start(milliseconds);
}

void FrontProxy::onComeBack()
{
    if (m_server.isListening())
        return;
    if (!m_server.listen(m_address, m_port)) {
        std::fprintf(stderr, "mocotrack-fakeserver: cannot listen again on port %u: %s\n",
                     unsigned(m_port), qPrintable(m_server.errorString()));
        m_downTimer.start(100);
    }
}

void FrontProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *connection =
            new ProxyConnection(client, m_backendAddress, m_backendPort, m_faults, m_log, this);
        m_connections.insert(connection);
        connect(connection, &ProxyConnection::finished, this, &FrontProxy::onConnectionFinished);
    }
}

void FrontProxy::onConnectionFinished(ProxyConnection *connection)
{
    if (m_connections.remove(connection))
        connection->deleteLater();
}
