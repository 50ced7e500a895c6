// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/CustomPropertyUpdater.h"

#include "fakeserver/api/FieldErrors.h"
#include "fakeserver/data/TimeFormat.h"
#include "fakeserver/moco/JsonInput.h"
#include "fakeserver/moco/Messages.h"

#include <QJsonArray>
#include <QJsonDocument>

bool CustomPropertyUpdater::apply(const QJsonObject &stored, const QJsonObject &submitted,
                                  const QList<CustomFieldDefinition> &definitions, Mode mode,
                                  QJsonObject *result, FieldErrors *errors)
{
    QJsonObject updated = mode == Mode::Merge ? stored : QJsonObject();
    for (const CustomFieldDefinition &field : definitions) {
        if (!submitted.contains(field.name))
            continue;
        const std::optional<QJsonValue> value =
            normalize(field, submitted.value(field.name), errors);
        if (value)
            updated.insert(field.name, *value);
        else if (stored.contains(field.name))
            updated.insert(field.name, stored.value(field.name));
    }
    if (!errors->isEmpty())
        return false;
    if (QJsonDocument(updated).toJson(QJsonDocument::Compact).size() > maxBytes) {
        errors->add(QStringLiteral("custom_properties"), Messages::tooLarge());
        return false;
    }
    *result = updated;
    return true;
}

std::optional<QJsonValue> CustomPropertyUpdater::normalize(const CustomFieldDefinition &field,
                                                           const QJsonValue &value,
                                                           FieldErrors *errors)
{
    const QString &kind = field.kind;
    if (kind == QLatin1String("MultiSelect")) {
        QJsonArray items;
        if (value.isArray())
            items = value.toArray();
        else if (value.isString())
            items.append(value);
        else if (!value.isNull())
            return std::nullopt;
        QJsonArray kept;
        for (const QJsonValue &item : items) {
            if (item.isString() && field.defaults.contains(item.toString()))
                kept.append(item);
        }
        return kept;
    }
    if (kind == QLatin1String("Boolean")) {
        const std::optional<bool> flag = JsonInput::boolean(value);
        if (!flag)
            return std::nullopt;
        return *flag ? QStringLiteral("1") : QStringLiteral("0");
    }
    const std::optional<QString> text = JsonInput::text(value);
    if (!text)
        return std::nullopt;
    if (kind == QLatin1String("Select")) {
        if (!field.defaults.contains(*text))
            return std::nullopt;
        return *text;
    }
    if (kind == QLatin1String("Date") && !text->isEmpty() &&
        !TimeFormat::parseDate(*text).isValid()) {
        errors->add(QStringLiteral("custom_properties"),
                    field.name + QLatin1Char(' ') + Messages::invalidDate());
        return std::nullopt;
    }
    if (kind == QLatin1String("Link") && !text->isEmpty()) {
        static const QStringList schemes{QStringLiteral("http://"), QStringLiteral("https://"),
                                         QStringLiteral("mailto:"), QStringLiteral("tel:")};
        const bool allowed = std::any_of(schemes.cbegin(), schemes.cend(), [&](const QString &s) {
            return text->startsWith(s, Qt::CaseInsensitive);
        });
        if (!allowed) {
            errors->add(QStringLiteral("custom_properties"),
                        field.name + QLatin1Char(' ') + Messages::invalidUrl());
            return std::nullopt;
        }
    }
    // String, Textarea and kinds this server does not know: stored as text.
    return *text;
}
