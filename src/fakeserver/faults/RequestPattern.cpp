// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/faults/RequestPattern.h"

#include <QRegularExpression>
#include <QStringList>

bool RequestPattern::matches(const QByteArray &requestMethod, const QString &requestPath) const
{
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    if (path.isEmpty())
        return true;
    if (!path.contains(QLatin1Char('*')))
        return requestPath.startsWith(path);
    // Clients may add ".json" to any path; a pattern names the resource.
    QString plain = requestPath;
    if (plain.endsWith(QLatin1String(".json")))
        plain.chop(5);
    QString expression = QRegularExpression::escape(path);
    expression.replace(QLatin1String("\\*"), QLatin1String("[^/]+"));
    const QRegularExpression whole(QRegularExpression::anchoredPattern(expression));
    return whole.match(plain).hasMatch();
}

RequestPattern RequestPattern::fromJson(const QJsonObject &object)
{
    RequestPattern pattern;
    pattern.method = object.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    pattern.path = object.value(QStringLiteral("path")).toString();
    return pattern;
}

void RequestPattern::addTo(QJsonObject *object) const
{
    if (!method.isEmpty())
        object->insert(QStringLiteral("method"), QString::fromLatin1(method));
    if (!path.isEmpty())
        object->insert(QStringLiteral("path"), path);
}

std::optional<RequestPattern> RequestPattern::fromText(const QString &text)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    RequestPattern pattern;
    if (parts.size() == 1 && parts.first() == QLatin1String("*"))
        return pattern;
    if (parts.size() == 1 && parts.first().startsWith(QLatin1Char('/'))) {
        pattern.path = parts.first();
        return pattern;
    }
    static const QRegularExpression methodName(QStringLiteral("^[A-Za-z]+$"));
    if (parts.size() != 2 || !methodName.match(parts.first()).hasMatch() ||
        !parts.at(1).startsWith(QLatin1Char('/')))
        return std::nullopt;
    pattern.method = parts.first().toUpper().toLatin1();
    pattern.path = parts.at(1);
    return pattern;
}
