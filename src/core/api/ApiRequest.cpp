// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiRequest.h"

namespace {

ApiRequest make(ApiRequest::Method method, QString path, QByteArray body, bool idempotent)
{
    ApiRequest request;
    request.method = method;
    request.path = std::move(path);
    request.body = std::move(body);
    request.idempotent = idempotent;
    return request;
}

} // namespace

ApiRequest ApiRequest::get(QString path, QUrlQuery query)
{
    ApiRequest request = make(Method::Get, std::move(path), {}, true);
    request.query = std::move(query);
    return request;
}

ApiRequest ApiRequest::post(QString path, QByteArray body)
{
    return make(Method::Post, std::move(path), std::move(body), false);
}

ApiRequest ApiRequest::put(QString path, QByteArray body)
{
    return make(Method::Put, std::move(path), std::move(body), true);
}

ApiRequest ApiRequest::patch(QString path, QByteArray body, bool idempotent)
{
    return make(Method::Patch, std::move(path), std::move(body), idempotent);
}

ApiRequest ApiRequest::del(QString path)
{
    return make(Method::Delete, std::move(path), {}, true);
}

QByteArray ApiRequest::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}
