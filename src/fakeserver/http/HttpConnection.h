// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/faults/FaultInjector.h"
#include "fakeserver/http/FakeRequest.h"
#include "fakeserver/http/HttpRequestParser.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

class QTcpSocket;
class RequestDispatcher;
class RequestLog;

// One client connection. Requests are handled one at a time, in order, each
// after asking the FaultInjector what to do with it: answer, drop (close
// without answering, request not processed), hang (never answer), process
// late (a slow store), answer late (processed at once, answer held back), or
// process and drop the answer (dropAfterStore: stored, but the client never
// hears back). Owning the socket is what makes these faults possible.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, RequestDispatcher &dispatcher, FaultInjector &faults,
                   RequestLog &log, QObject *parent = nullptr);
    ~HttpConnection() override;

    // For "down": close once the request in progress (if any) is answered.
    void closeWhenIdle();

signals:
    void finished(HttpConnection *connection);

private:
    enum class State { Idle, Delaying, Processing, Holding, Hung, Closing };

    void onReadyRead();
    void onSocketGone();
    void onDelayElapsed();
    void onAnswerDelayElapsed();
    void processNext();
    void processCurrent();
    void answer(const QByteArray &bytes);
    void logUnanswered(const QString &fault);
    void shutdown(bool abortive);

    QPointer<QTcpSocket> m_socket;
    RequestDispatcher &m_dispatcher;
    FaultInjector &m_faults;
    RequestLog &m_log;
    HttpRequestParser m_parser;
    QQueue<FakeRequest> m_pending;
    FakeRequest m_current;
    FaultInjector::Decision m_decision;
    bool m_currentIsApi = false;
    State m_state = State::Idle;
    bool m_closeWhenIdle = false;
    bool m_finished = false;
    QTimer m_delay;
    QTimer m_answerDelay;
    QByteArray m_heldAnswer;
};
