// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/SessionInfo.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

std::optional<SessionInfo> SessionInfo::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<SessionInfo>(json, QStringLiteral("session"), error);
}

SessionInfo SessionInfo::read(JsonReader &reader)
{
    SessionInfo session;
    session.userId = reader.integer(QStringLiteral("id"));
    session.uuid = reader.text(QStringLiteral("uuid"));
    return session;
}

QJsonObject SessionInfo::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), JsonWriter::id(userId)}};
    if (!uuid.isEmpty())
        json.insert(QStringLiteral("uuid"), uuid);
    return json;
}
