// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ActivityFilterProxy.h"

#include "core/models/ActivitiesModel.h"
#include "core/models/ItemDataRole.h"
#include "core/models/SearchText.h"

ActivityFilterProxy::ActivityFilterProxy(ActivitiesModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_activities(source)
{
    Q_ASSERT(source);
    setSourceModel(source);
}

void ActivityFilterProxy::setFilterText(const QString &typed)
{
    const QStringList needles = SearchText::needles(typed);
    if (needles == m_needles)
        return;
        // invalidateFilter() is deprecated from Qt 6.13; its successors exist from 6.10.
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    m_needles = needles;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_needles = needles;
    invalidateFilter();
#endif
}

bool ActivityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    return m_needles.isEmpty() || SearchText::matches(m_activities->haystack(sourceRow), m_needles);
}

void ActivityFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_activities->sort(column, order);
}
