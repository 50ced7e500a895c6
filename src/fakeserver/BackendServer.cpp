// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/BackendServer.h"

#include "fakeserver/FakeRequest.h"
#include "fakeserver/FakeResponse.h"
#include "fakeserver/RequestDispatcher.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QUrl>

#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
#include <QHttpHeaders>
#endif

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

FakeRequest toFakeRequest(const QHttpServerRequest &request)
{
    FakeRequest fake;
    fake.method = methodName(request.method());
    fake.path = request.url().path(QUrl::FullyDecoded);
    fake.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    for (const auto &[name, value] : request.headers().toListOfPairs())
        fake.headers.append({name, value});
#else
    fake.headers = request.headers();
#endif
    fake.body = request.body();
    fake.receivedMs = fake.header("X-MocoFake-Received").toLongLong();
    if (fake.receivedMs <= 0)
        fake.receivedMs = QDateTime::currentMSecsSinceEpoch();
    return fake;
}

QHttpServerResponse toQtResponse(const FakeResponse &fake)
{
    const auto status = static_cast<QHttpServerResponse::StatusCode>(fake.status);
    QHttpServerResponse response(fake.contentType, fake.body, status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    if (fake.contentType.isEmpty())
        headers.removeAll(QHttpHeaders::WellKnownHeader::ContentType);
    for (const auto &[name, value] : fake.headers)
        headers.append(name, value);
    response.setHeaders(std::move(headers));
#else
    if (fake.contentType.isEmpty())
        response.clearHeader("Content-Type");
    for (const auto &[name, value] : fake.headers)
        response.addHeader(name, value);
#endif
    return response;
}

} // namespace

BackendServer::BackendServer(RequestDispatcher &dispatcher, QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_server.setMissingHandler(
        this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            responder.sendResponse(toQtResponse(m_dispatcher.dispatch(toFakeRequest(request))));
        });
#else
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QHttpServerResponse response =
                toQtResponse(m_dispatcher.dispatch(toFakeRequest(request)));
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
            responder.sendResponse(response);
#else
            response.write(std::move(responder));
#endif
        });
#endif
}

quint16 BackendServer::listen(const QHostAddress &address)
{
    // Listening through our own QTcpServer works the same on 6.4 and on
    // versions where QHttpServer::listen() is gone.
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(address, 0)) {
        delete tcpServer;
        return 0;
    }
    // bool since Qt 6.8 (the server is listening already, so it succeeds),
    // void before.
    static_cast<void>(m_server.bind(tcpServer));
    return tcpServer->serverPort();
}
