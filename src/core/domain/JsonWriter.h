// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTime>

#include <optional>

// The formats MOCO expects, in one place: dates "YYYY-MM-DD", timestamps
// ISO 8601 in UTC with "Z", presence times "HH:MM". Optional values that are
// none are left out of the object rather than written as null.
class JsonWriter
{
public:
    static QString date(const QDate &date);
    static QString timestamp(const QDateTime &dateTime); // UTC, "…Z"; ms only when non-zero
    static QString time(const QTime &time);              // "HH:MM"
    static QJsonValue id(qint64 id);                     // exact up to 2^53 in JSON

    // Each put* leaves `object` unchanged when the value is none.
    static void putDate(QJsonObject &object, const QString &key, const QDate &date);
    static void putTimestamp(QJsonObject &object, const QString &key, const QDateTime &dateTime);
    static void putTimestamp(QJsonObject &object, const QString &key,
                             const std::optional<QDateTime> &dateTime);
    static void putTime(QJsonObject &object, const QString &key, const std::optional<QTime> &time);
    static void putInteger(QJsonObject &object, const QString &key,
                           const std::optional<qint64> &value);
    static void putNumber(QJsonObject &object, const QString &key,
                          const std::optional<double> &value);
    static void putBool(QJsonObject &object, const QString &key, const std::optional<bool> &value);
};
