// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ActivitiesModel.h"

#include "core/models/ActivityOrder.h"
#include "core/models/DisplayFormat.h"
#include "core/models/DurationParser.h"
#include "core/models/ItemDataRole.h"
#include "core/models/RowDiff.h"
#include "core/models/SearchTextCache.h"
#include "core/services/Clock.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace {
QString customerName(const Activity &activity)
{
    return activity.customer ? activity.customer->name : QString();
}
} // namespace

ActivitiesModel::ActivitiesModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    Q_ASSERT(m_clock);
    connect(m_clock, &Clock::jumped, this, &ActivitiesModel::refreshElapsed);
}

void ActivitiesModel::setUserId(qint64 userId)
{
    m_userId = userId;
}

void ActivitiesModel::setActivities(const QDate &from, const QDate &to,
                                    QList<LocalActivity> activities)
{
    const auto outside = [this, &from, &to](const LocalActivity &local) {
        const Activity &a = local.activity;
        return a.date < from || a.date > to || (m_userId != 0 && a.user && a.user->id != m_userId);
    };
    // Usually nothing is left out: then the list is taken over without a copy.
    if (std::any_of(activities.cbegin(), activities.cend(), outside))
        activities.removeIf(outside);
    if (from == m_from && to == m_to) {
        // The same days read again (a store change): only what changed moves.
        updateRows(std::move(activities));
        return;
    }
    beginResetModel();
    m_from = from;
    m_to = to;
    m_haystacks.clear();
    m_rows = std::move(activities);
    m_order = m_sortColumn >= 0 ? sortedOrder(m_sortColumn, m_sortOrder) : identityOrder();
    endResetModel();
    emit totalChanged();
}

void ActivitiesModel::updateRows(QList<LocalActivity> next)
{
    // Where the new rows go: sorted like the shown ones.
    std::swap(m_rows, next);
    std::vector<int> nextOrder =
        m_sortColumn >= 0 ? sortedOrder(m_sortColumn, m_sortOrder) : identityOrder();
    std::swap(m_rows, next);
    QList<LocalActivity> target;
    target.reserve(next.size());
    for (const int stored : nextOrder)
        target.append(next.at(stored));

    std::vector<qint64> before;
    before.reserve(static_cast<size_t>(rowCount()));
    QList<LocalActivity> shown;
    shown.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row) {
        before.push_back(rowAt(row).localId);
        shown.append(rowAt(row));
    }
    std::vector<qint64> after;
    after.reserve(static_cast<size_t>(target.size()));
    for (const LocalActivity &local : std::as_const(target))
        after.push_back(local.localId);
    const RowDiff diff(before, after);

    // While the steps run, the rows are held in view order, so every signal
    // describes the rows exactly as a view would read them at that moment.
    m_rows = std::move(shown);
    m_order = identityOrder();
    m_haystacks.clear();
    bool changed = !diff.isEmpty();
    for (const RowDiff::Run &run : diff.removals()) {
        beginRemoveRows({}, run.first, run.last);
        m_rows.remove(run.first, run.count());
        m_order = identityOrder();
        endRemoveRows();
    }
    if (diff.keptOrderChanged())
        moveKeptRows(diff);
    for (const RowDiff::Run &run : diff.insertions()) {
        beginInsertRows({}, run.first, run.last);
        for (int row = run.first; row <= run.last; ++row)
            m_rows.insert(row, target.at(row));
        m_order = identityOrder();
        endInsertRows();
    }
    // Rows in both lists: repaint the ones whose content changed.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row) == target.at(row))
            continue;
        int last = row;
        while (last + 1 < m_rows.size() && !(m_rows.at(last + 1) == target.at(last + 1)))
            ++last;
        for (int changedRow = row; changedRow <= last; ++changedRow)
            m_rows[changedRow] = target.at(changedRow);
        emit dataChanged(index(row, 0), index(last, ColumnCount - 1));
        changed = true;
        row = last;
    }
    // The same rows in the same order as shown; kept as the store gave them.
    m_rows = std::move(next);
    m_order = std::move(nextOrder);
    m_haystacks.clear();
    if (changed)
        emit totalChanged();
}

void ActivitiesModel::moveKeptRows(const RowDiff &diff)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    diff.moveKept(m_rows);
    for (const QModelIndex &old : persistentIndexList())
        changePersistentIndex(
            old, index(diff.keptMoves()[static_cast<size_t>(old.row())], old.column()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const QString &ActivitiesModel::haystack(int row) const
{
    if (m_haystacks.size() != m_rows.size()) {
        m_haystacks.clear();
        m_haystacks.reserve(m_rows.size());
        SearchTextCache cache;
        for (const LocalActivity &local : m_rows) {
            const Activity &a = local.activity;
            m_haystacks.append(cache.haystack(customerName(a)) + QLatin1Char(' ') +
                               cache.haystack(a.project.identifier) + QLatin1Char(' ') +
                               cache.haystack(a.project.name) + QLatin1Char(' ') +
                               cache.haystack(a.task.name) + QLatin1Char(' ') +
                               cache.haystack(a.description));
        }
    }
    return m_haystacks.at(m_order[static_cast<size_t>(row)]);
}

std::vector<int> ActivitiesModel::identityOrder() const
{
    return ActivityOrder::identity(m_rows.size());
}

std::vector<int> ActivitiesModel::sortedOrder(int column, Qt::SortOrder order) const
{
    return ActivityOrder::sorted(m_rows, column, order, m_clock->utcNow());
}

void ActivitiesModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    if (m_rows.size() < 2)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Only the row order moves: the activities stay where they are.
    std::vector<int> sorted =
        m_sortColumn >= 0 ? sortedOrder(m_sortColumn, m_sortOrder) : identityOrder();
    std::vector<int> newRowOfStored(sorted.size());
    for (size_t row = 0; row < sorted.size(); ++row)
        newRowOfStored[static_cast<size_t>(sorted[row])] = static_cast<int>(row);
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent) {
        const int stored = m_order[static_cast<size_t>(index.row())];
        changePersistentIndex(
            index, this->index(newRowOfStored[static_cast<size_t>(stored)], index.column()));
    }
    m_order = std::move(sorted);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ActivitiesModel::rowOfLocalId(qint64 localId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row).localId == localId)
            return row;
    }
    return -1;
}

qint64 ActivitiesModel::totalSeconds() const
{
    const QDateTime now = m_clock->utcNow();
    qint64 total = 0;
    for (const LocalActivity &local : m_rows)
        total += local.activity.elapsedSeconds(now);
    return total;
}

qint64 ActivitiesModel::totalSecondsOn(const QDate &date) const
{
    const QDateTime now = m_clock->utcNow();
    qint64 total = 0;
    for (const LocalActivity &local : m_rows) {
        if (local.activity.date == date)
            total += local.activity.elapsedSeconds(now);
    }
    return total;
}

int ActivitiesModel::runningRow() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row).activity.isRunning())
            return row;
    }
    return -1;
}

void ActivitiesModel::refreshElapsed()
{
    bool anyRunning = false;
    for (int row = 0; row < rowCount(); ++row) {
        if (!rowAt(row).activity.isRunning())
            continue;
        anyRunning = true;
        emit dataChanged(index(row, DurationColumn), index(row, TimerColumn),
                         {Qt::DisplayRole, Qt::AccessibleTextRole, ItemDataRole::Seconds,
                          ItemDataRole::SortKey});
    }
    if (anyRunning)
        emit totalChanged();
}

int ActivitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActivitiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocalActivity &local = rowAt(index.row());
    const Activity &activity = local.activity;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(activity, column);
    case Qt::EditRole:
        if (column == DurationColumn)
            return DisplayFormat::hoursMinutes(activity.seconds);
        return displayData(activity, column);
    case Qt::AccessibleTextRole:
        if (column == BillableColumn)
            return activity.billable ? tr("Billable") : tr("Not billable");
        if (column == DurationColumn && activity.isRunning())
            return tr("%1, timer running")
                .arg(
                    DisplayFormat::hoursMinutesSeconds(activity.elapsedSeconds(m_clock->utcNow())));
        return displayData(activity, column);
    case Qt::ToolTipRole:
        return toolTipData(local, column);
    case Qt::CheckStateRole:
        if (column == BillableColumn)
            return activity.billable ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return QVariant::fromValue<Qt::Alignment>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemDataRole::SortKey:
        return sortKey(activity, column);
    case ItemDataRole::LocalId:
        return local.localId;
    case ItemDataRole::ActivityId:
        return activity.id;
    case ItemDataRole::ActivityDate:
        return activity.date;
    case ItemDataRole::Seconds:
        return activity.elapsedSeconds(m_clock->utcNow());
    case ItemDataRole::IsRunning:
        return activity.isRunning();
    case ItemDataRole::TimerStartedAt:
        return activity.timerStartedAt.value_or(QDateTime());
    case ItemDataRole::IsBilled:
        return activity.billed;
    case ItemDataRole::IsBillable:
        return activity.billable;
    case ItemDataRole::CustomerName:
        return customerName(activity);
    case ItemDataRole::ProjectId:
        return activity.project.id;
    case ItemDataRole::TaskId:
        return activity.task.id;
    case ItemDataRole::ProjectIdentifier:
        return activity.project.identifier;
    case ItemDataRole::IsPending:
        return local.pending;
    case ItemDataRole::NeedsAttention:
        return local.needsAttention;
    case ItemDataRole::ErrorMessage:
        return local.errorMessage;
    default:
        return {};
    }
}

QVariant ActivitiesModel::displayData(const Activity &activity, int column) const
{
    switch (column) {
    case DateColumn:
        return QLocale().toString(activity.date, QLocale::ShortFormat);
    case CustomerColumn:
        return customerName(activity);
    case ProjectColumn:
        return activity.project.name;
    case TaskColumn:
        return activity.task.name;
    case DescriptionColumn:
        return activity.description;
    case DurationColumn: {
        const qint64 seconds = activity.elapsedSeconds(m_clock->utcNow());
        // Seconds only while running, so the live timer visibly moves.
        return activity.isRunning() ? DisplayFormat::hoursMinutesSeconds(seconds)
                                    : DisplayFormat::hoursMinutes(seconds);
    }
    case BilledColumn:
        return activity.billed ? tr("Billed") : QString();
    case TimerColumn:
        return activity.isRunning() ? tr("Running") : QString();
    default:
        return {};
    }
}

QVariant ActivitiesModel::toolTipData(const LocalActivity &local, int column) const
{
    const Activity &activity = local.activity;
    if (local.needsAttention && !local.errorMessage.isEmpty())
        return tr("MOCO refused this change: %1").arg(local.errorMessage);
    switch (column) {
    case ProjectColumn:
        return activity.project.identifier.isEmpty()
                   ? QVariant()
                   : QVariant(
                         tr("%1 (%2)").arg(activity.project.name, activity.project.identifier));
    case DescriptionColumn:
        return activity.description.isEmpty() ? QVariant() : QVariant(activity.description);
    case DurationColumn:
    case TimerColumn:
        if (activity.isRunning()) {
            return tr("Timer running since %1")
                .arg(DisplayFormat::timeOfDay(activity.timerStartedAt->toLocalTime().time()));
        }
        break;
    default:
        break;
    }
    if (activity.billed)
        return tr("Billed: this activity can no longer be changed.");
    if (local.pending)
        return tr("Not sent to MOCO yet.");
    return {};
}

QVariant ActivitiesModel::sortKey(const Activity &activity, int column) const
{
    switch (column) {
    case DateColumn:
        return activity.date;
    case CustomerColumn:
        return customerName(activity);
    case ProjectColumn:
        return activity.project.name;
    case TaskColumn:
        return activity.task.name;
    case DescriptionColumn:
        return activity.description;
    case DurationColumn:
        return activity.elapsedSeconds(m_clock->utcNow());
    case BillableColumn:
        return activity.billable;
    case BilledColumn:
        return activity.billed;
    case TimerColumn:
        return activity.isRunning();
    default:
        return {};
    }
}

Qt::ItemFlags ActivitiesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    const Activity &activity = rowAt(index.row()).activity;
    if (activity.billed)
        return flags;
    if (index.column() == DescriptionColumn ||
        (index.column() == DurationColumn && !activity.isRunning()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ActivitiesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const LocalActivity &local = rowAt(index.row());
    Activity edited = local.activity;
    if (index.column() == DescriptionColumn) {
        edited.description = value.toString().trimmed();
    } else {
        const DurationParser::Result parsed = DurationParser::parse(value.toString());
        if (!parsed.ok)
            return false;
        edited.seconds = parsed.seconds;
    }
    if (edited == local.activity)
        return true;
    emit editRequested(local.localId, edited);
    return true;
}

QVariant ActivitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == DurationColumn)
        return QVariant::fromValue<Qt::Alignment>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case CustomerColumn:
        return tr("Customer");
    case ProjectColumn:
        return tr("Project");
    case TaskColumn:
        return tr("Task");
    case DescriptionColumn:
        return tr("Description");
    case DurationColumn:
        return tr("Duration");
    case BillableColumn:
        return tr("Billable");
    case BilledColumn:
        return tr("Billed");
    case TimerColumn:
        return tr("Timer");
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivitiesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemDataRole::LocalId, QByteArrayLiteral("localId"));
    names.insert(ItemDataRole::ActivityId, QByteArrayLiteral("activityId"));
    names.insert(ItemDataRole::ActivityDate, QByteArrayLiteral("date"));
    names.insert(ItemDataRole::Seconds, QByteArrayLiteral("seconds"));
    names.insert(ItemDataRole::IsRunning, QByteArrayLiteral("isRunning"));
    names.insert(ItemDataRole::TimerStartedAt, QByteArrayLiteral("timerStartedAt"));
    names.insert(ItemDataRole::IsBilled, QByteArrayLiteral("isBilled"));
    names.insert(ItemDataRole::IsBillable, QByteArrayLiteral("isBillable"));
    names.insert(ItemDataRole::CustomerName, QByteArrayLiteral("customerName"));
    names.insert(ItemDataRole::ProjectId, QByteArrayLiteral("projectId"));
    names.insert(ItemDataRole::TaskId, QByteArrayLiteral("taskId"));
    names.insert(ItemDataRole::ProjectIdentifier, QByteArrayLiteral("projectIdentifier"));
    names.insert(ItemDataRole::IsPending, QByteArrayLiteral("isPending"));
    names.insert(ItemDataRole::NeedsAttention, QByteArrayLiteral("needsAttention"));
    names.insert(ItemDataRole::ErrorMessage, QByteArrayLiteral("errorMessage"));
    return names;
}
