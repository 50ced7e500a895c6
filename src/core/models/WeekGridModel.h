// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/WeekCellChange.h"
#include "core/storage/LocalActivity.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <array>

class Clock;
class RowDiff;

// The week view: one row per project/task/description, a label column, a
// column per day Monday–Sunday and a total column; the last row holds the
// day totals and the week total. Cells are seconds (ItemDataRole::Seconds),
// running timers included live at the injected clock.
//
// Days are calendar dates (Activity::date), so totals do not move at a DST
// change, and a timer running past midnight counts on the day of its
// activity.
//
// Editing a day cell writes nothing: setData() plans the change (see
// planCellEdit) and emits cellChangeRequested() for LocalChanges to apply, or
// cellChangeRefused() with the reason. The store's storeChanged() then
// re-feeds the model.
//
// A re-feed of the shown week changes the model in place: rows that went are
// removed, new ones inserted at their sorted place, and dataChanged() names
// only the cells that show something else. Only another week resets it.
class WeekGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        MondayColumn,
        SundayColumn = MondayColumn + 6,
        TotalColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit WeekGridModel(const Clock *clock, QObject *parent = nullptr);

    // monday: any date of the week (moved back to its Monday). activities:
    // ActivityCache::between(monday, sunday); others are ignored. The same
    // week again updates the rows in place; another week resets the model.
    void setWeek(const QDate &monday, const QList<LocalActivity> &activities);
    QDate monday() const { return m_monday; }

    bool isTotalsRow(int row) const { return row == static_cast<int>(m_rows.size()); }
    qint64 secondsAt(int row, int day) const; // day 0 = Monday; the totals row too
    qint64 rowTotal(int row) const;
    qint64 weekTotal() const;

    // The adjust/create rule for typing a new total into a day cell:
    // - unchanged total: Kind::None;
    // - more time: if exactly one activity makes up the cell and it is neither
    //   billed nor running, it grows by the difference (Update); otherwise a
    //   new activity with the row's project, task and description is created
    //   for the difference (Create: never a 0-second create, which would
    //   start a timer for today);
    // - less time: only when exactly one activity makes up the cell and it is
    //   neither billed nor running: it shrinks (Update), or is deleted at 0
    //   (Delete). Several activities, billed or running time: Refused, with
    //   the reason — the day view can change them one by one.
    WeekCellChange planCellEdit(int row, int day, qint64 newTotal) const;

    void refreshElapsed();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void cellChangeRequested(const WeekCellChange &change);
    void cellChangeRefused(const QModelIndex &index, const QString &reason);

private:
    struct Row
    {
        QString key; // project, task and description: who the row is
        qint64 projectId = 0;
        qint64 taskId = 0;
        QString description;
        QString customerName;
        QString projectName;
        QString taskName;
        QString sortKey;
        std::array<qint64, 7> fixedSeconds{};           // stopped activities
        std::array<QList<LocalActivity>, 7> activities; // what makes up each day
    };

    struct RunningPlace
    {
        int row = 0;
        int day = 0;
        int activity = 0; // index into the row's activities of that day
    };

    struct CellState
    {
        qint64 seconds = 0;
        bool running = false;
        bool billed = false;
        bool blank = false; // no activity: the day shows nothing, not 0:00
        bool operator==(const CellState &) const = default;
    };
    using RowState = std::array<CellState, 8>; // the days, then the total

    static QList<Row> rowsOf(const QDate &monday, const QList<LocalActivity> &activities);
    void recount();
    void updateRows(QList<Row> rows);
    void moveKeptRows(const RowDiff &diff);
    static RowState stateOf(const Row &row, const QDateTime &now);
    static RowState totalsOf(const QList<Row> &rows, const QDateTime &now);

    QString label(const Row &row) const;
    bool cellHas(int row, int day, bool (*test)(const Activity &)) const;
    QVariant cellData(int row, int day, int role) const;

    const Clock *m_clock;
    QDate m_monday;
    QList<Row> m_rows;
    QList<RunningPlace> m_running; // at most one in practice; counted live
    std::array<qint64, 7> m_fixedDayTotals{};
};
