// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ResponseClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace ResponseClassifier {

namespace {

const QString baseKey = QStringLiteral("base");

QStringList stringsOf(const QJsonValue &value)
{
    QStringList result;
    if (value.isString()) {
        if (!value.toString().isEmpty())
            result.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString() && !item.toString().isEmpty())
                result.append(item.toString());
        }
    }
    return result;
}

QMap<QString, QStringList> fieldMap(const QJsonObject &object)
{
    QMap<QString, QStringList> result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QStringList messages = stringsOf(it.value());
        if (!messages.isEmpty())
            result.insert(it.key(), messages);
    }
    return result;
}

QString joined(const QMap<QString, QStringList> &fields)
{
    QStringList parts;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString messages = it.value().join(QStringLiteral(", "));
        parts.append(it.key() == baseKey ? messages : it.key() + QStringLiteral(": ") + messages);
    }
    return parts.join(QStringLiteral("; "));
}

QString statusText(int httpStatus, const QByteArray &reasonPhrase)
{
    const QString reason = QString::fromLatin1(reasonPhrase).trimmed();
    return reason.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                            : QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(reason);
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 408:
        return ApiError::Kind::Timeout;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return ApiError::Kind::Server;
    if (status >= 400)
        return ApiError::Kind::Validation; // 400, 409, 422, 423 …: the server refused the data
    return ApiError::Kind::Server;         // 1xx/3xx: nothing an API call should answer
}

} // namespace

QMap<QString, QStringList> fieldErrors(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();

    const QJsonValue message = object.value(QStringLiteral("message"));
    if (message.isString() && !message.toString().isEmpty())
        return {{baseKey, {message.toString()}}};

    const QJsonValue errors = object.value(QStringLiteral("errors"));
    if (errors.isArray()) {
        const QStringList messages = stringsOf(errors);
        if (!messages.isEmpty())
            return {{baseKey, messages}};
    }
    if (errors.isObject()) {
        QMap<QString, QStringList> fields = fieldMap(errors.toObject());
        if (!fields.isEmpty())
            return fields;
    }
    return fieldMap(object);
}

QString bodyMessage(const QByteArray &body)
{
    return joined(fieldErrors(body));
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value,
                                                    const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const qlonglong cap = maxRetryAfter.count();
    const bool negative = trimmed.startsWith('-');
    const QByteArray digits = negative ? trimmed.mid(1) : trimmed;
    if (!digits.isEmpty() &&
        std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (negative)
            return std::chrono::seconds(0);
        // More digits than a qlonglong holds is still "a very long time".
        bool fits = false;
        const qlonglong seconds = digits.toLongLong(&fits);
        return std::chrono::seconds(fits ? std::min(seconds, cap) : cap);
    }

    // HTTP-date (RFC 9110 IMF-fixdate), always in GMT.
    const QString text = QString::fromLatin1(trimmed);
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    const qint64 ms = nowUtc.msecsTo(at);
    return std::chrono::seconds(ms <= 0 ? 0 : std::min((ms + 999) / 1000, cap));
}

ApiError classify(int httpStatus, const QByteArray &reasonPhrase, const QByteArray &body,
                  const QByteArray &retryAfterHeader, const QDateTime &nowUtc)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return {};

    ApiError error;
    error.kind = kindForStatus(httpStatus);
    error.httpStatus = httpStatus;
    if (error.kind == ApiError::Kind::Validation)
        error.fieldErrors = fieldErrors(body);
    error.message = error.fieldErrors.isEmpty() ? bodyMessage(body) : joined(error.fieldErrors);
    if (error.message.isEmpty())
        error.message = statusText(httpStatus, reasonPhrase);

    if (httpStatus == 401 &&
        error.message.contains(QLatin1String("Subdomain does not exist"), Qt::CaseInsensitive))
        error.detail = ApiError::Detail::UnknownAccount;
    if (httpStatus >= 300 && httpStatus < 400)
        error.detail = ApiError::Detail::UnexpectedRedirect;
    if (httpStatus == 429 || httpStatus == 503)
        error.retryAfter = parseRetryAfter(retryAfterHeader, nowUtc);
    return error;
}

} // namespace ResponseClassifier
