// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/DurationParser.h"

#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace {

// Both separators are decimal: in a duration field nobody types thousands.
std::optional<double> number(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QString ascii = text;
    ascii.replace(QLatin1Char(','), QLatin1Char('.'));
    if (ascii.startsWith(QLatin1Char('.')))
        ascii.prepend(QLatin1Char('0'));
    bool ok = false;
    const double value = ascii.toDouble(&ok); // QString::toDouble is locale-independent
    return ok ? std::optional<double>(value) : std::nullopt;
}

// Lower case, no surrounding or doubled spaces; no-break spaces are spaces.
QString normalized(const QString &input)
{
    QString text = input.toCaseFolded();
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text.simplified();
}

bool isNegative(const QString &text)
{
    return text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212));
}

} // namespace

DurationParser::Result DurationParser::parse(const QString &input)
{
    static const QRegularExpression clock(QStringLiteral(R"(^(\d*)\s*:\s*(\d{1,2})$)"));
    static const QRegularExpression units(QStringLiteral(
        R"(^(?:(\d+(?:[.,]\d+)?|[.,]\d+)\s*(hours|hour|hrs|hr|h|stunden|stunde|std)\s*)?)"
        R"((?:(\d+(?:[.,]\d+)?|[.,]\d+)\s*(minutes|minute|minuten|mins|min|m)?)?$)"));

    Result result;
    const QString text = normalized(input);
    if (text.isEmpty()) {
        result.error = tr("Enter a duration, for example 1:30, 1.5 or 90m.");
        return result;
    }
    if (isNegative(text)) {
        result.error = tr("A duration cannot be negative.");
        return result;
    }

    double total = 0; // seconds, before rounding
    if (const QRegularExpressionMatch match = clock.match(text); match.hasMatch()) {
        const double minutes = match.captured(2).toDouble();
        if (minutes >= 60) {
            result.error = tr("After the colon, enter minutes below 60 (for example 1:45).");
            return result;
        }
        total = number(match.captured(1)).value_or(0) * 3600 + minutes * 60;
    } else if (const QRegularExpressionMatch match = units.match(text);
               match.hasMatch() && match.capturedLength(0) > 0) {
        const std::optional<double> hours = number(match.captured(1));
        const std::optional<double> rest = number(match.captured(3));
        const bool bareNumber = !hours && match.captured(4).isEmpty();
        // A bare "90" is minutes, a bare "1.5" hours: nobody logs 1.5 minutes.
        const QString restText = match.captured(3);
        const bool restIsHours = bareNumber && (restText.contains(QLatin1Char('.')) ||
                                                restText.contains(QLatin1Char(',')));
        total = hours.value_or(0) * 3600 + rest.value_or(0) * (restIsHours ? 3600 : 60);
    } else {
        result.error = tr("“%1” is not a duration. Try 1:30, 1.5 or 90m.").arg(input.trimmed());
        return result;
    }

    if (!std::isfinite(total) || total > MaxSeconds) {
        result.error = tr("A duration cannot be longer than 24 hours.");
        return result;
    }
    result.ok = true;
    result.seconds = std::llround(total);
    //: The parsed duration shown beside the field, e.g. "= 1 h 30 min"
    result.hint = tr("= %1").arg(describe(result.seconds));
    return result;
}

QString DurationParser::describe(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const qint64 rest = seconds % 60;
    QStringList parts;
    if (hours > 0)
        //: Hours of a duration, e.g. "1 h"
        parts << tr("%1 h").arg(hours);
    if (minutes > 0 || (hours == 0 && rest == 0))
        //: Minutes of a duration, e.g. "30 min"
        parts << tr("%1 min").arg(minutes);
    if (rest > 0)
        //: Seconds of a duration, e.g. "36 s"
        parts << tr("%1 s").arg(rest);
    return parts.join(QLatin1Char(' '));
}
