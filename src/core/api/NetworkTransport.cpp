// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/NetworkTransport.h"

#include "core/Version.h"
#include "core/api/AccountAddress.h"
#include "core/api/OneShotBody.h"
#include "core/api/ResponseClassifier.h"
#include "core/services/Clock.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>

#include <algorithm>

Q_LOGGING_CATEGORY(lcApiTransport, "mocotrack.api.transport", QtInfoMsg)

namespace {

bool machineIsOffline()
{
    // Only trust the platform when a backend was loaded (by the app); without
    // one, nothing is known and the generic network message applies.
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->reachability() == QNetworkInformation::Reachability::Disconnected;
}

ApiError networkError(QNetworkReply::NetworkError code, const QString &text, bool *reachedServer)
{
    using E = QNetworkReply::NetworkError;
    using D = ApiError::Detail;
    switch (code) {
    case E::TimeoutError:
    case E::OperationCanceledError: // our own aborts never get here: a transfer timeout
        return ApiError::make(ApiError::Kind::Timeout, text);
    case E::ConnectionRefusedError:
    case E::ProxyConnectionRefusedError:
        *reachedServer = false;
        return ApiError::make(ApiError::Kind::Network, D::ConnectionRefused, text);
    case E::HostNotFoundError:
    case E::ProxyNotFoundError:
        *reachedServer = false;
        return ApiError::make(ApiError::Kind::Network,
                              machineIsOffline() ? D::NoNetwork : D::HostNotFound, text);
    case E::RemoteHostClosedError:
    case E::ProxyConnectionClosedError:
    case E::ContentReSendError: // QNAM wanted to re-send a OneShotBody
        return ApiError::make(ApiError::Kind::Network, D::ConnectionLost, text);
    case E::SslHandshakeFailedError:
        return ApiError::make(ApiError::Kind::Network, D::Tls, text);
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::BackgroundRequestNotAllowedError:
        return ApiError::make(ApiError::Kind::Network, D::NoNetwork, text);
    default:
        break;
    }
    return ApiError::make(ApiError::Kind::Network, machineIsOffline() ? D::NoNetwork : D::None,
                          text);
}

// Errors of the connection or the HTTP framing, as opposed to an HTTP status
// Qt also reports as an error (ContentNotFoundError for a 404 …).
bool isTransportFailure(QNetworkReply::NetworkError code)
{
    const int value = static_cast<int>(code);
    return (value >= 1 && value < 200) || (value >= 300 && value < 400);
}

} // namespace

NetworkTransport::NetworkTransport(Clock *clock, QObject *parent)
    : RequestTransport(parent)
    , m_clock(clock)
    , m_manager(new QNetworkAccessManager(this))
{
    Q_ASSERT(clock);
    // Never follow redirects: the Authorization header must not travel to
    // wherever a redirect points.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

NetworkTransport::~NetworkTransport()
{
    const auto replies = m_replies.values();
    m_replies.clear();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

void NetworkTransport::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void NetworkTransport::setApiKey(const QString &apiKey)
{
    m_apiKey = apiKey;
}

void NetworkTransport::setImpersonatedUserId(std::optional<qint64> userId)
{
    m_impersonatedUserId = userId;
}

QByteArray NetworkTransport::userAgent()
{
    return QByteArrayLiteral(MOCOTRACK_APP_NAME "/" MOCOTRACK_VERSION " (") +
           QSysInfo::prettyProductName().toUtf8() + ')';
}

QNetworkRequest NetworkTransport::buildRequest(const ApiRequest &request) const
{
    QUrl url = request.endpoint ? request.endpoint->baseUrl : m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    url.setQuery(request.query);

    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                             QByteArrayLiteral("application/json"));
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (request.authenticated) {
        const QString &apiKey = request.endpoint ? request.endpoint->apiKey : m_apiKey;
        if (!apiKey.isEmpty())
            networkRequest.setRawHeader(QByteArrayLiteral("Authorization"),
                                        QByteArrayLiteral("Token token=") + apiKey.toUtf8());
        // The account's impersonation is not the business of a request to
        // another endpoint (a sign-in).
        const std::optional<qint64> actingAs = request.actingAs   ? request.actingAs
                                               : request.endpoint ? std::nullopt
                                                                  : m_impersonatedUserId;
        if (actingAs)
            networkRequest.setRawHeader(QByteArrayLiteral("X-IMPERSONATE-USER-ID"),
                                        QByteArray::number(*actingAs));
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    networkRequest.setTransferTimeout(request.timeout);
#else
    networkRequest.setTransferTimeout(static_cast<int>(request.timeout.count()));
#endif
    return networkRequest;
}

QNetworkReply *NetworkTransport::send(const ApiRequest &request)
{
    QNetworkRequest networkRequest = buildRequest(request);
    if (!request.idempotent) {
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto *body = new OneShotBody(request.body);
        QNetworkReply *reply = m_manager->sendCustomRequest(
            networkRequest, ApiRequest::methodName(request.method), body);
        body->setParent(reply);
        return reply;
    }
    switch (request.method) {
    case ApiRequest::Method::Get:
        return m_manager->get(networkRequest);
    case ApiRequest::Method::Post:
        return m_manager->post(networkRequest, request.body);
    case ApiRequest::Method::Put:
        return m_manager->put(networkRequest, request.body);
    case ApiRequest::Method::Delete:
        return m_manager->deleteResource(networkRequest);
    case ApiRequest::Method::Patch:
        break;
    }
    return m_manager->sendCustomRequest(networkRequest, ApiRequest::methodName(request.method),
                                        request.body);
}

quint64 NetworkTransport::start(const ApiRequest &request)
{
    const quint64 attemptId = m_nextAttemptId++;
    const ApiError refusal =
        AccountAddress::checkBaseUrl(request.endpoint ? request.endpoint->baseUrl : m_baseUrl);
    if (refusal.isError()) {
        ApiResponse response;
        response.error = refusal;
        response.reachedServer = false;
        qCWarning(lcApiTransport) << "refused" << ApiRequest::methodName(request.method)
                                  << request.path << "before sending:" << refusal.message;
        finishLater(attemptId, std::move(response));
        return attemptId;
    }

    QNetworkReply *reply = send(request);
    m_replies.insert(attemptId, reply);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    const QByteArray method = ApiRequest::methodName(request.method);
    const QString path = request.path;
    connect(reply, &QNetworkReply::finished, this, [this, attemptId, reply, elapsed, method, path] {
        qCDebug(lcApiTransport).noquote()
            << method << path << "→"
            << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << reply->error()
            << elapsed->elapsed() << "ms";
        onReplyFinished(attemptId, reply);
    });
    // QNAM buffers the whole body; watch it grow. bytesAvailable() counts
    // what was decompressed, so a gzip bomb is caught as well.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, attemptId, reply](qint64, qint64 total) { checkSize(attemptId, reply, total); });
    connect(reply, &QNetworkReply::readyRead, this,
            [this, attemptId, reply] { checkSize(attemptId, reply, -1); });
    return attemptId;
}

void NetworkTransport::abort(quint64 attemptId)
{
    m_localAnswers.remove(attemptId);
    QNetworkReply *reply = m_replies.take(attemptId);
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void NetworkTransport::finishLater(quint64 attemptId, ApiResponse response)
{
    m_localAnswers.insert(attemptId);
    QMetaObject::invokeMethod(
        this,
        [this, attemptId, response = std::move(response)] {
            if (m_localAnswers.remove(attemptId))
                emit attemptFinished(attemptId, response);
        },
        Qt::QueuedConnection);
}

void NetworkTransport::onReplyFinished(quint64 attemptId, QNetworkReply *reply)
{
    if (m_replies.take(attemptId) != reply)
        return;
    reply->deleteLater();
    emit attemptFinished(attemptId, toResponse(reply));
}

void NetworkTransport::checkSize(quint64 attemptId, QNetworkReply *reply, qint64 announcedBytes)
{
    if (std::max(announcedBytes, reply->bytesAvailable()) <= m_maxResponseBytes ||
        m_replies.value(attemptId) != reply)
        return;
    m_replies.remove(attemptId);
    ApiResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.error = ApiError::make(
        ApiError::Kind::Parse, ApiError::Detail::ResponseTooLarge,
        QStringLiteral("the answer is larger than %1 bytes").arg(m_maxResponseBytes));
    response.error.httpStatus = response.httpStatus;
    qCWarning(lcApiTransport).noquote()
        << reply->url().path() << "answer cut off:" << response.error.message;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
    finishLater(attemptId, std::move(response));
}

ApiResponse NetworkTransport::toResponse(QNetworkReply *reply) const
{
    ApiResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        response.body = reply->readAll();

    const QNetworkReply::NetworkError code = reply->error();
    if (code != QNetworkReply::NoError && (response.httpStatus == 0 || isTransportFailure(code))) {
        // No complete HTTP answer: a partial body must never pass as success.
        response.error = networkError(code, reply->errorString(), &response.reachedServer);
        response.error.httpStatus = response.httpStatus;
        return response;
    }
    response.error = ResponseClassifier::classify(
        response.httpStatus,
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(), response.body,
        response.header("Retry-After"), m_clock->utcNow());
    return response;
}
