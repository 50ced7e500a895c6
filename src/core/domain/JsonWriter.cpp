// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/JsonWriter.h"

QString JsonWriter::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString JsonWriter::timestamp(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QString JsonWriter::time(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QJsonValue JsonWriter::id(qint64 id)
{
    return QJsonValue(id);
}

void JsonWriter::putDate(QJsonObject &object, const QString &key, const QDate &date)
{
    if (date.isValid())
        object.insert(key, JsonWriter::date(date));
}

void JsonWriter::putTimestamp(QJsonObject &object, const QString &key, const QDateTime &dateTime)
{
    if (dateTime.isValid())
        object.insert(key, timestamp(dateTime));
}

void JsonWriter::putTimestamp(QJsonObject &object, const QString &key,
                              const std::optional<QDateTime> &dateTime)
{
    if (dateTime)
        putTimestamp(object, key, *dateTime);
}

void JsonWriter::putTime(QJsonObject &object, const QString &key, const std::optional<QTime> &time)
{
    if (time && time->isValid())
        object.insert(key, JsonWriter::time(*time));
}

void JsonWriter::putInteger(QJsonObject &object, const QString &key,
                            const std::optional<qint64> &value)
{
    if (value)
        object.insert(key, QJsonValue(*value));
}

void JsonWriter::putNumber(QJsonObject &object, const QString &key,
                           const std::optional<double> &value)
{
    if (value)
        object.insert(key, *value);
}

void JsonWriter::putBool(QJsonObject &object, const QString &key, const std::optional<bool> &value)
{
    if (value)
        object.insert(key, *value);
}
