// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/http/HttpListener.h"

#include "fakeserver/faults/FaultInjector.h"
#include "fakeserver/http/HttpConnection.h"

#include <QTcpSocket>

#include <cstdio>

HttpListener::HttpListener(RequestDispatcher &dispatcher, FaultInjector &faults, RequestLog &log,
                           QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_faults(faults)
    , m_log(log)
{
    m_downTimer.setSingleShot(true);
    connect(&m_downTimer, &QTimer::timeout, this, &HttpListener::onComeBack);
    connect(&m_server, &QTcpServer::newConnection, this, &HttpListener::onNewConnection);
    connect(&m_faults, &FaultInjector::downRequested, this, &HttpListener::goDown);
}

bool HttpListener::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server.listen(address, port))
        return false;
    m_address = address;
    m_port = m_server.serverPort();
    return true;
}

void HttpListener::goDown(int milliseconds)
{
    m_server.close();
    // Copy: closing idle connections removes them from the set.
    const QSet<HttpConnection *> connections = m_connections;
    for (HttpConnection *connection : connections)
        connection->closeWhenIdle();
    m_downTimer.start(milliseconds);
}

void HttpListener::onComeBack()
{
    if (m_server.isListening())
        return;
    if (!m_server.listen(m_address, m_port)) {
        std::fprintf(stderr, "mocotrack-fakeserver: cannot listen again on port %u: %s\n",
                     unsigned(m_port), qPrintable(m_server.errorString()));
        m_downTimer.start(100);
    }
}

void HttpListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_dispatcher, m_faults, m_log, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::finished, this, &HttpListener::onConnectionFinished);
    }
}

void HttpListener::onConnectionFinished(HttpConnection *connection)
{
    if (m_connections.remove(connection))
        connection->deleteLater();
}
