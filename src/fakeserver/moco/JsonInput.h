// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

// Lenient reading of request values, as Rails does: numbers may come as
// strings, booleans as "true"/"1".
class JsonInput
{
public:
    // Absent, null and "" count as not given.
    static bool isBlank(const QJsonValue &value);
    static std::optional<qint64> integer(const QJsonValue &value);
    static std::optional<double> number(const QJsonValue &value);
    static std::optional<bool> boolean(const QJsonValue &value);
    // Strings as is, numbers and booleans as text; nullopt for arrays/objects.
    static std::optional<QString> text(const QJsonValue &value);
};
