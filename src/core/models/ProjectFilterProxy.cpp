// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ProjectFilterProxy.h"

#include "core/models/ProjectTaskListModel.h"
#include "core/models/ProjectTaskRanking.h"
#include "core/models/SearchText.h"

ProjectFilterProxy::ProjectFilterProxy(ProjectsModel *projects, QObject *parent)
    : TypeAheadFilterProxy(parent)
    , m_pairs(new ProjectTaskListModel(projects, this))
{
    setSourceModel(m_pairs);
    setDynamicSortFilter(true);
    sort(0);
}

bool ProjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return needles().isEmpty() || SearchText::matches(m_pairs->haystack(sourceRow), needles());
}

bool ProjectFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const ProjectTaskRanking ranking(needles());
    const ProjectTaskRanking::Entry &a = m_pairs->rankingEntry(left.row());
    const ProjectTaskRanking::Entry &b = m_pairs->rankingEntry(right.row());
    if (ranking.before(a, b))
        return true;
    if (ranking.before(b, a))
        return false;
    return left.row() < right.row(); // the source is in name order
}

QModelIndex ProjectFilterProxy::firstTask() const
{
    return index(0, 0);
}

QModelIndex ProjectFilterProxy::indexOf(const ProjectTaskKey &key) const
{
    const int row = m_pairs->rowOf(key);
    return row < 0 ? QModelIndex() : mapFromSource(m_pairs->index(row));
}

ProjectTaskKey ProjectFilterProxy::keyOf(const QModelIndex &proxyIndex) const
{
    return proxyIndex.isValid() ? m_pairs->keyAt(mapToSource(proxyIndex).row()) : ProjectTaskKey{};
}
