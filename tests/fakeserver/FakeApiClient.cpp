// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeApiClient.h"

#include "support/FakeServerProcess.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

QByteArray FakeApiClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool FakeApiClient::Reply::hasHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

FakeApiClient::FakeApiClient(quint16 port)
    : m_port(port)
    , m_manager(std::make_unique<QNetworkAccessManager>())
{}

void FakeApiClient::setApiKey(const QString &apiKey)
{
    m_authorization = apiKey.isEmpty() ? QByteArray() : "Token token=" + apiKey.toUtf8();
}

void FakeApiClient::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_extraHeaders.append({name, value});
}

FakeApiClient::Reply FakeApiClient::get(const QString &path)
{
    return send("GET", path, {});
}

FakeApiClient::Reply FakeApiClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeApiClient::Reply FakeApiClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeApiClient::Reply FakeApiClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeApiClient::Reply FakeApiClient::del(const QString &path)
{
    return send("DELETE", path, {});
}

FakeApiClient::Reply FakeApiClient::send(const QByteArray &method, const QString &path,
                                         const QByteArray &body, const QByteArray &contentType)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    for (const auto &[name, value] : m_extraHeaders)
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *networkReply = m_manager->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(networkReply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    Reply reply;
    reply.error = networkReply->error();
    reply.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.body = networkReply->readAll();
    for (const auto &pair : networkReply->rawHeaderPairs())
        reply.headers.append(pair);
    networkReply->deleteLater();
    return reply;
}

FakeApiClient::RawReply FakeApiClient::raw(quint16 port, const QByteArray &request, int timeoutMs)
{
    RawReply reply;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(timeoutMs))
        return reply;
    reply.connected = true;
    socket.write(request);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&]() {
        reply.bytes += socket.readAll();
        // A complete answer: headers plus Content-Length bytes.
        const qsizetype end = reply.bytes.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype lengthAt = reply.bytes.toLower().indexOf("content-length:");
        const qsizetype lineEnd = reply.bytes.indexOf("\r\n", lengthAt);
        const qint64 length =
            lengthAt < 0
                ? 0
                : reply.bytes.mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toLongLong();
        if (reply.bytes.size() >= end + 4 + length)
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&]() {
        reply.closedByServer = true;
        loop.quit();
    });
    timeout.start(timeoutMs);
    loop.exec();
    reply.bytes += socket.readAll();
    return reply;
}

QByteArray FakeApiClient::rawGet(const QString &path, const QString &apiKey)
{
    return "GET " + path.toUtf8() +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Token token=" + apiKey.toUtf8() +
           "\r\n\r\n";
}

QDate FakeApiClient::serverToday(FakeServerProcess &server)
{
    const QJsonObject clock = server.control("GET", QStringLiteral("/clock")).object();
    return QDate::fromString(clock.value(QStringLiteral("today")).toString(), Qt::ISODate);
}

void FakeApiClient::pinClock(FakeServerProcess &server, QTime localTime)
{
    const QDate today = QDate::currentDate();
    const qint64 target =
        QDateTime(today, localTime, QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
    server.control("POST", QStringLiteral("/clock"),
                   QJsonDocument(QJsonObject{{QStringLiteral("offsetMs"),
                                              target - QDateTime::currentMSecsSinceEpoch()}}));
}

void FakeApiClient::advanceClock(FakeServerProcess &server, qint64 milliseconds)
{
    server.control("POST", QStringLiteral("/clock"),
                   QJsonDocument(QJsonObject{{QStringLiteral("advanceMs"), milliseconds}}));
}
