// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/ProxyConnection.h"

#include "fakeserver/ApiKeyId.h"
#include "fakeserver/RequestLog.h"

#include <QTcpSocket>

namespace {
const QByteArray internalHeaderPrefix = QByteArrayLiteral("X-MocoFake-");

bool isControlPath(const QString &path)
{
    return path == QLatin1String("/__fake") || path.startsWith(QLatin1String("/__fake/"));
}
} // namespace

ProxyConnection::ProxyConnection(QTcpSocket *client, const QHostAddress &backendAddress,
                                 quint16 backendPort, FaultInjector &faults, RequestLog &log,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_backendAddress(backendAddress)
    , m_backendPort(backendPort)
    , m_faults(faults)
    , m_log(log)
{
    client->setParent(this);
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &ProxyConnection::onDelayElapsed);
    m_answerDelay.setSingleShot(true);
    connect(&m_answerDelay, &QTimer::timeout, this, &ProxyConnection::onAnswerDelayElapsed);
    connect(client, &QTcpSocket::readyRead, this, &ProxyConnection::onClientReadyRead);
    connect(client, &QTcpSocket::disconnected, this, &ProxyConnection::onClientGone);
    connect(client, &QTcpSocket::errorOccurred, this, &ProxyConnection::onClientGone);
    if (client->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &ProxyConnection::onClientReadyRead);
}

ProxyConnection::~ProxyConnection()
{
    if (m_backend)
        m_backend->abort();
    if (m_client)
        m_client->abort();
}

void ProxyConnection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (m_state == State::Idle || m_state == State::Hung)
        shutdown(true);
}

void ProxyConnection::onClientReadyRead()
{
    if (!m_client || m_state == State::Closing)
        return;
    if (!m_requests.feed(m_client->readAll())) {
        shutdown(true);
        return;
    }
    // The body is only sent after this; the backend never sees the Expect.
    if (m_requests.takeContinueRequest())
        m_client->write("HTTP/1.1 100 Continue\r\n\r\n");
    while (m_requests.hasMessage())
        m_pending.enqueue(m_requests.take());
    if (m_state == State::Idle)
        processNext();
}

void ProxyConnection::onClientGone()
{
    if (m_finished)
        return;
    if (m_state == State::Delaying)
        logUnanswered(m_current, QStringLiteral("cancelled"));
    shutdown(true);
}

void ProxyConnection::processNext()
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
    m_currentIsApi = !isControlPath(m_current.path());
    m_decision = m_currentIsApi ? m_faults.decide(m_current.method(), m_current.path())
                                : FaultInjector::Decision();

    using Action = FaultInjector::Decision::Action;
    if (m_decision.action == Action::Drop) {
        logUnanswered(m_current, m_decision.label);
        shutdown(true);
        return;
    }
    if (m_decision.action == Action::Hang) {
        logUnanswered(m_current, m_decision.label);
        m_state = State::Hung;
        return;
    }
    if (m_decision.latencyMs > 0) {
        m_state = State::Delaying;
        m_delay.start(m_decision.latencyMs);
        return;
    }
    forwardCurrent();
}

void ProxyConnection::onDelayElapsed()
{
    if (m_state == State::Delaying)
        forwardCurrent();
}

void ProxyConnection::forwardCurrent()
{
    m_state = State::Forwarding;
    if (!m_backend || m_backend->state() == QAbstractSocket::UnconnectedState) {
        if (m_backend)
            m_backend->deleteLater();
        m_backend = new QTcpSocket(this);
        connect(m_backend, &QTcpSocket::readyRead, this, &ProxyConnection::onBackendReadyRead);
        connect(m_backend, &QTcpSocket::disconnected, this, &ProxyConnection::onBackendGone);
        connect(m_backend, &QTcpSocket::errorOccurred, this, &ProxyConnection::onBackendGone);
        m_backend->connectToHost(m_backendAddress, m_backendPort);
    }
    QList<QPair<QByteArray, QByteArray>> extra{
        {QByteArrayLiteral("X-MocoFake-Received"), QByteArray::number(m_current.receivedMs)}};
    FaultDirective directive = m_decision.directive;
    if (m_decision.dropAfterStore)
        directive.label = QStringLiteral("dropAfterStore");
    if (!directive.isEmpty())
        extra.append({QByteArrayLiteral("X-MocoFake-Fault"), directive.toHeader()});
    m_responses.expectHeadResponse(m_current.method() == "HEAD");
    // QTcpSocket buffers the bytes until the connection is up.
    m_backend->write(m_current.serializeRequest(internalHeaderPrefix, extra));
}

void ProxyConnection::onBackendReadyRead()
{
    if (!m_backend)
        return;
    const QByteArray data = m_backend->readAll();
    if (m_state != State::Forwarding)
        return;
    if (!m_responses.feed(data)) {
        shutdown(true);
        return;
    }
    if (m_responses.hasMessage())
        deliver(m_responses.take());
}

void ProxyConnection::onBackendGone()
{
    QTcpSocket *backend = m_backend;
    if (!backend)
        return;
    // Detach first: the next request must get a fresh backend connection,
    // never this closing one.
    const QByteArray rest = backend->readAll();
    backend->disconnect(this);
    backend->deleteLater();
    m_backend = nullptr;
    HttpMessageParser responses = m_responses;
    m_responses = HttpMessageParser(HttpMessageParser::Kind::Response);
    if (m_state != State::Forwarding)
        return;
    if (!responses.feed(rest)) {
        shutdown(true);
        return;
    }
    if (!responses.hasMessage())
        responses.finishAtEof();
    if (responses.hasMessage()) {
        deliver(responses.take());
        return;
    }
    // The backend went away mid-request: the client sees a broken connection.
    shutdown(true);
}

void ProxyConnection::deliver(const HttpMessage &response)
{
    if (m_decision.dropAfterStore) {
        // Processed and stored, but the client never gets the answer.
        shutdown(true);
        return;
    }
    if (m_decision.answerDelayMs > 0) {
        // Stored already (other connections see it); only the answer waits.
        m_state = State::Holding;
        m_heldResponse = response;
        m_answerDelay.start(m_decision.answerDelayMs);
        return;
    }
    answer(response);
}

void ProxyConnection::onAnswerDelayElapsed()
{
    if (m_state != State::Holding)
        return;
    const HttpMessage response = m_heldResponse;
    m_heldResponse = HttpMessage();
    answer(response);
}

void ProxyConnection::answer(const HttpMessage &response)
{
    if (!m_client)
        return;
    m_client->write(response.raw);
    if (m_current.wantsClose() || response.wantsClose() || m_closeWhenIdle) {
        shutdown(false);
        return;
    }
    m_state = State::Idle;
    processNext();
}

void ProxyConnection::logUnanswered(const HttpMessage &request, const QString &fault)
{
    if (!m_currentIsApi)
        return;
    RequestLog::Entry entry;
    entry.receivedMs = request.receivedMs;
    entry.method = request.method();
    entry.path = request.path();
    entry.query = request.query();
    entry.keyId = ApiKeyId::idOf(ApiKeyId::keyFromAuthorization(request.header("Authorization")));
    entry.status = 0;
    entry.fault = fault;
    m_log.append(entry);
}

void ProxyConnection::shutdown(bool abortive)
{
    if (m_finished)
        return;
    m_state = State::Closing;
    m_delay.stop();
    m_answerDelay.stop();
    if (m_backend) {
        m_backend->disconnect(this);
        m_backend->abort();
    }
    if (m_client) {
        m_client->disconnect(this);
        if (abortive || m_client->state() != QAbstractSocket::ConnectedState) {
            m_client->abort();
        } else {
            // Let the answer drain, then close; the socket deletes with us.
            connect(m_client, &QTcpSocket::disconnected, this, [this]() { emit finished(this); });
            m_client->disconnectFromHost();
            if (m_client->state() != QAbstractSocket::UnconnectedState) {
                m_finished = true;
                return;
            }
        }
    }
    m_finished = true;
    emit finished(this);
}
