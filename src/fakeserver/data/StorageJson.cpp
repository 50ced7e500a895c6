// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/StorageJson.h"

#include "fakeserver/data/TimeFormat.h"

QJsonValue StorageJson::nullableString(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString StorageJson::readNullableString(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QJsonValue StorageJson::nullableId(qint64 id)
{
    return id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

qint64 StorageJson::readId(const QJsonValue &value)
{
    return value.isDouble() ? value.toInteger() : 0;
}

QJsonValue StorageJson::optionalNumber(std::optional<double> number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

std::optional<double> StorageJson::readOptionalNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QJsonValue StorageJson::timestamp(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(TimeFormat::isoUtc(time)) : QJsonValue(QJsonValue::Null);
}

QDateTime StorageJson::readTimestamp(const QJsonValue &value)
{
    return value.isString() ? TimeFormat::parseIso(value.toString()) : QDateTime();
}

QJsonValue StorageJson::date(QDate date)
{
    return date.isValid() ? QJsonValue(TimeFormat::isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QDate StorageJson::readDate(const QJsonValue &value)
{
    return value.isString() ? TimeFormat::parseDate(value.toString()) : QDate();
}

QJsonArray StorageJson::stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList StorageJson::readStringArray(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}
