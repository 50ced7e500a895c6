// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/WeekRowsDiff.h"

#include <QHash>
#include <QSet>

#include <algorithm>

WeekRowsDiff::WeekRowsDiff(const QStringList &oldKeys, const QStringList &newKeys)
{
    QHash<QString, int> newRowOf;
    newRowOf.reserve(newKeys.size());
    for (int row = 0; row < newKeys.size(); ++row)
        newRowOf.insert(newKeys.at(row), row);
    Q_ASSERT(newRowOf.size() == newKeys.size()); // keys are unique

    QList<int> gone;
    QList<int> survivorsNewRows; // in old order
    for (int row = 0; row < oldKeys.size(); ++row) {
        const auto found = newRowOf.constFind(oldKeys.at(row));
        if (found == newRowOf.constEnd())
            gone.append(row);
        else
            survivorsNewRows.append(found.value());
    }
    m_removals = ranges(gone);
    std::reverse(m_removals.begin(), m_removals.end());

    m_reorders = !std::is_sorted(survivorsNewRows.cbegin(), survivorsNewRows.cend());
    if (m_reorders) {
        // Where each survivor ends among the survivors: its rank by new row.
        QList<int> sorted = survivorsNewRows;
        std::sort(sorted.begin(), sorted.end());
        m_survivorMoves.reserve(survivorsNewRows.size());
        for (const int newRow : std::as_const(survivorsNewRows)) {
            m_survivorMoves.append(static_cast<int>(
                std::lower_bound(sorted.cbegin(), sorted.cend(), newRow) - sorted.cbegin()));
        }
    }

    const QSet<QString> oldKeySet(oldKeys.cbegin(), oldKeys.cend());
    QList<int> added;
    for (int row = 0; row < newKeys.size(); ++row) {
        if (!oldKeySet.contains(newKeys.at(row)))
            added.append(row);
    }
    m_insertions = ranges(added);
}

QList<WeekRowsDiff::Range> WeekRowsDiff::ranges(const QList<int> &rows)
{
    // rows ascending; neighbours go into one range, one signal pair each.
    QList<Range> result;
    for (const int row : rows) {
        if (!result.isEmpty() && result.last().last + 1 == row)
            result.last().last = row;
        else
            result.append(Range{row, row});
    }
    return result;
}
