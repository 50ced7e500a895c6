// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldDefinition.h"
#include "core/domain/Project.h"

#include <QList>
#include <optional>

class LocalStore;

// Projects with their tasks and custom field values, and the account's
// custom field definitions.
class ProjectCache
{
public:
    explicit ProjectCache(LocalStore *store);

    QList<Project> projects() const;
    std::optional<Project> project(qint64 id) const;
    // Replaces the whole list (the assigned projects are always read whole).
    bool replaceProjects(const QList<Project> &projects);
    bool writeProject(const Project &project);

    QList<CustomFieldDefinition> definitions(const QString &entity = {}) const;
    bool replaceDefinitions(const QList<CustomFieldDefinition> &definitions);

private:
    LocalStore *m_store;
};
