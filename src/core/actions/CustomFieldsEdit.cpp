// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/CustomFieldsEdit.h"

#include "core/actions/CustomFieldCheck.h"

#include <algorithm>

CustomFieldsEdit::CustomFieldsEdit(QList<CustomFieldDefinition> definitions,
                                   CustomFieldValues asRead)
    : m_definitions(std::move(definitions))
    , m_asRead(std::move(asRead))
{}

void CustomFieldsEdit::set(const QString &name, const CustomFieldValue &value)
{
    // A missing field reads as "" (or [] for a list): choosing that again is
    // no change either.
    const bool asRead = m_asRead.contains(name) ? m_asRead.value(name) == value : value.isEmpty();
    if (asRead)
        m_changes.remove(name);
    else
        m_changes.set(name, value);
}

void CustomFieldsEdit::revert()
{
    m_changes = {};
    m_conflicts.clear();
}

CustomFieldValue CustomFieldsEdit::shown(const QString &name) const
{
    return m_changes.contains(name) ? m_changes.value(name) : m_asRead.value(name);
}

const CustomFieldDefinition *CustomFieldsEdit::definition(const QString &name) const
{
    const auto found = std::find_if(
        m_definitions.cbegin(), m_definitions.cend(),
        [&](const CustomFieldDefinition &definition) { return definition.name == name; });
    return found == m_definitions.cend() ? nullptr : &*found;
}

QMap<QString, QString> CustomFieldsEdit::problems() const
{
    QMap<QString, QString> problems;
    // Only what the user typed: a value MOCO already holds is MOCO's.
    for (auto it = m_changes.values().cbegin(); it != m_changes.values().cend(); ++it) {
        if (const CustomFieldDefinition *field = definition(it.key())) {
            const QString problem = CustomFieldCheck::problem(*field, it.value());
            if (!problem.isEmpty())
                problems.insert(it.key(), problem);
        }
    }
    const QString size = CustomFieldCheck::sizeProblem(complete());
    if (!size.isEmpty() && hasChanges())
        problems.insert(QString(), size);
    return problems;
}

QList<CustomFieldsEdit::Conflict> CustomFieldsEdit::rebase(const CustomFieldValues &server)
{
    m_conflicts.clear();
    CustomFieldValues changes;
    for (auto it = m_changes.values().cbegin(); it != m_changes.values().cend(); ++it) {
        const QString &name = it.key();
        const CustomFieldValue read = m_asRead.value(name);
        const CustomFieldValue now = server.value(name);
        if (now == read || now == it.value()) {
            // Unchanged on the server, or changed there to the same value.
            if (now != it.value())
                changes.set(name, it.value());
            continue;
        }
        m_conflicts.append({name, read, it.value(), now});
        changes.set(name, it.value());
    }
    m_asRead = server;
    m_changes = changes;
    return m_conflicts;
}

void CustomFieldsEdit::resolve(const QString &name, bool keepMine)
{
    const auto found =
        std::find_if(m_conflicts.begin(), m_conflicts.end(),
                     [&](const Conflict &conflict) { return conflict.name == name; });
    if (found == m_conflicts.end())
        return;
    if (!keepMine)
        m_changes.remove(name);
    m_conflicts.erase(found);
}
