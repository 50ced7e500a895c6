// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/RequestDispatcher.h"

#include "fakeserver/ServerClock.h"
#include "fakeserver/api/ApiCall.h"
#include "fakeserver/api/ApiGate.h"
#include "fakeserver/api/ApiKeyId.h"
#include "fakeserver/api/MocoResponses.h"
#include "fakeserver/api/Router.h"
#include "fakeserver/control/ControlHandler.h"
#include "fakeserver/control/RequestLog.h"
#include "fakeserver/data/TimeFormat.h"
#include "fakeserver/faults/FaultDirective.h"
#include "fakeserver/http/FakeRequest.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

RequestDispatcher::RequestDispatcher(const Router &router, const ApiGate &gate,
                                     ControlHandler &control, RequestLog &log,
                                     const ServerClock &clock)
    : m_router(router)
    , m_gate(gate)
    , m_control(control)
    , m_log(log)
    , m_clock(clock)
{}

bool RequestDispatcher::isControlPath(const QString &path)
{
    return path == QLatin1String("/__fake") || path.startsWith(QLatin1String("/__fake/"));
}

FakeResponse RequestDispatcher::dispatch(const FakeRequest &request,
                                         const FaultDirective &directive)
{
    FakeResponse response =
        isControlPath(request.path) ? m_control.handle(request) : answerApi(request, directive);
    // From the server's clock (POST /__fake/clock moves it): clients measure
    // their clock's skew against it, as against MOCO's.
    response.addHeader("Date", TimeFormat::httpDate(m_clock.nowUtc()));
    return response;
}

FakeResponse RequestDispatcher::answerApi(const FakeRequest &request,
                                          const FaultDirective &directive)
{
    const FakeResponse response = handleApi(request, directive);

    RequestLog::Entry entry;
    entry.receivedMs =
        request.receivedMs > 0 ? request.receivedMs : QDateTime::currentMSecsSinceEpoch();
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.rawQuery;
    entry.keyId = ApiKeyId::idOf(ApiKeyId::keyFromAuthorization(request.header("Authorization")));
    entry.status = response.status;
    entry.fault = directive.label;
    m_log.append(entry);
    if (m_verbose)
        std::fprintf(stderr, "%s %s%s%s -> %d%s%s\n", request.method.constData(),
                     qPrintable(request.path), request.rawQuery.isEmpty() ? "" : "?",
                     request.rawQuery.constData(), response.status,
                     directive.label.isEmpty() ? "" : " fault=", qPrintable(directive.label));
    return response;
}

FakeResponse RequestDispatcher::handleApi(const FakeRequest &request,
                                          const FaultDirective &directive) const
{
    // An injected status or portal page replaces the answer; the request is
    // not processed.
    if (directive.portal)
        return MocoResponses::captivePortal();
    if (directive.status) {
        FakeResponse injected =
            MocoResponses::forStatus(*directive.status, directive.retryAfterSeconds);
        if (!directive.body.isEmpty()) {
            injected.body = directive.body;
            injected.contentType = QJsonDocument::fromJson(directive.body).isNull()
                                       ? QByteArrayLiteral("text/plain; charset=utf-8")
                                       : QByteArrayLiteral("application/json; charset=utf-8");
        }
        return injected;
    }

    if (request.path.startsWith(QLatin1String(unknownSubdomainPrefix)))
        return MocoResponses::unknownSubdomain();
    if (!request.path.startsWith(QLatin1String(apiPrefix)))
        return MocoResponses::notFound();

    QStringList segments =
        request.path.mid(int(qstrlen(apiPrefix))).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty() && segments.last().endsWith(QLatin1String(".json")))
        segments.last().chop(5);
    QList<qint64> ids;
    const Router::Route *route = m_router.match(request.method, segments, &ids);
    if (!route)
        return MocoResponses::notFound();

    ApiCall call{request, QueryParams(request.rawQuery), ids, {}, {}, {}};
    if (std::optional<FakeResponse> refused = m_gate.admit(call, route->needsAuth))
        return *refused;
    if (request.hasJsonBody()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return MocoResponses::invalidPayload();
        call.body = document.object();
    }
    FakeResponse response = route->handler(call);
    if (directive.malformed)
        return MocoResponses::malformed(response);
    if (directive.wrongType)
        return MocoResponses::wrongType(response);
    return response;
}
