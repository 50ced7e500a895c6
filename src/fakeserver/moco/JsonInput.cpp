// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/JsonInput.h"

#include <cmath>

bool JsonInput::isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

std::optional<qint64> JsonInput::integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) != number)
            return std::nullopt;
        return value.toInteger(qint64(number));
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

std::optional<double> JsonInput::number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

std::optional<bool> JsonInput::boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
    }
    return std::nullopt;
}

std::optional<QString> JsonInput::text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull())
        return QString(QLatin1String(""));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double number = value.toDouble();
        return std::floor(number) == number ? QString::number(qint64(number))
                                            : QString::number(number);
    }
    return std::nullopt;
}
