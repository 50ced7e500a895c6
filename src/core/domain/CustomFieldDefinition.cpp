// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CustomFieldDefinition.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace {

using Kind = CustomFieldDefinition::Kind;

constexpr std::array<std::pair<Kind, const char *>, 7> kindNames{{
    {Kind::String, "String"},
    {Kind::Textarea, "Textarea"},
    {Kind::Link, "Link"},
    {Kind::Boolean, "Boolean"},
    {Kind::Select, "Select"},
    {Kind::MultiSelect, "MultiSelect"},
    {Kind::Date, "Date"},
}};

} // namespace

CustomFieldDefinition::Kind CustomFieldDefinition::kindFromString(const QString &raw)
{
    for (const auto &[kind, name] : kindNames) {
        if (raw == QLatin1String(name))
            return kind;
    }
    return Kind::String;
}

QString CustomFieldDefinition::kindToString(Kind kind)
{
    for (const auto &[candidate, name] : kindNames) {
        if (candidate == kind)
            return QLatin1String(name);
    }
    return QStringLiteral("String");
}

QString CustomFieldDefinition::label(const QString &uiLanguage) const
{
    const bool alternative = !uiLanguage.startsWith(QLatin1String("de"));
    return alternative && !nameAlt.trimmed().isEmpty() ? nameAlt : name;
}

QString CustomFieldDefinition::placeholderIn(const QString &uiLanguage) const
{
    const bool alternative = !uiLanguage.startsWith(QLatin1String("de"));
    return alternative && !placeholderAlt.trimmed().isEmpty() ? placeholderAlt : placeholder;
}

bool CustomFieldDefinition::isKnownKind() const
{
    for (const auto &entry : kindNames) {
        if (rawKind == QLatin1String(entry.second))
            return true;
    }
    return false;
}

std::optional<CustomFieldDefinition> CustomFieldDefinition::fromJson(const QJsonValue &json,
                                                                     QString *error)
{
    return JsonReader::parse<CustomFieldDefinition>(json, QStringLiteral("custom_property"), error);
}

CustomFieldDefinition CustomFieldDefinition::read(JsonReader &reader)
{
    CustomFieldDefinition field;
    field.id = reader.integer(QStringLiteral("id"));
    field.name = reader.requiredText(QStringLiteral("name"));
    field.nameAlt = reader.text(QStringLiteral("name_alt"));
    field.placeholder = reader.text(QStringLiteral("placeholder"));
    field.placeholderAlt = reader.text(QStringLiteral("placeholder_alt"));
    field.entity = reader.text(QStringLiteral("entity"));
    field.rawKind = reader.text(QStringLiteral("kind"));
    field.kind = kindFromString(field.rawKind);
    field.defaults = reader.stringList(QStringLiteral("defaults"));
    field.printOnInvoice = reader.booleanOr(QStringLiteral("print_on_invoice"), false);
    field.printOnOffer = reader.booleanOr(QStringLiteral("print_on_offer"), false);
    field.printOnTimesheet = reader.booleanOr(QStringLiteral("print_on_timesheet"), false);
    field.notificationEnabled = reader.booleanOr(QStringLiteral("notification_enabled"), false);
    field.apiOnly = reader.booleanOr(QStringLiteral("api_only"), false);
    field.createdAt = reader.timestamp(QStringLiteral("created_at"));
    field.updatedAt = reader.timestamp(QStringLiteral("updated_at"));
    return field;
}

QJsonObject CustomFieldDefinition::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), JsonWriter::id(id)},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("name_alt"), nameAlt},
                     {QStringLiteral("placeholder"), placeholder},
                     {QStringLiteral("placeholder_alt"), placeholderAlt},
                     {QStringLiteral("entity"), entity},
                     {QStringLiteral("defaults"), QJsonArray::fromStringList(defaults)},
                     {QStringLiteral("print_on_invoice"), printOnInvoice},
                     {QStringLiteral("print_on_offer"), printOnOffer},
                     {QStringLiteral("print_on_timesheet"), printOnTimesheet},
                     {QStringLiteral("notification_enabled"), notificationEnabled},
                     {QStringLiteral("api_only"), apiOnly}};
    // A definition read without a kind writes none back, so it reads the same.
    if (!rawKind.isEmpty())
        json.insert(QStringLiteral("kind"), rawKind);
    else if (kind != Kind::String)
        json.insert(QStringLiteral("kind"), kindToString(kind));
    JsonWriter::putTimestamp(json, QStringLiteral("created_at"), createdAt);
    JsonWriter::putTimestamp(json, QStringLiteral("updated_at"), updatedAt);
    return json;
}
