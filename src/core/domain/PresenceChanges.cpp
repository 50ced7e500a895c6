// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PresenceChanges.h"

#include "core/domain/JsonWriter.h"

bool PresenceChanges::isEmpty() const
{
    return !date && !from && !to && !isHomeOffice;
}

QJsonObject PresenceChanges::toJson() const
{
    QJsonObject json;
    if (date)
        JsonWriter::putDate(json, QStringLiteral("date"), *date);
    JsonWriter::putTime(json, QStringLiteral("from"), from);
    JsonWriter::putTime(json, QStringLiteral("to"), to);
    JsonWriter::putBool(json, QStringLiteral("is_home_office"), isHomeOffice);
    return json;
}
