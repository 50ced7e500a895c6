// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/api/MocoResponses.h"

#include "fakeserver/api/FieldErrors.h"

#include <QJsonArray>
#include <QJsonDocument>

FakeResponse MocoResponses::invalidApiKey()
{
    return unauthorized(QStringLiteral("Invalid API key."));
}

FakeResponse MocoResponses::unknownSubdomain()
{
    return unauthorized(QStringLiteral("Subdomain does not exist."));
}

FakeResponse MocoResponses::unauthorized(const QString &message)
{
    return FakeResponse::json(QJsonObject{{QStringLiteral("message"), message}}, 401);
}

FakeResponse MocoResponses::forbidden()
{
    return FakeResponse::empty(403);
}

FakeResponse MocoResponses::notFound()
{
    return FakeResponse::empty(404);
}

FakeResponse MocoResponses::unprocessable(const FieldErrors &errors)
{
    return FakeResponse::json(errors.toJson(), 422);
}

FakeResponse MocoResponses::base(const QString &message)
{
    FieldErrors errors;
    errors.add(QStringLiteral("base"), message);
    return unprocessable(errors);
}

FakeResponse MocoResponses::invalidPayload()
{
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("message"), QStringLiteral("Invalid payload")}}, 422);
}

FakeResponse MocoResponses::badRequest(const QString &message)
{
    return FakeResponse::json(QJsonObject{{QStringLiteral("message"), message}}, 400);
}

FakeResponse MocoResponses::tooManyRequests(int retryAfterSeconds)
{
    FakeResponse response = FakeResponse::json(
        QJsonObject{{QStringLiteral("message"), QStringLiteral("Too many requests")}}, 429);
    if (retryAfterSeconds >= 0)
        response.addHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

FakeResponse MocoResponses::serverError(int status)
{
    const QByteArray title = status == 500   ? QByteArrayLiteral("500 Internal Server Error")
                             : status == 502 ? QByteArrayLiteral("502 Bad Gateway")
                             : status == 503 ? QByteArrayLiteral("503 Service Unavailable")
                             : status == 504 ? QByteArrayLiteral("504 Gateway Timeout")
                                             : QByteArray::number(status) + " Server Error";
    // Not JSON on purpose: proxies and crashed apps answer with HTML.
    return FakeResponse::text(QByteArrayLiteral("text/html; charset=utf-8"),
                              "<!DOCTYPE html>\n<html><head><title>" + title +
                                  "</title></head><body><h1>" + title +
                                  "</h1><p>Something went wrong.</p></body></html>\n",
                              status);
}

FakeResponse MocoResponses::forStatus(int status, int retryAfterSeconds)
{
    FakeResponse response;
    switch (status) {
    case 401:
        response = invalidApiKey();
        break;
    case 403:
    case 404:
        response = FakeResponse::empty(status);
        break;
    case 422:
        response = base(QStringLiteral("Fehler beim Speichern (injiziert)"));
        break;
    case 429:
        return tooManyRequests(retryAfterSeconds);
    default:
        if (status >= 500)
            response = serverError(status);
        else if (status == 204)
            response = FakeResponse::text(QByteArray(), QByteArray(), 204);
        else if (status >= 200 && status < 300)
            response = FakeResponse::json(QJsonObject{}, status);
        else
            response = FakeResponse::json(
                QJsonObject{{QStringLiteral("message"), QStringLiteral("Injected error")}}, status);
    }
    if (retryAfterSeconds >= 0)
        response.addHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

FakeResponse MocoResponses::malformed(const FakeResponse &real)
{
    FakeResponse broken = real;
    broken.status = 200;
    broken.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray body = real.body.left(std::max<qsizetype>(1, real.body.size() / 2));
    if (body.isEmpty() || (body.front() != '{' && body.front() != '['))
        body = QByteArrayLiteral("{\"message\": \"unterminated");
    broken.body = body + QByteArrayLiteral("<<<truncated");
    return broken;
}

FakeResponse MocoResponses::wrongType(const FakeResponse &real)
{
    const auto quoteId = [](QJsonObject object) {
        const QJsonValue id = object.value(QStringLiteral("id"));
        object.insert(QStringLiteral("id"),
                      id.isDouble() ? QString::number(id.toInteger()) : QStringLiteral("1"));
        return object;
    };
    const QJsonDocument document = QJsonDocument::fromJson(real.body);
    FakeResponse changed = real;
    changed.status = 200;
    if (document.isArray()) {
        QJsonArray items = document.array();
        for (qsizetype index = 0; index < items.size(); ++index)
            items[index] = quoteId(items.at(index).toObject());
        if (items.isEmpty())
            items.append(quoteId({}));
        changed = FakeResponse::json(items);
    } else {
        changed = FakeResponse::json(quoteId(document.object()));
    }
    changed.headers = real.headers;
    return changed;
}

FakeResponse MocoResponses::captivePortal()
{
    return FakeResponse::text(
        QByteArrayLiteral("text/html; charset=utf-8"),
        QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>Wi-Fi login</title></head><body>"
                          "<h1>Welcome to Guest Wi-Fi</h1><form method=\"post\" action=\"/login\">"
                          "<input name=\"room\"><button>Connect</button></form></body></html>\n"),
        200);
}
