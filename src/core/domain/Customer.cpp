// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Customer.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

std::optional<Customer> Customer::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<Customer>(json, QStringLiteral("company"), error);
}

Customer Customer::read(JsonReader &reader)
{
    Customer customer;
    customer.id = reader.integer(QStringLiteral("id"));
    customer.type = reader.text(QStringLiteral("type"));
    customer.name = reader.requiredText(QStringLiteral("name"));
    customer.identifier = reader.text(QStringLiteral("identifier"));
    customer.intern = reader.booleanOr(QStringLiteral("intern"), false);
    customer.currency = reader.text(QStringLiteral("currency"));
    customer.website = reader.text(QStringLiteral("website"));
    customer.customProperties =
        CustomFieldValues::readField(reader, QStringLiteral("custom_properties"));
    customer.createdAt = reader.timestamp(QStringLiteral("created_at"));
    customer.updatedAt = reader.timestamp(QStringLiteral("updated_at"));
    return customer;
}

QJsonObject Customer::toJson() const
{
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    QJsonObject json{{QStringLiteral("id"), JsonWriter::id(id)},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("identifier"), textOrNull(identifier)},
                     {QStringLiteral("intern"), intern},
                     {QStringLiteral("custom_properties"), customProperties.toJson()}};
    if (!type.isEmpty())
        json.insert(QStringLiteral("type"), type);
    if (!currency.isEmpty())
        json.insert(QStringLiteral("currency"), currency);
    if (!website.isEmpty())
        json.insert(QStringLiteral("website"), website);
    JsonWriter::putTimestamp(json, QStringLiteral("created_at"), createdAt);
    JsonWriter::putTimestamp(json, QStringLiteral("updated_at"), updatedAt);
    return json;
}
