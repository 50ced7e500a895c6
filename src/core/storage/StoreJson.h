// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// How values are written into the store's text columns.
class StoreJson
{
public:
    static QString toText(const QJsonObject &object);
    static QJsonObject toObject(const QString &text); // {} for null or invalid
    static QString toText(const QDateTime &utc);      // "" for invalid
    static QDateTime toDateTime(const QString &text);
};
