// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CustomPropertiesUpdate.h"

CustomPropertiesUpdate::CustomPropertiesUpdate(const CustomFieldValues &stored)
    : m_stored(stored)
{}

void CustomPropertiesUpdate::set(const QString &name, const CustomFieldValue &value)
{
    m_changes.set(name, value);
}

void CustomPropertiesUpdate::clear(const QString &name)
{
    const bool isList = m_stored.contains(name) && m_stored.value(name).isList();
    m_changes.set(name, isList ? CustomFieldValue(QStringList()) : CustomFieldValue(QString()));
}

QJsonObject CustomPropertiesUpdate::toJson() const
{
    return {{QStringLiteral("custom_properties"), merged().toJson()}};
}
