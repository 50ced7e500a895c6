// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ActivityListModel.h"

#include "core/models/DisplayFormat.h"
#include "core/models/ItemDataRole.h"
#include "core/services/Clock.h"

#include <algorithm>

ActivityListModel::ActivityListModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    Q_ASSERT(m_clock);
    // A clock that jumps (resume from sleep, a test clock) moves timers on.
    connect(m_clock, &Clock::jumped, this, &ActivityListModel::refreshElapsed);
}

void ActivityListModel::setActivities(QList<Activity> activities)
{
    beginResetModel();
    m_activities = std::move(activities);
    endResetModel();
    emit totalChanged();
}

qint64 ActivityListModel::totalSeconds() const
{
    const QDateTime now = m_clock->utcNow();
    qint64 total = 0;
    for (const Activity &activity : m_activities)
        total += activity.elapsedSeconds(now);
    return total;
}

bool ActivityListModel::hasRunningTimer() const
{
    return std::any_of(m_activities.cbegin(), m_activities.cend(),
                       [](const Activity &activity) { return activity.isRunning(); });
}

void ActivityListModel::refreshElapsed()
{
    bool anyRunning = false;
    for (int row = 0; row < m_activities.size(); ++row) {
        if (!m_activities.at(row).isRunning())
            continue;
        anyRunning = true;
        const QModelIndex cell = index(row, DurationColumn);
        emit dataChanged(cell, cell,
                         {Qt::DisplayRole, Qt::AccessibleTextRole, ItemDataRole::Seconds});
    }
    if (anyRunning)
        emit totalChanged();
}

int ActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_activities.size());
}

int ActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &activity = m_activities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(activity, index.column());
    case Qt::ToolTipRole:
        return toolTipData(activity, index.column());
    case Qt::AccessibleTextRole:
        return index.column() == DurationColumn ? QVariant(accessibleDuration(activity))
                                                : displayData(activity, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue<Qt::Alignment>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemDataRole::ActivityId:
        return activity.id;
    case ItemDataRole::Seconds:
        return activity.elapsedSeconds(m_clock->utcNow());
    case ItemDataRole::IsRunning:
        return activity.isRunning();
    case ItemDataRole::TimerStartedAt:
        return activity.timerStartedAt.value_or(QDateTime());
    case ItemDataRole::IsBilled:
        return activity.billed;
    case ItemDataRole::CustomerName:
        return activity.customer ? activity.customer->name : QString();
    default:
        return {};
    }
}

QVariant ActivityListModel::displayData(const Activity &activity, int column) const
{
    switch (column) {
    case ProjectTaskColumn:
        //: Project and task of an activity, e.g. "Website relaunch · Design"
        return tr("%1 · %2").arg(activity.project.name, activity.task.name);
    case DescriptionColumn:
        return activity.description;
    case DurationColumn: {
        const qint64 seconds = activity.elapsedSeconds(m_clock->utcNow());
        // The running timer shows seconds so it visibly moves; a dot marks it
        // in text, which every platform style renders.
        return activity.isRunning()
                   ? QStringLiteral("● %1").arg(DisplayFormat::hoursMinutesSeconds(seconds))
                   : DisplayFormat::hoursMinutes(seconds);
    }
    default:
        return {};
    }
}

QVariant ActivityListModel::toolTipData(const Activity &activity, int column) const
{
    switch (column) {
    case ProjectTaskColumn: {
        QStringList lines;
        if (activity.customer && !activity.customer->name.isEmpty())
            lines << activity.customer->name;
        lines << (activity.project.identifier.isEmpty()
                      ? activity.project.name
                      : tr("%1 (%2)").arg(activity.project.name, activity.project.identifier));
        lines << activity.task.name;
        return lines.join(QLatin1Char('\n'));
    }
    case DescriptionColumn:
        return activity.description.isEmpty() ? QVariant() : QVariant(activity.description);
    case DurationColumn:
        if (activity.isRunning()) {
            const QTime since = activity.timerStartedAt->toLocalTime().time();
            return tr("Timer running since %1").arg(DisplayFormat::timeOfDay(since));
        }
        if (activity.billed)
            return tr("Billed: this activity can no longer be changed.");
        return {};
    default:
        return {};
    }
}

QString ActivityListModel::accessibleDuration(const Activity &activity) const
{
    const qint64 seconds = activity.elapsedSeconds(m_clock->utcNow());
    if (activity.isRunning())
        return tr("%1, timer running").arg(DisplayFormat::hoursMinutesSeconds(seconds));
    return DisplayFormat::hoursMinutes(seconds);
}

QVariant ActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == DurationColumn)
        return QVariant::fromValue<Qt::Alignment>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProjectTaskColumn:
        return tr("Project · Task");
    case DescriptionColumn:
        return tr("Description");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivityListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemDataRole::ActivityId, QByteArrayLiteral("activityId"));
    names.insert(ItemDataRole::Seconds, QByteArrayLiteral("seconds"));
    names.insert(ItemDataRole::IsRunning, QByteArrayLiteral("isRunning"));
    names.insert(ItemDataRole::TimerStartedAt, QByteArrayLiteral("timerStartedAt"));
    names.insert(ItemDataRole::IsBilled, QByteArrayLiteral("isBilled"));
    names.insert(ItemDataRole::CustomerName, QByteArrayLiteral("customerName"));
    return names;
}
