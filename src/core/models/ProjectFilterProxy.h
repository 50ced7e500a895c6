// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ProjectTaskKey.h"
#include "core/models/TypeAheadFilterProxy.h"

class ProjectTaskListModel;
class ProjectsModel;

// The picker's list: every bookable project/task pair of a ProjectsModel as one row
// (ProjectTaskListModel), filtered by type-ahead — every typed word must occur, ignoring case
// and accents, in the customer, project identifier, project or task name — and ordered by
// ProjectTaskRanking for the typed text (exact project + task words, favourites, recent, rest).
class ProjectFilterProxy : public TypeAheadFilterProxy
{
    Q_OBJECT
public:
    explicit ProjectFilterProxy(ProjectsModel *projects, QObject *parent = nullptr);

    ProjectTaskListModel *pairs() const { return m_pairs; }

    // The first row in display order (what Enter picks), or invalid.
    QModelIndex firstTask() const;
    QModelIndex indexOf(const ProjectTaskKey &key) const; // invalid when filtered out or unknown
    ProjectTaskKey keyOf(const QModelIndex &proxyIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool ordersByNeedles() const override { return true; }

private:
    ProjectTaskListModel *m_pairs;
};
