// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/TypeAheadFilterProxy.h"

class ActivitiesModel;

// Sorting and type-ahead over ActivitiesModel. sort() is handed to the
// source model, which sorts its rows by typed values (dates as dates,
// durations as seconds) far faster than a proxy can; the proxy keeps the
// source order and only filters: by every
// typed word in customer, project, task or description, ignoring case and
// accents.
class ActivityFilterProxy : public TypeAheadFilterProxy
{
    Q_OBJECT
public:
    explicit ActivityFilterProxy(ActivitiesModel *source, QObject *parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ActivitiesModel *m_activities;
};
