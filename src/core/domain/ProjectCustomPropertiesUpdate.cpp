// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ProjectCustomPropertiesUpdate.h"

ProjectCustomPropertiesUpdate::ProjectCustomPropertiesUpdate(const CustomFieldValues &stored)
    : m_stored(stored)
{}

void ProjectCustomPropertiesUpdate::set(const QString &name, const CustomFieldValue &value)
{
    m_changes.set(name, value);
}

void ProjectCustomPropertiesUpdate::clear(const QString &name)
{
    const bool isList = m_stored.contains(name) && m_stored.value(name).isList();
    m_changes.set(name, isList ? CustomFieldValue(QStringList()) : CustomFieldValue(QString()));
}

QJsonObject ProjectCustomPropertiesUpdate::toJson() const
{
    return {{QStringLiteral("custom_properties"), merged().toJson()}};
}
