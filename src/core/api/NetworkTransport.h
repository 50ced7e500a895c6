// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/RequestTransport.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// The real RequestTransport: sends each attempt over HTTP(S) with the one
// QNetworkAccessManager of the account and classifies the answer into an
// ApiResponse. It refuses insecure base URLs before anything is sent, never
// ignores TLS errors, never follows redirects (an API call has no business
// being redirected, and the Authorization header must not follow one), and
// never logs the API key.
class NetworkTransport : public RequestTransport
{
    Q_OBJECT
public:
    // The clock only resolves Retry-After dates.
    explicit NetworkTransport(Clock *clock, QObject *parent = nullptr);
    ~NetworkTransport() override;

    // e.g. https://acme.mocoapp.com/api/v1 (see AccountAddress).
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    // Kept in memory only. Empty: requests go out without Authorization.
    void setApiKey(const QString &apiKey);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // Sent as X-IMPERSONATE-USER-ID (needs the Staff permission); nullopt
    // acts as the key's own user.
    void setImpersonatedUserId(std::optional<qint64> userId);
    std::optional<qint64> impersonatedUserId() const { return m_impersonatedUserId; }

    // No answer of the API comes near this (a page of 100 activities is
    // well below 1 MiB); a body growing past it ends the attempt as
    // Kind::Parse, Detail::ResponseTooLarge instead of filling the memory.
    static constexpr qint64 defaultMaxResponseBytes = qint64(32) * 1024 * 1024;
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    quint64 start(const ApiRequest &request) override;
    void abort(quint64 attemptId) override;

    // "MocoTrack/<version> (<operating system>)"
    static QByteArray userAgent();

private:
    QNetworkRequest buildRequest(const ApiRequest &request) const;
    QNetworkReply *send(const ApiRequest &request);
    void onReplyFinished(quint64 attemptId, QNetworkReply *reply);
    void checkSize(quint64 attemptId, QNetworkReply *reply, qint64 announcedBytes);
    ApiResponse toResponse(QNetworkReply *reply) const;
    void finishLater(quint64 attemptId, ApiResponse response);

    Clock *m_clock;
    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::optional<qint64> m_impersonatedUserId;
    qint64 m_maxResponseBytes = defaultMaxResponseBytes;
    quint64 m_nextAttemptId = 1;
    QHash<quint64, QNetworkReply *> m_replies;
    // Attempts answered without touching the network (refused URL), waiting
    // for their queued attemptFinished.
    QSet<quint64> m_localAnswers;
};
