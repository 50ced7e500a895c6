// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedTransport.h"

#include "core/api/ResponseClassifier.h"
#include "core/services/Clock.h"

ScriptedTransport::ScriptedTransport(Clock *clock, QObject *parent)
    : RequestTransport(parent)
    , m_clock(clock)
{}

quint64 ScriptedTransport::start(const ApiRequest &request)
{
    const Attempt attempt{m_nextId++, request, m_clock->monotonicMs()};
    m_sent.append(attempt);
    m_open.append(attempt);
    return attempt.id;
}

void ScriptedTransport::abort(quint64 attemptId)
{
    m_open.removeIf([attemptId](const Attempt &a) { return a.id == attemptId; });
    m_aborted.append(attemptId);
}

void ScriptedTransport::answer(quint64 attemptId, const ApiResponse &response)
{
    m_open.removeIf([attemptId](const Attempt &a) { return a.id == attemptId; });
    QMetaObject::invokeMethod(
        this, [this, attemptId, response] { emit attemptFinished(attemptId, response); },
        Qt::QueuedConnection);
}

bool ScriptedTransport::answerOldest(const ApiResponse &response)
{
    if (m_open.isEmpty())
        return false;
    answer(m_open.first().id, response);
    return true;
}

void ScriptedTransport::answerAll(const ApiResponse &response)
{
    while (answerOldest(response)) {
    }
}

ApiResponse ScriptedTransport::ok(const QByteArray &body)
{
    ApiResponse response;
    response.httpStatus = 200;
    response.body = body;
    return response;
}

ApiResponse ScriptedTransport::status(int httpStatus)
{
    ApiResponse response;
    response.httpStatus = httpStatus;
    response.error = ResponseClassifier::classify(httpStatus, {}, {}, {}, {});
    return response;
}

ApiResponse ScriptedTransport::rateLimited(std::optional<int> retryAfterSeconds)
{
    ApiResponse response = status(429);
    if (retryAfterSeconds)
        response.error.retryAfter = std::chrono::seconds(*retryAfterSeconds);
    return response;
}

ApiResponse ScriptedTransport::networkError(bool reachedServer)
{
    ApiResponse response;
    response.reachedServer = reachedServer;
    response.error = ApiError::make(ApiError::Kind::Network,
                                    reachedServer ? ApiError::Detail::ConnectionLost
                                                  : ApiError::Detail::ConnectionRefused,
                                    QStringLiteral("scripted"));
    return response;
}
