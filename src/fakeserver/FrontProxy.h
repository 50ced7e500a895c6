// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

class FaultInjector;
class ProxyConnection;
class RequestLog;

// The public port. Qt HttpServer offers no portable way to reset a client
// connection, so clients talk to this small relay, which can drop, delay or
// hold their requests and can refuse connections altogether ("down") before
// anything reaches the BackendServer.
class FrontProxy : public QObject
{
    Q_OBJECT
public:
    FrontProxy(FaultInjector &faults, RequestLog &log, QObject *parent = nullptr);

    void setBackend(const QHostAddress &address, quint16 port);
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }
    QString errorString() const { return m_server.errorString(); }

    // Closes the listening socket and every idle connection for the given
    // time; connections busy with a request close after answering it.
    void goDown(int milliseconds);

private:
    void onNewConnection();
    void onConnectionFinished(ProxyConnection *connection);
    void onComeBack();

    FaultInjector &m_faults;
    RequestLog &m_log;
    QTcpServer m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    QHostAddress m_backendAddress;
    quint16 m_backendPort = 0;
    QSet<ProxyConnection *> m_connections;
    QTimer m_downTimer;
};
