// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/CustomFieldStore.h"

QList<CustomFieldDefinition> CustomFieldStore::ofEntity(const QString &entity) const
{
    QList<CustomFieldDefinition> result;
    for (const CustomFieldDefinition &field : m_fields) {
        if (field.entity == entity)
            result.append(field);
    }
    return result;
}

QJsonArray CustomFieldStore::toStorage() const
{
    QJsonArray array;
    for (const CustomFieldDefinition &field : m_fields)
        array.append(field.toStorage());
    return array;
}

void CustomFieldStore::fromStorage(const QJsonArray &array)
{
    m_fields.clear();
    for (const QJsonValue &value : array)
        m_fields.append(CustomFieldDefinition::fromStorage(value.toObject()));
}
