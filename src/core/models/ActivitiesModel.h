// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/LocalActivity.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <vector>

class Clock;
class RowDiff;

// The activities of a date range (day or week view) for one user: date,
// customer, project, task, description, duration, billable, billed, timer.
//
// Fed with ActivityCache::between(from, to): LocalActivity rather than
// Activity because the view needs what only the store knows — the localId that
// addresses a record before MOCO gave it an id (edits and deletes go through
// LocalChanges by localId), and whether a change is pending or was refused.
//
// A running timer's duration is seconds + (now − timer_started_at) at the
// injected clock, computed when read; refreshElapsed() only asks views to
// repaint. Billed rows are read-only. Edits are not written here: setData()
// on description or duration emits editRequested() with the edited activity
// for LocalChanges::updateActivity(); the store's storeChanged() then re-feeds
// the model.
class ActivitiesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        CustomerColumn,
        ProjectColumn,
        TaskColumn,
        DescriptionColumn,
        DurationColumn,
        BillableColumn,
        BilledColumn,
        TimerColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ActivitiesModel(const Clock *clock, QObject *parent = nullptr);

    // The signed-in or impersonated user. Activities of another user (the
    // server always filters by user_id; this guards a mixed cache) are left out.
    // 0 accepts every activity. Applies from the next setActivities().
    void setUserId(qint64 userId);
    qint64 userId() const { return m_userId; }

    // Rows are the given activities dated within [from, to], in the given
    // order (ActivityCache: by date, then creation), or in the order of the
    // last sort(). The same range again (the store changed) updates the rows
    // by local id: rowsRemoved, rowsInserted and dataChanged for what
    // changed, so selection and scrolling survive; another range resets.
    void setActivities(const QDate &from, const QDate &to, QList<LocalActivity> activities);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    const LocalActivity &activityAt(int row) const { return rowAt(row); }
    int rowOfLocalId(qint64 localId) const; // -1 when absent

    qint64 totalSeconds() const; // running timers included, at the clock's now
    qint64 totalSecondsOn(const QDate &date) const;
    int runningRow() const; // -1 when no timer runs

    // Emits dataChanged() for the running timer's duration and totalChanged();
    // call it on a display tick (ticks are never counted).
    void refreshElapsed();

    // Folded search text of a row (SearchText::haystack). Built for all rows
    // on the first call after setActivities(): every store change re-feeds
    // the model, while filtering is rare, so loading does not pay for it.
    const QString &haystack(int row) const;

    // Sorts by a column's typed value (dates as dates, durations as seconds,
    // names case-insensitively), stably, keeping persistent indexes; the
    // order also applies to later setActivities(). Only a row → activity
    // index is permuted, which is what makes 50,000 rows sort within a
    // frame. Column -1 restores the store's order (date, then creation).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void totalChanged();
    // The user edited a row in place; apply with LocalChanges::updateActivity().
    void editRequested(qint64 localId, const Activity &edited);

private:
    void updateRows(QList<LocalActivity> next);
    // The one layout change of updateRows(): the shown rows take the order
    // they have in target (a sort by a value that changed).
    void moveKeptRows(const RowDiff &diff);
    QVariant displayData(const Activity &activity, int column) const;
    QVariant toolTipData(const LocalActivity &local, int column) const;
    QVariant sortKey(const Activity &activity, int column) const;
    const LocalActivity &rowAt(int row) const
    {
        return m_rows.at(m_order[static_cast<size_t>(row)]);
    }
    std::vector<int> identityOrder() const;
    std::vector<int> sortedOrder(int column, Qt::SortOrder order) const;

    const Clock *m_clock;
    qint64 m_userId = 0;
    QDate m_from;
    QDate m_to;
    QList<LocalActivity> m_rows;     // as the store gave them; never reordered
    std::vector<int> m_order;        // row → index into m_rows
    mutable QStringList m_haystacks; // empty until haystack() is first called
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
