// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"

#include <QAbstractTableModel>
#include <QList>

class Clock;

// A flat table of activities (one day's, for now): project · task,
// description, duration. A running timer's duration is computed from
// timer_started_at against the injected clock each time it is read, so it is
// right whenever it is shown; refreshElapsed() only tells views to repaint.
//
// Models never start requests: a service feeds it with setActivities().
class ActivityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProjectTaskColumn, DescriptionColumn, DurationColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ActivityListModel(const Clock *clock, QObject *parent = nullptr);

    void setActivities(QList<Activity> activities);
    const QList<Activity> &activities() const { return m_activities; }

    // Sum of all durations, running timers included, at the clock's now.
    qint64 totalSeconds() const;
    bool hasRunningTimer() const;

    // Emits dataChanged() for the duration of every running timer (and
    // totalChanged()). Call it on a display tick; ticks are never counted.
    void refreshElapsed();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The day's total changed: new activities, or a running timer moved on.
    void totalChanged();

private:
    QVariant displayData(const Activity &activity, int column) const;
    QVariant toolTipData(const Activity &activity, int column) const;
    QString accessibleDuration(const Activity &activity) const;

    const Clock *m_clock;
    QList<Activity> m_activities;
};
