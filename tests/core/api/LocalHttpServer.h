// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>

// A minimal in-process HTTP endpoint for what the fake server cannot show:
// the exact request headers the client sends, and whether a connection was
// attempted at all (used as an HTTP proxy that only counts connections).
class LocalHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit LocalHttpServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    // When false, connections are accepted and recorded but never answered.
    void setAnswering(bool answering) { m_answering = answering; }
    void setAnswer(const QByteArray &rawResponse) { m_answer = rawResponse; }
    // Answer as soon as anything arrives, without waiting for a request head
    // (for a client that speaks TLS to a plain server).
    void setAnswerAtOnce(bool atOnce) { m_answerAtOnce = atOnce; }

    int connectionCount() const { return m_connections; }
    // Request heads (request line + headers) received so far.
    const QList<QByteArray> &requestHeads() const { return m_heads; }

    // Header names lower-cased; the request line under "".
    static QMap<QByteArray, QByteArray> parseHead(const QByteArray &head);

private:
    void onNewConnection();

    QTcpServer m_server;
    bool m_answering = true;
    bool m_answerAtOnce = false;
    QByteArray m_answer;
    int m_connections = 0;
    QList<QByteArray> m_heads;
};
