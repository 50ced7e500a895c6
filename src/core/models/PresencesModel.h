// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/LocalPresence.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class Clock;

// The presences (working time, "Arbeitszeiten") of a date range — the day or
// the week shown — from the local store: date, from, to (empty while clocked
// in), duration and home office, ordered by date and start.
//
// Times are HH:MM in every locale (MOCO's own format; a locale's short time
// would add seconds or AM/PM). An open presence of today lasts until the
// clock's now, computed when read: refreshElapsed() only asks views to
// repaint; an open one of another day (a forgotten clock-out) has no known
// end and counts nothing. Like ActivitiesModel, feeding the same range again
// moves only the rows that changed (by local id); another range resets.
class PresencesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        FromColumn,
        ToColumn,
        DurationColumn,
        HomeOfficeColumn,
        NoteColumn, // not sent yet, or MOCO's refusal (an overlap) on its interval
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PresencesModel(const Clock *clock, QObject *parent = nullptr);

    // presences: PresenceCache::between(from, to); others are left out.
    void setPresences(const QDate &from, const QDate &to, QList<LocalPresence> presences);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    const LocalPresence &presenceAt(int row) const { return m_rows.at(row); }
    int rowOfLocalId(qint64 localId) const; // -1 when absent
    // The open presence of today (clocked in), -1 when none.
    int openRowToday() const;
    qint64 secondsAt(int row) const; // live for an open presence of today
    qint64 totalSeconds() const;
    qint64 totalSecondsOn(const QDate &date) const;

    // dataChanged() for open presences' durations, and totalChanged(); call
    // it on a display tick.
    void refreshElapsed();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // From and To are editable; the model does not change itself: setData()
    // asks for the correction with both times as text, for PresenceActions
    // to check and store (the store change then comes back here).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void totalChanged();
    void timesEditRequested(qint64 localId, const QString &fromText, const QString &toText);

private:
    QVariant displayData(int row, int column) const;
    QString noteText(const LocalPresence &local) const;
    void updateRows(QList<LocalPresence> next);

    const Clock *m_clock;
    QDate m_from;
    QDate m_to;
    QList<LocalPresence> m_rows;
};
