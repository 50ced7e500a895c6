// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ProjectFilterProxy.h"

#include "core/models/ItemDataRole.h"
#include "core/models/ProjectsModel.h"
#include "core/models/SearchText.h"

ProjectFilterProxy::ProjectFilterProxy(ProjectsModel *source, QObject *parent)
    : TypeAheadFilterProxy(parent)
    , m_projects(source)
{
    Q_ASSERT(source);
    setSourceModel(source);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    sort(0);
}

bool ProjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (needles().isEmpty())
        return true;
    return SearchText::matches(m_projects->haystack(m_projects->index(sourceRow, 0, sourceParent)),
                               needles());
}

bool ProjectFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int leftRank = m_projects->pickRank(left);
    const int rightRank = m_projects->pickRank(right);
    if (leftRank != rightRank)
        return leftRank > rightRank;
    return left.row() < right.row(); // the source is in name order
}

QModelIndex ProjectFilterProxy::firstTask() const
{
    return firstTaskBelow({});
}

QModelIndex ProjectFilterProxy::firstTaskBelow(const QModelIndex &parent) const
{
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (child.data(ItemDataRole::TaskId).toLongLong() != 0)
            return child;
        if (const QModelIndex task = firstTaskBelow(child); task.isValid())
            return task;
    }
    return {};
}
