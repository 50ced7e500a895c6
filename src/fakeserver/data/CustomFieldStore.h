// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/data/CustomFieldDefinition.h"

#include <QJsonArray>
#include <QList>

class CustomFieldStore
{
public:
    const QList<CustomFieldDefinition> &all() const { return m_fields; }
    QList<CustomFieldDefinition> ofEntity(const QString &entity) const;
    void add(const CustomFieldDefinition &field) { m_fields.append(field); }
    void clear() { m_fields.clear(); }

    QJsonArray toStorage() const;
    void fromStorage(const QJsonArray &array);

private:
    QList<CustomFieldDefinition> m_fields;
};
