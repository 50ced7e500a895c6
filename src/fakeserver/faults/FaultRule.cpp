// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/faults/FaultRule.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    rule.wrongType = object.value(QStringLiteral("wrongType")).toBool();
    rule.portal = object.value(QStringLiteral("portal")).toBool();
    rule.drop = object.value(QStringLiteral("drop")).toBool();
    rule.dropAfterStore = object.value(QStringLiteral("dropAfterStore")).toBool();
    rule.hang = object.value(QStringLiteral("hang")).toBool();
    rule.latencyMs = std::max(0, object.value(QStringLiteral("latencyMs")).toInt());
    rule.answerDelayMs = std::max(0, object.value(QStringLiteral("answerDelayMs")).toInt());
    rule.pattern = RequestPattern::fromJson(object);
    if (!rule.status && !rule.malformed && !rule.wrongType && !rule.portal && !rule.drop &&
        !rule.dropAfterStore && !rule.hang && rule.latencyMs == 0 && rule.answerDelayMs == 0) {
        *error = QStringLiteral("a queue entry needs status, malformed, wrongType, portal, drop, "
                                "dropAfterStore, hang, latencyMs or answerDelayMs");
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
    const std::pair<const char *, bool> flags[] = {
        {"malformed", malformed}, {"wrongType", wrongType},           {"portal", portal},
        {"drop", drop},           {"dropAfterStore", dropAfterStore}, {"hang", hang},
    };
    for (const auto &[name, set] : flags) {
        if (set)
            object.insert(QLatin1String(name), true);
    }
    if (latencyMs > 0)
        object.insert(QStringLiteral("latencyMs"), latencyMs);
    if (answerDelayMs > 0)
        object.insert(QStringLiteral("answerDelayMs"), answerDelayMs);
    pattern.addTo(&object);
    return object;
}
