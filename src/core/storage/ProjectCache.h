// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Project.h"

#include <QList>
#include <optional>

class LocalStore;

// Projects with their tasks and custom field values (the definitions are
// in CustomFieldDefinitionCache).
class ProjectCache
{
public:
    explicit ProjectCache(LocalStore *store);

    QList<Project> projects() const;
    std::optional<Project> project(qint64 id) const;
    // Replaces the whole list (the assigned projects are always read whole).
    bool replaceProjects(const QList<Project> &projects);
    bool writeProject(const Project &project);

private:
    LocalStore *m_store;
};
