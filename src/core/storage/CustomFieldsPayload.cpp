// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CustomFieldsPayload.h"

namespace {
const QString changesKey = QStringLiteral("changes");
const QString baseKey = QStringLiteral("base");
} // namespace

std::optional<CustomFieldsPayload> CustomFieldsPayload::fromJson(const QJsonObject &json)
{
    QString error;
    std::optional<CustomFieldValues> changes =
        CustomFieldValues::fromJson(json.value(changesKey), &error);
    if (!changes)
        return std::nullopt;
    std::optional<CustomFieldValues> base =
        CustomFieldValues::fromJson(json.value(baseKey), &error);
    return CustomFieldsPayload{std::move(*changes), base.value_or(CustomFieldValues())};
}

QJsonObject CustomFieldsPayload::toJson() const
{
    return QJsonObject{{changesKey, changes.toJson()}, {baseKey, base.toJson()}};
}

CustomFieldValues CustomFieldsPayload::withUnsent(CustomFieldValues values,
                                                  const QList<OutboxItem> &items)
{
    for (const OutboxItem &item : items) {
        if (item.kind != OutboxItem::Kind::UpdateProjectFields &&
            item.kind != OutboxItem::Kind::UpdateCustomerFields)
            continue;
        if (const std::optional<CustomFieldsPayload> payload = fromJson(item.payload))
            values = values.mergedWith(payload->changes);
    }
    return values;
}
