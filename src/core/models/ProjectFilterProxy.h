// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/TypeAheadFilterProxy.h"

class ProjectsModel;

// Type-ahead over ProjectsModel: every typed word must occur, ignoring case
// and accents, in the customer, project identifier, project or task name of a
// row (or its ancestors); parents of matches stay visible. Favourites, then
// recently used pairs come first at every level, otherwise name order.
class ProjectFilterProxy : public TypeAheadFilterProxy
{
    Q_OBJECT
public:
    explicit ProjectFilterProxy(ProjectsModel *source, QObject *parent = nullptr);

    // The first task row in display order (what Enter picks), or invalid.
    QModelIndex firstTask() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QModelIndex firstTaskBelow(const QModelIndex &parent) const;

    ProjectsModel *m_projects;
};
