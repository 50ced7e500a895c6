// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/http/HttpConnection.h"

#include "fakeserver/RequestDispatcher.h"
#include "fakeserver/api/ApiKeyId.h"
#include "fakeserver/control/RequestLog.h"
#include "fakeserver/http/FakeResponse.h"
#include "fakeserver/http/HttpResponseWriter.h"

#include <QTcpSocket>

HttpConnection::HttpConnection(QTcpSocket *socket, RequestDispatcher &dispatcher,
                               FaultInjector &faults, RequestLog &log, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_dispatcher(dispatcher)
    , m_faults(faults)
    , m_log(log)
{
    socket->setParent(this);
    // Precise: a coarse timer may fire 5 % early, and a test that asks for a
    // 3 s delay may check that the answer took at least that long.
    m_delay.setTimerType(Qt::PreciseTimer);
    m_answerDelay.setTimerType(Qt::PreciseTimer);
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &HttpConnection::onDelayElapsed);
    m_answerDelay.setSingleShot(true);
    connect(&m_answerDelay, &QTimer::timeout, this, &HttpConnection::onAnswerDelayElapsed);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::onSocketGone);
    connect(socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onSocketGone);
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection()
{
    if (m_socket)
        m_socket->abort();
}

void HttpConnection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    // A request being processed (e.g. the control call that asked for
    // "down") is still answered; shutdown follows the answer.
    if (m_state == State::Idle || m_state == State::Hung)
        shutdown(true);
}

void HttpConnection::onReadyRead()
{
    if (!m_socket || m_state == State::Closing)
        return;
    if (!m_parser.feed(m_socket->readAll())) {
        shutdown(true);
        return;
    }
    // The client sends the body only after this.
    if (m_parser.takeContinueRequest())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    while (m_parser.hasRequest())
        m_pending.enqueue(m_parser.take());
    if (m_state == State::Idle)
        processNext();
}

void HttpConnection::onSocketGone()
{
    if (m_finished)
        return;
    if (m_state == State::Delaying)
        logUnanswered(QStringLiteral("cancelled"));
    shutdown(true);
}

void HttpConnection::processNext()
{
    if (m_state == State::Closing)
        return;
    if (m_pending.isEmpty()) {
        m_state = State::Idle;
        if (m_closeWhenIdle)
            shutdown(true);
        return;
    }
    m_current = m_pending.dequeue();
    // Faults never apply to the test's own /__fake/ calls.
    m_currentIsApi = !RequestDispatcher::isControlPath(m_current.path);
    m_decision = m_currentIsApi ? m_faults.decide(m_current.method, m_current.path)
                                : FaultInjector::Decision();

    using Action = FaultInjector::Decision::Action;
    if (m_decision.action == Action::Drop) {
        logUnanswered(m_decision.label);
        shutdown(true);
        return;
    }
    if (m_decision.action == Action::Hang) {
        logUnanswered(m_decision.label);
        m_state = State::Hung;
        return;
    }
    if (m_decision.latencyMs > 0) {
        m_state = State::Delaying;
        m_delay.start(m_decision.latencyMs);
        return;
    }
    processCurrent();
}

void HttpConnection::onDelayElapsed()
{
    if (m_state == State::Delaying)
        processCurrent();
}

void HttpConnection::processCurrent()
{
    m_state = State::Processing;
    FaultDirective directive = m_decision.directive;
    if (m_decision.dropAfterStore)
        directive.label = QStringLiteral("dropAfterStore");
    const FakeResponse response = m_dispatcher.dispatch(m_current, directive);
    if (m_decision.dropAfterStore) {
        // Processed and stored, but the client never gets the answer.
        shutdown(true);
        return;
    }
    const QByteArray bytes = HttpResponseWriter::serialize(response, m_current.method == "HEAD");
    if (m_decision.answerDelayMs > 0) {
        // Stored already (other connections see it); only the answer waits.
        m_state = State::Holding;
        m_heldAnswer = bytes;
        m_answerDelay.start(m_decision.answerDelayMs);
        return;
    }
    answer(bytes);
}

void HttpConnection::onAnswerDelayElapsed()
{
    if (m_state != State::Holding)
        return;
    const QByteArray bytes = m_heldAnswer;
    m_heldAnswer.clear();
    answer(bytes);
}

void HttpConnection::answer(const QByteArray &bytes)
{
    if (!m_socket)
        return;
    m_socket->write(bytes);
    if (m_current.wantsClose() || m_closeWhenIdle) {
        shutdown(false);
        return;
    }
    m_state = State::Idle;
    processNext();
}

void HttpConnection::logUnanswered(const QString &fault)
{
    if (!m_currentIsApi)
        return;
    RequestLog::Entry entry;
    entry.receivedMs = m_current.receivedMs;
    entry.method = m_current.method;
    entry.path = m_current.path;
    entry.query = m_current.rawQuery;
    entry.keyId = ApiKeyId::idOf(ApiKeyId::keyFromAuthorization(m_current.header("Authorization")));
    entry.status = 0;
    entry.fault = fault;
    m_log.append(entry);
}

void HttpConnection::shutdown(bool abortive)
{
    if (m_finished)
        return;
    m_state = State::Closing;
    m_delay.stop();
    m_answerDelay.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        if (abortive || m_socket->state() != QAbstractSocket::ConnectedState) {
            m_socket->abort();
        } else {
            // Let the answer drain, then close; the socket deletes with us.
            connect(m_socket, &QTcpSocket::disconnected, this, [this]() { emit finished(this); });
            m_socket->disconnectFromHost();
            if (m_socket->state() != QAbstractSocket::UnconnectedState) {
                m_finished = true;
                return;
            }
        }
    }
    m_finished = true;
    emit finished(this);
}
