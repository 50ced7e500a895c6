// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/JsonReader.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace {

bool isNoneValue(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().isEmpty());
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// Quotes a bad value for a message; kept short so a huge value cannot flood
// the log, and only ever used for date/time values (never for secrets).
QString quoted(const QString &text)
{
    constexpr qsizetype maxLength = 40;
    if (text.size() > maxLength)
        return QLatin1Char('"') + text.left(maxLength) + QStringLiteral("…\"");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QTime> parseClockTime(const QString &hours, const QString &minutes,
                                    const QString &seconds, const QString &fraction)
{
    const int msec =
        fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(hours.toInt(), minutes.toInt(), seconds.isEmpty() ? 0 : seconds.toInt(), msec);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

// ISO 8601 as MOCO sends it ("2018-10-17T09:33:46Z"), also with fractions,
// numeric offsets or no zone at all (the API documents UTC, so read it as UTC).
// Parsed by hand so the result does not depend on the Qt version's
// QDateTime::fromString rules or on the machine's local time zone.
std::optional<QDateTime> parseTimestamp(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
                       "\\s*(Z|z|UTC|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const std::optional<QDate> date = parseDate(match.captured(1));
    const std::optional<QTime> time =
        parseClockTime(match.captured(2), match.captured(3), match.captured(4), match.captured(5));
    if (!date || !time)
        return std::nullopt;
    int offsetSeconds = 0;
    const QString zone = match.captured(6);
    if (zone.startsWith(QLatin1Char('+')) || zone.startsWith(QLatin1Char('-'))) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds =
            (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    // toUTC(): Qt 6.4 reports a QTimeZone::utc() datetime as spec TimeZone, not UTC.
    return QDateTime(*date, *time, QTimeZone::utc()).addSecs(-offsetSeconds).toUTC();
}

std::optional<QTime> parsePresenceTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return parseClockTime(match.captured(1), match.captured(2), match.captured(3), {});
}

} // namespace

JsonReader::JsonReader(const QJsonValue &value, const QString &path)
    : JsonReader(value, path, std::make_shared<State>())
{}

JsonReader::JsonReader(const QJsonValue &value, const QString &path, std::shared_ptr<State> state)
    : m_value(value)
    , m_object(value.toObject())
    , m_path(path)
    , m_state(std::move(state))
{}

QString JsonReader::childPath(const QString &key) const
{
    if (key.isEmpty())
        return m_path;
    if (m_path.isEmpty())
        return key;
    return m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &key, const QString &problem)
{
    if (failed())
        return;
    const QString where = childPath(key);
    m_state->error = where.isEmpty() ? problem : where + QStringLiteral(": ") + problem;
}

void JsonReader::failRelative(const QString &relativeMessage)
{
    if (failed())
        return;
    m_state->error =
        m_path.isEmpty() ? relativeMessage : m_path + QLatin1Char('.') + relativeMessage;
}

bool JsonReader::expectObject()
{
    if (m_value.isObject())
        return true;
    fail({}, QStringLiteral("expected an object, got %1").arg(describe(m_value)));
    return false;
}

bool JsonReader::has(const QString &key) const
{
    return !isAbsent(m_object.value(key));
}

bool JsonReader::isNone(const QString &key) const
{
    return isNoneValue(m_object.value(key));
}

JsonReader JsonReader::child(const QString &key) const
{
    return JsonReader(m_object.value(key), childPath(key), m_state);
}

JsonReader JsonReader::element(const QJsonValue &value, qsizetype index) const
{
    return JsonReader(value, m_path + QStringLiteral("[%1]").arg(index), m_state);
}

QString JsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("an empty string")
                                          : QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

std::optional<qint64> JsonReader::toInteger(const QString &key, const QJsonValue &value)
{
    if (!value.isDouble()) {
        fail(key, QStringLiteral("expected an integer, got %1").arg(describe(value)));
        return std::nullopt;
    }
    // The JSON parser keeps integers that fit in 64 bits exact; whole-number
    // doubles (3.0) are fine, fractions are not.
    constexpr qint64 notInteger = std::numeric_limits<qint64>::min();
    const qint64 exact = value.toInteger(notInteger);
    if (exact != notInteger)
        return exact;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number) {
        fail(key, QStringLiteral("expected an integer, got %1").arg(number));
        return std::nullopt;
    }
    fail(key, QStringLiteral("expected an integer, got a number out of range"));
    return std::nullopt;
}

qint64 JsonReader::integer(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value)) {
        fail(key, QStringLiteral("missing"));
        return 0;
    }
    return toInteger(key, value).value_or(0);
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isNoneValue(value))
        return std::nullopt;
    return toInteger(key, value);
}

double JsonReader::number(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value)) {
        fail(key, QStringLiteral("missing"));
        return 0;
    }
    return optionalNumber(key).value_or(0);
}

std::optional<double> JsonReader::optionalNumber(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isNoneValue(value))
        return std::nullopt;
    if (!value.isDouble()) {
        fail(key, QStringLiteral("expected a number, got %1").arg(describe(value)));
        return std::nullopt;
    }
    return value.toDouble();
}

bool JsonReader::boolean(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value)) {
        fail(key, QStringLiteral("missing"));
        return false;
    }
    return optionalBoolean(key).value_or(false);
}

std::optional<bool> JsonReader::optionalBoolean(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isNoneValue(value))
        return std::nullopt;
    if (!value.isBool()) {
        fail(key, QStringLiteral("expected a boolean, got %1").arg(describe(value)));
        return std::nullopt;
    }
    return value.toBool();
}

bool JsonReader::booleanOr(const QString &key, bool fallback)
{
    return optionalBoolean(key).value_or(fallback);
}

QString JsonReader::requiredText(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value)) {
        fail(key, QStringLiteral("missing"));
        return {};
    }
    return text(key);
}

QString JsonReader::text(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("expected a string, got %1").arg(describe(value)));
        return {};
    }
    return value.toString();
}

QStringList JsonReader::stringList(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("expected an array, got %1").arg(describe(value)));
        return {};
    }
    const QJsonArray array = value.toArray();
    QStringList result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            fail(key + QStringLiteral("[%1]").arg(i),
                 QStringLiteral("expected a string, got %1").arg(describe(item)));
            return {};
        }
        result.append(item.toString());
    }
    return result;
}

QDate JsonReader::date(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isNoneValue(value)) {
        fail(key, QStringLiteral("missing"));
        return {};
    }
    return optionalDate(key).value_or(QDate());
}

std::optional<QDate> JsonReader::optionalDate(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isNoneValue(value))
        return std::nullopt;
    if (!value.isString()) {
        fail(key, QStringLiteral("expected a date YYYY-MM-DD, got %1").arg(describe(value)));
        return std::nullopt;
    }
    const std::optional<QDate> date = parseDate(value.toString());
    if (!date)
        fail(key,
             QStringLiteral("expected a date YYYY-MM-DD, got %1").arg(quoted(value.toString())));
    return date;
}

std::optional<QDateTime> JsonReader::optionalTimestamp(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isNoneValue(value))
        return std::nullopt;
    if (!value.isString()) {
        fail(key, QStringLiteral("expected an ISO 8601 timestamp, got %1").arg(describe(value)));
        return std::nullopt;
    }
    const std::optional<QDateTime> timestamp = parseTimestamp(value.toString());
    if (!timestamp)
        fail(
            key,
            QStringLiteral("expected an ISO 8601 timestamp, got %1").arg(quoted(value.toString())));
    return timestamp;
}

QDateTime JsonReader::timestamp(const QString &key)
{
    return optionalTimestamp(key).value_or(QDateTime());
}

std::optional<QTime> JsonReader::optionalTime(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (isNoneValue(value))
        return std::nullopt;
    if (!value.isString()) {
        fail(key, QStringLiteral("expected a time HH:MM, got %1").arg(describe(value)));
        return std::nullopt;
    }
    const std::optional<QTime> time = parsePresenceTime(value.toString());
    if (!time)
        fail(key, QStringLiteral("expected a time HH:MM, got %1").arg(quoted(value.toString())));
    return time;
}
