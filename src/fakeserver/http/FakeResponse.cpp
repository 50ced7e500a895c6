// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/http/FakeResponse.h"

#include <QJsonDocument>

namespace {
const QByteArray jsonType = QByteArrayLiteral("application/json; charset=utf-8");
}

FakeResponse FakeResponse::json(const QJsonObject &object, int status)
{
    return text(jsonType, QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

FakeResponse FakeResponse::json(const QJsonArray &array, int status)
{
    return text(jsonType, QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

FakeResponse FakeResponse::empty(int status)
{
    // What Rails' `head :forbidden` sends: no body at all.
    return text(QByteArrayLiteral("text/html; charset=utf-8"), QByteArray(), status);
}

FakeResponse FakeResponse::text(const QByteArray &contentType, const QByteArray &body, int status)
{
    FakeResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

void FakeResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
}

QByteArray FakeResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
