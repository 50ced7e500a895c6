// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/RowDiff.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// Runs of consecutive rows for which `take` is true.
template<typename Take>
std::vector<RowDiff::Run> runsOf(int rows, Take take)
{
    std::vector<RowDiff::Run> runs;
    for (int row = 0; row < rows; ++row) {
        if (!take(row))
            continue;
        if (!runs.empty() && runs.back().last == row - 1)
            runs.back().last = row;
        else
            runs.push_back({row, row});
    }
    return runs;
}

} // namespace

RowDiff::RowDiff(const std::vector<qint64> &before, const std::vector<qint64> &after)
{
    const QSet<qint64> inBefore(before.cbegin(), before.cend());
    const QSet<qint64> inAfter(after.cbegin(), after.cend());
    m_removals = runsOf(static_cast<int>(before.size()), [&](int row) {
        return !inAfter.contains(before[static_cast<size_t>(row)]);
    });
    std::reverse(m_removals.begin(), m_removals.end());
    m_insertions = runsOf(static_cast<int>(after.size()), [&](int row) {
        return !inBefore.contains(after[static_cast<size_t>(row)]);
    });

    // The kept rows in the order of each list: the same sequence, or a move.
    auto keptAfter = after.cbegin();
    for (const qint64 key : before) {
        if (!inAfter.contains(key))
            continue;
        while (!inBefore.contains(*keptAfter))
            ++keptAfter;
        if (*keptAfter != key) {
            m_keptOrderChanged = true;
            break;
        }
        ++keptAfter;
    }
    if (!m_keptOrderChanged)
        return;
    // Rank of each kept key among the kept ones in `after`.
    QHash<qint64, int> rankAfter;
    for (const qint64 key : after) {
        if (inBefore.contains(key))
            rankAfter.insert(key, static_cast<int>(rankAfter.size()));
    }
    for (const qint64 key : before) {
        if (inAfter.contains(key))
            m_keptMoves.push_back(rankAfter.value(key));
    }
}
