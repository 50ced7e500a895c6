// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/TypeAheadFilterProxy.h"

#include "core/models/SearchText.h"

void TypeAheadFilterProxy::setFilterText(const QString &typed)
{
    m_typed = typed;
    const QStringList needles = SearchText::needles(typed);
    if (needles == m_needles)
        return;
    if (ordersByNeedles()) {
        m_needles = needles;
        invalidate();
        return;
    }
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
