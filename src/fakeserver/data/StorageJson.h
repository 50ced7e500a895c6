// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Conversions shared by the records' storage and API JSON: null strings,
// optional numbers, timestamps and 64-bit ids.
class StorageJson
{
public:
    static QJsonValue nullableString(const QString &text);
    static QString readNullableString(const QJsonValue &value);
    static QJsonValue nullableId(qint64 id);
    static qint64 readId(const QJsonValue &value);
    static QJsonValue optionalNumber(std::optional<double> number);
    static std::optional<double> readOptionalNumber(const QJsonValue &value);
    static QJsonValue timestamp(const QDateTime &time);
    static QDateTime readTimestamp(const QJsonValue &value);
    static QJsonValue date(QDate date);
    static QDate readDate(const QJsonValue &value);
    static QJsonArray stringArray(const QStringList &list);
    static QStringList readStringArray(const QJsonValue &value);
};
