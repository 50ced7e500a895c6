// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/FaultInjector.h"
#include "fakeserver/HttpMessageParser.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

class QTcpSocket;
class RequestLog;

// One client connection of the FrontProxy. Requests are relayed one at a time
// to the backend, each after asking the FaultInjector what to do with it:
// forward, drop (close without answering, request not processed), hang
// (never answer), forward late (a slow store), answer late (processed at
// once, answer held back), or forward and drop the answer (dropAfterStore:
// processed, but the client never hears back).
class ProxyConnection : public QObject
{
    Q_OBJECT
public:
    ProxyConnection(QTcpSocket *client, const QHostAddress &backendAddress, quint16 backendPort,
                    FaultInjector &faults, RequestLog &log, QObject *parent = nullptr);
    ~ProxyConnection() override;

    // For "down": close once the request in progress (if any) is answered.
    void closeWhenIdle();

signals:
    void finished(ProxyConnection *connection);

private:
    enum class State { Idle, Delaying, Forwarding, Holding, Hung, Closing };

    void onClientReadyRead();
    void onClientGone();
    void onBackendReadyRead();
    void onBackendGone();
    void onDelayElapsed();
    void onAnswerDelayElapsed();
    void processNext();
    void forwardCurrent();
    void deliver(const HttpMessage &response);
    void answer(const HttpMessage &response);
    void logUnanswered(const HttpMessage &request, const QString &fault);
    void shutdown(bool abortive);

    QPointer<QTcpSocket> m_client;
    QPointer<QTcpSocket> m_backend;
    QHostAddress m_backendAddress;
    quint16 m_backendPort;
    FaultInjector &m_faults;
    RequestLog &m_log;
    HttpMessageParser m_requests{HttpMessageParser::Kind::Request};
    HttpMessageParser m_responses{HttpMessageParser::Kind::Response};
    QQueue<HttpMessage> m_pending;
    HttpMessage m_current;
    FaultInjector::Decision m_decision;
    bool m_currentIsApi = false;
    State m_state = State::Idle;
    bool m_closeWhenIdle = false;
    bool m_finished = false;
    QTimer m_delay;
    QTimer m_answerDelay;
    HttpMessage m_heldResponse;
};
