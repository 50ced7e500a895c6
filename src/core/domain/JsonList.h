// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/JsonReader.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Parses a JSON array of T (an API list response). Errors name the element:
// "[3].date: expected a date YYYY-MM-DD, got \"2022-13-01\"".
template<typename T>
std::optional<QList<T>> listFromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parseList<T>(json, error);
}

// Writes a list of T (each with toJson()) as a JSON array.
template<typename T>
QJsonArray listToJson(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}
