// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QTime>

#include <memory>

// Synchronous HTTP for the fake server's own tests (a nested event loop is
// fine in tests). Deliberately independent of the app's API layer: these
// tests pin down what the server sends, byte for byte where it matters.
class FakeServerProcess;

class FakeApiClient
{
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QJsonObject object() const { return json().object(); }
        QJsonArray array() const { return json().array(); }
    };

    // What a raw socket saw: the bytes, and whether the server closed.
    struct RawReply
    {
        bool connected = false;
        bool closedByServer = false;
        QByteArray bytes;
    };

    explicit FakeApiClient(quint16 port);

    // "Token token=KEY"; an empty key sends no Authorization header.
    void setApiKey(const QString &apiKey);
    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    void setHeader(const QByteArray &name, const QByteArray &value);
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // Paths are absolute ("/api/v1/session"); api() prefixes /api/v1.
    static QString api(const QString &path) { return QStringLiteral("/api/v1") + path; }

    Reply get(const QString &path);
    Reply post(const QString &path, const QJsonObject &body = {});
    Reply put(const QString &path, const QJsonObject &body);
    Reply patch(const QString &path, const QJsonObject &body = {});
    Reply del(const QString &path);
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body,
               const QByteArray &contentType = QByteArrayLiteral("application/json"));

    // One request over a fresh raw socket (no client-side retries), waiting
    // until the server answers, closes, or timeoutMs passes.
    static RawReply raw(quint16 port, const QByteArray &request, int timeoutMs = 3000);
    static QByteArray rawGet(const QString &path, const QString &apiKey);

    // The server's "today" (its local date, clock offset included).
    static QDate serverToday(FakeServerProcess &server);
    // Moves the server's clock to the given local time of the current day,
    // so timer and presence tests never run across midnight.
    static void pinClock(FakeServerProcess &server, QTime localTime);
    // Moves the server's clock forward.
    static void advanceClock(FakeServerProcess &server, qint64 milliseconds);

private:
    quint16 m_port;
    QByteArray m_authorization;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    int m_timeoutMs = 10000;
    // Behind a pointer so the client can be returned by value.
    std::unique_ptr<QNetworkAccessManager> m_manager;
};
