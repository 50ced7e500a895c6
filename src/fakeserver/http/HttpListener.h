// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

class FaultInjector;
class HttpConnection;
class RequestDispatcher;
class RequestLog;

// The server's port. Each accepted client becomes an HttpConnection; for
// "down" the listener stops accepting and closes idle connections.
class HttpListener : public QObject
{
    Q_OBJECT
public:
    HttpListener(RequestDispatcher &dispatcher, FaultInjector &faults, RequestLog &log,
                 QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }
    QString errorString() const { return m_server.errorString(); }

    // Closes the listening socket and every idle connection for the given
    // time; connections busy with a request close after answering it.
    void goDown(int milliseconds);

private:
    void onNewConnection();
    void onConnectionFinished(HttpConnection *connection);
    void onComeBack();

    RequestDispatcher &m_dispatcher;
    FaultInjector &m_faults;
    RequestLog &m_log;
    QTcpServer m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    QSet<HttpConnection *> m_connections;
    QTimer m_downTimer;
};
