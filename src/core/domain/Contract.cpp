// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Contract.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

std::optional<Contract> Contract::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<Contract>(json, QStringLiteral("contract"), error);
}

Contract Contract::read(JsonReader &reader)
{
    Contract contract;
    contract.id = reader.optionalInteger(QStringLiteral("id")).value_or(0);
    contract.userId = reader.integer(QStringLiteral("user_id"));
    contract.active = reader.boolean(QStringLiteral("active"));
    contract.firstName = reader.text(QStringLiteral("firstname"));
    contract.lastName = reader.text(QStringLiteral("lastname"));
    contract.billable = reader.optionalBoolean(QStringLiteral("billable"));
    contract.budget = reader.optionalNumber(QStringLiteral("budget"));
    contract.hourlyRate = reader.optionalNumber(QStringLiteral("hourly_rate"));
    return contract;
}

QJsonObject Contract::toJson() const
{
    QJsonObject json{{QStringLiteral("user_id"), JsonWriter::id(userId)},
                     {QStringLiteral("active"), active}};
    if (id != 0)
        json.insert(QStringLiteral("id"), JsonWriter::id(id));
    if (!firstName.isEmpty())
        json.insert(QStringLiteral("firstname"), firstName);
    if (!lastName.isEmpty())
        json.insert(QStringLiteral("lastname"), lastName);
    JsonWriter::putBool(json, QStringLiteral("billable"), billable);
    JsonWriter::putNumber(json, QStringLiteral("budget"), budget);
    JsonWriter::putNumber(json, QStringLiteral("hourly_rate"), hourlyRate);
    return json;
}
