// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/FaultRule.h"

#include <QJsonArray>
#include <QJsonDocument>

bool FaultRule::matches(const QByteArray &requestMethod, const QString &requestPath) const
{
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    return pathPrefix.isEmpty() || requestPath.startsWith(pathPrefix);
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &object, QString *error)
{
    FaultRule rule;
    if (object.contains(QStringLiteral("status"))) {
        const int status = object.value(QStringLiteral("status")).toInt();
        if (status < 100 || status > 599) {
            *error = QStringLiteral("status must be 100..599");
            return std::nullopt;
        }
        rule.status = status;
    }
    rule.retryAfterSeconds = object.value(QStringLiteral("retryAfter")).toInt(-1);
    const QJsonValue body = object.value(QStringLiteral("body"));
    if (body.isString())
        rule.body = body.toString().toUtf8();
    else if (body.isObject())
        rule.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        rule.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    rule.malformed = object.value(QStringLiteral("malformed")).toBool();
    rule.drop = object.value(QStringLiteral("drop")).toBool();
    rule.dropAfterStore = object.value(QStringLiteral("dropAfterStore")).toBool();
    rule.hang = object.value(QStringLiteral("hang")).toBool();
    rule.latencyMs = std::max(0, object.value(QStringLiteral("latencyMs")).toInt());
    rule.method = object.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    rule.pathPrefix = object.value(QStringLiteral("path")).toString();
    if (!rule.status && !rule.malformed && !rule.drop && !rule.dropAfterStore && !rule.hang &&
        rule.latencyMs == 0) {
        *error = QStringLiteral("a queue entry needs status, malformed, drop, dropAfterStore, "
                                "hang or latencyMs");
        return std::nullopt;
    }
    return rule;
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject object;
    if (status)
        object.insert(QStringLiteral("status"), *status);
    if (retryAfterSeconds >= 0)
        object.insert(QStringLiteral("retryAfter"), retryAfterSeconds);
    if (malformed)
        object.insert(QStringLiteral("malformed"), true);
    if (drop)
        object.insert(QStringLiteral("drop"), true);
    if (dropAfterStore)
        object.insert(QStringLiteral("dropAfterStore"), true);
    if (hang)
        object.insert(QStringLiteral("hang"), true);
    if (latencyMs > 0)
        object.insert(QStringLiteral("latencyMs"), latencyMs);
    if (!method.isEmpty())
        object.insert(QStringLiteral("method"), QString::fromLatin1(method));
    if (!pathPrefix.isEmpty())
        object.insert(QStringLiteral("path"), pathPrefix);
    return object;
}
