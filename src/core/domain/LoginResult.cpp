// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/LoginResult.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

std::optional<LoginResult> LoginResult::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<LoginResult>(json, QStringLiteral("session"), error);
}

LoginResult LoginResult::read(JsonReader &reader)
{
    LoginResult result;
    result.apiKey = reader.requiredText(QStringLiteral("api_key"));
    if (result.apiKey.isEmpty() && !reader.failed())
        reader.fail(QStringLiteral("api_key"), QStringLiteral("empty"));
    result.userId = reader.integer(QStringLiteral("user_id"));
    return result;
}

QJsonObject LoginResult::toJson() const
{
    return {{QStringLiteral("api_key"), apiKey},
            {QStringLiteral("user_id"), JsonWriter::id(userId)}};
}
