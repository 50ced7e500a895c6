// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ActivityFilterProxy.h"

#include "core/models/ActivitiesModel.h"
#include "core/models/ItemDataRole.h"
#include "core/models/SearchText.h"

ActivityFilterProxy::ActivityFilterProxy(ActivitiesModel *source, QObject *parent)
    : TypeAheadFilterProxy(parent)
    , m_activities(source)
{
    Q_ASSERT(source);
    setSourceModel(source);
}

bool ActivityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    return needles().isEmpty() || SearchText::matches(m_activities->haystack(sourceRow), needles());
}

void ActivityFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_activities->sort(column, order);
}
