// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PresenceDraft.h"

#include "core/domain/JsonWriter.h"

bool PresenceDraft::isValid() const
{
    if (!date.isValid() || !from.isValid())
        return false;
    if (to && (!to->isValid() || *to < from))
        return false;
    return true;
}

QJsonObject PresenceDraft::toJson() const
{
    QJsonObject json{{QStringLiteral("date"), JsonWriter::date(date)},
                     {QStringLiteral("from"), JsonWriter::time(from)},
                     {QStringLiteral("is_home_office"), isHomeOffice}};
    JsonWriter::putTime(json, QStringLiteral("to"), to);
    return json;
}
