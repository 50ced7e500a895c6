// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldValue.h"
#include "core/domain/CustomFieldValues.h"

#include <QJsonObject>
#include <QString>

// The body of PUT /projects/{id} or /companies/{id} that changes custom fields:
// {"custom_properties": {…}}. Accounts under the older rule delete every
// field left out of an update, so the body always carries the full map that
// was read, with the changes put over it (harmless under the newer merge
// rule). Clearing a value sends "" ([] for a list).
class CustomPropertiesUpdate
{
public:
    explicit CustomPropertiesUpdate(const CustomFieldValues &stored);

    void set(const QString &name, const CustomFieldValue &value);
    void clear(const QString &name); // "" or [] depending on the stored value
    bool hasChanges() const { return !m_changes.isEmpty(); }
    CustomFieldValues changes() const { return m_changes; }
    CustomFieldValues merged() const { return m_stored.mergedWith(m_changes); }

    QJsonObject toJson() const;

private:
    CustomFieldValues m_stored;
    CustomFieldValues m_changes;
};
