// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

// How the rows a model shows become another list of rows, each row named by
// a unique key (a local id): which runs of rows go, whether the rows in both
// lists keep their order, and which runs come in. A model applies it as
// rowsRemoved, (if needed) one layout change, and rowsInserted, so a view
// keeps its selection, current row and scroll position through a re-read of
// the store instead of starting over after a reset.
//
// Applied in this order the steps are consistent: removing removals() (last
// run first) from `before` leaves the kept rows; ordering them as in `after`
// (only when keptOrderChanged()) and inserting insertions() (first run first,
// at their rows in `after`) gives `after`.
class RowDiff
{
public:
    struct Run
    {
        int first = 0;
        int last = 0;
        int count() const { return last - first + 1; }
    };

    RowDiff(const std::vector<qint64> &before, const std::vector<qint64> &after);

    // Rows of `before`, from the bottom up: removing one run does not move
    // the rows of the next.
    const std::vector<Run> &removals() const { return m_removals; }
    // Whether the rows in both lists appear in another order in `after`.
    bool keptOrderChanged() const { return m_keptOrderChanged; }
    // Only when keptOrderChanged(): for each row left after removals(), the
    // row it moves to among the kept rows, so that they stand as in `after`.
    // A model moves its rows and persistent indexes with it.
    const std::vector<int> &keptMoves() const { return m_keptMoves; }
    // Moves the rows left after removals() as keptMoves() says.
    template<typename List>
    void moveKept(List &rows) const
    {
        List moved(rows.size());
        for (qsizetype row = 0; row < rows.size(); ++row)
            moved[m_keptMoves[static_cast<size_t>(row)]] = std::move(rows[row]);
        rows = std::move(moved);
    }
    // Rows of `after`, from the top down.
    const std::vector<Run> &insertions() const { return m_insertions; }
    bool isEmpty() const
    {
        return m_removals.empty() && m_insertions.empty() && !m_keptOrderChanged;
    }

private:
    std::vector<Run> m_removals;
    std::vector<Run> m_insertions;
    std::vector<int> m_keptMoves;
    bool m_keptOrderChanged = false;
};
