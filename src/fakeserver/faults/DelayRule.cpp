// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/faults/DelayRule.h"

namespace {
bool readMs(const QJsonObject &object, const QString &key, int *ms, QString *error)
{
    if (!object.contains(key))
        return true;
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 600000) {
        *error = key + QStringLiteral(" must be 0..600000");
        return false;
    }
    *ms = value.toInt();
    return true;
}
} // namespace

std::optional<DelayRule> DelayRule::fromJson(const QJsonObject &object, QString *error)
{
    DelayRule rule;
    rule.pattern = RequestPattern::fromJson(object);
    if (!readMs(object, QStringLiteral("latencyMs"), &rule.latencyMs, error) ||
        !readMs(object, QStringLiteral("answerDelayMs"), &rule.answerDelayMs, error))
        return std::nullopt;
    if (rule.latencyMs == 0 && rule.answerDelayMs == 0) {
        *error = QStringLiteral("a delay needs latencyMs or answerDelayMs");
        return std::nullopt;
    }
    return rule;
}

QJsonObject DelayRule::toJson() const
{
    QJsonObject object;
    pattern.addTo(&object);
    if (latencyMs > 0)
        object.insert(QStringLiteral("latencyMs"), latencyMs);
    if (answerDelayMs > 0)
        object.insert(QStringLiteral("answerDelayMs"), answerDelayMs);
    return object;
}

std::optional<DelayRule> DelayRule::fromText(const QString &text, Kind kind)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    if (equals < 0)
        return std::nullopt;
    const std::optional<RequestPattern> pattern = RequestPattern::fromText(text.left(equals));
    bool ok = false;
    const int ms = text.mid(equals + 1).trimmed().toInt(&ok);
    if (!pattern || !ok || ms <= 0 || ms > 600000)
        return std::nullopt;
    DelayRule rule;
    rule.pattern = *pattern;
    (kind == Kind::Latency ? rule.latencyMs : rule.answerDelayMs) = ms;
    return rule;
}
