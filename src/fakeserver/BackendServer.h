// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

class RequestDispatcher;

// The Qt HttpServer that answers every request, on an internal loopback port
// behind the FrontProxy. All routing is ours (one catch-all handler), which
// keeps the version-specific Qt HttpServer glue in this one class.
class BackendServer : public QObject
{
    Q_OBJECT
public:
    BackendServer(RequestDispatcher &dispatcher, QObject *parent = nullptr);

    // 0 when listening failed.
    quint16 listen(const QHostAddress &address);

private:
    RequestDispatcher &m_dispatcher;
    QHttpServer m_server;
};
