// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CustomFieldValues.h"

#include "core/domain/JsonReader.h"

#include <QJsonArray>

void CustomFieldValues::setText(const QString &name, const QString &text)
{
    set(name, CustomFieldValue(text));
}

void CustomFieldValues::setList(const QString &name, const QStringList &list)
{
    set(name, CustomFieldValue(list));
}

void CustomFieldValues::setBoolean(const QString &name, bool value)
{
    set(name, CustomFieldValue::fromBool(value));
}

void CustomFieldValues::setDate(const QString &name, const QDate &date)
{
    set(name, CustomFieldValue::fromDate(date));
}

CustomFieldValues CustomFieldValues::mergedWith(const CustomFieldValues &changes) const
{
    CustomFieldValues result = *this;
    for (auto it = changes.m_values.cbegin(); it != changes.m_values.cend(); ++it)
        result.m_values.insert(it.key(), it.value());
    return result;
}

std::optional<CustomFieldValues> CustomFieldValues::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<CustomFieldValues>(json, QStringLiteral("custom_properties"), error);
}

CustomFieldValues CustomFieldValues::read(JsonReader &reader)
{
    CustomFieldValues result;
    const QJsonObject &object = reader.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QString error;
        const std::optional<CustomFieldValue> value =
            CustomFieldValue::fromJson(it.value(), &error, it.key());
        if (!value) {
            reader.failRelative(error);
            continue;
        }
        result.m_values.insert(it.key(), *value);
    }
    return result;
}

CustomFieldValues CustomFieldValues::readField(JsonReader &parent, const QString &key)
{
    const QJsonValue value = parent.raw(key);
    if (value.isArray() && value.toArray().isEmpty())
        return {};
    if (!parent.has(key))
        return {};
    JsonReader nested = parent.child(key);
    if (!nested.expectObject())
        return {};
    return read(nested);
}

QJsonObject CustomFieldValues::toJson() const
{
    QJsonObject json;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        json.insert(it.key(), it.value().toJson());
    return json;
}
