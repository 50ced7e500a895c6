// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// How the rows of a list change from one feed to the next, each row named by
// a unique key (WeekGridModel: project, task and description). A model
// applies the steps in this order, each to the rows the step before left:
// 1. removals(): old rows that go, bottom up, so removing one range does not
//    move the rows of the next;
// 2. if reorders(): the survivors move to their new relative order
//    (survivorMoves());
// 3. insertions(): new rows at their place in the new list, top down: when a
//    range is inserted, every row above it is already where the new list has
//    it.
// Rows in both lists keep their identity, so a view's current cell,
// selection and open editor stay with them.
class WeekRowsDiff
{
public:
    struct Range
    {
        int first = 0;
        int last = 0; // inclusive, as beginInsertRows/beginRemoveRows take it
        int count() const { return last - first + 1; }
        bool operator==(const Range &) const = default;
    };

    WeekRowsDiff(const QStringList &oldKeys, const QStringList &newKeys);

    const QList<Range> &removals() const { return m_removals; }
    bool reorders() const { return m_reorders; }
    // After the removals: for the survivor at row i, the row it moves to.
    const QList<int> &survivorMoves() const { return m_survivorMoves; }
    const QList<Range> &insertions() const { return m_insertions; }
    // Whether the rows stay the same: then only their cells can change.
    bool keepsRows() const { return m_removals.isEmpty() && m_insertions.isEmpty() && !m_reorders; }

private:
    static QList<Range> ranges(const QList<int> &rows);

    QList<Range> m_removals;
    QList<Range> m_insertions;
    QList<int> m_survivorMoves;
    bool m_reorders = false;
};
