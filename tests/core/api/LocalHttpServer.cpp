// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalHttpServer.h"

#include <QTcpSocket>

LocalHttpServer::LocalHttpServer(QObject *parent)
    : QObject(parent)
    , m_answer("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
               "Content-Length: 2\r\nConnection: close\r\n\r\n{}")
{
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onNewConnection);
}

bool LocalHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LocalHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0 && !m_answerAtOnce)
                return;
            m_heads.append(buffer->left(end));
            buffer->clear();
            if (m_answering) {
                socket->write(m_answer);
                socket->disconnectFromHost();
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

QMap<QByteArray, QByteArray> LocalHttpServer::parseHead(const QByteArray &head)
{
    QMap<QByteArray, QByteArray> result;
    const QList<QByteArray> lines = head.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (i == 0) {
            result.insert(QByteArray(), line);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            result.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return result;
}
