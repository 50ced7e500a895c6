// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/WeekGridModel.h"

#include "core/models/CalendarWeek.h"
#include "core/models/DisplayFormat.h"
#include "core/models/DurationParser.h"
#include "core/models/ItemDataRole.h"
#include "core/models/RowDiff.h"
#include "core/models/SearchTextCache.h"
#include "core/services/Clock.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {
constexpr int DaysPerWeek = 7;

bool isDayColumn(int column)
{
    return column >= WeekGridModel::MondayColumn && column <= WeekGridModel::SundayColumn;
}

QString rowKey(const Activity &activity)
{
    return QString::number(activity.project.id) + QLatin1Char('/') +
           QString::number(activity.task.id) + QLatin1Char('/') + activity.description.trimmed();
}
} // namespace

WeekGridModel::WeekGridModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    Q_ASSERT(m_clock);
    connect(m_clock, &Clock::jumped, this, &WeekGridModel::refreshElapsed);
}

void WeekGridModel::setWeek(const QDate &monday, const QList<LocalActivity> &activities)
{
    const QDate week = CalendarWeek::mondayOf(monday);
    QList<Row> rows = rowsOf(week, activities);
    if (week == m_monday) {
        // A re-feed of the shown week (after every store change, every sync):
        // the rows that stay keep their identity, so the view's current
        // cell, selection, open editor and scroll position stay with them.
        updateRows(std::move(rows));
        return;
    }
    beginResetModel();
    m_monday = week;
    m_rows = std::move(rows);
    recount();
    endResetModel();
}

QList<WeekGridModel::Row> WeekGridModel::rowsOf(const QDate &monday,
                                                const QList<LocalActivity> &activities)
{
    QList<Row> rows;
    QHash<QString, int> rowOf;
    SearchTextCache folds;
    for (const LocalActivity &local : activities) {
        const Activity &activity = local.activity;
        const qint64 day = monday.daysTo(activity.date);
        if (day < 0 || day >= DaysPerWeek)
            continue;
        const QString key = rowKey(activity);
        auto found = rowOf.constFind(key);
        if (found == rowOf.constEnd()) {
            Row row;
            row.key = key;
            row.projectId = activity.project.id;
            row.taskId = activity.task.id;
            row.description = activity.description.trimmed();
            row.customerName = activity.customer ? activity.customer->name : QString();
            row.projectName = activity.project.name;
            row.taskName = activity.task.name;
            const QChar separator(0x1F); // sorts before any text
            row.sortKey = folds.fold(row.customerName) + separator + folds.fold(row.projectName) +
                          separator + folds.fold(row.taskName) + separator +
                          folds.fold(row.description);
            found = rowOf.insert(key, static_cast<int>(rows.size()));
            rows.append(std::move(row));
        }
        Row &row = rows[found.value()];
        row.activities[day].append(local);
        if (!activity.isRunning())
            row.fixedSeconds[day] += activity.seconds;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.sortKey < b.sortKey; });
    return rows;
}

void WeekGridModel::recount()
{
    // Called after every step of an update, so that the totals row and the
    // live timers match the rows whenever a view looks.
    m_running.clear();
    m_fixedDayTotals.fill(0);
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        for (int day = 0; day < DaysPerWeek; ++day) {
            m_fixedDayTotals[day] += row.fixedSeconds[day];
            const QList<LocalActivity> &cell = row.activities[day];
            for (int i = 0; i < cell.size(); ++i) {
                if (cell.at(i).activity.isRunning())
                    m_running.append(RunningPlace{r, day, i});
            }
        }
    }
}

void WeekGridModel::updateRows(QList<Row> rows)
{
    // RowDiff names rows by number: one for each key, the same in both lists.
    QHash<QString, qint64> numberOf;
    const auto numbered = [&numberOf](const QList<Row> &list) {
        std::vector<qint64> numbers;
        numbers.reserve(static_cast<size_t>(list.size()));
        for (const Row &row : list) {
            auto found = numberOf.find(row.key);
            if (found == numberOf.end())
                found = numberOf.insert(row.key, numberOf.size());
            numbers.push_back(found.value());
        }
        return numbers;
    };
    const RowDiff diff(numbered(m_rows), numbered(rows));

    const QList<Row> before = m_rows; // shared until the first step changes m_rows
    QHash<QString, int> oldRowOf;
    for (int row = 0; row < before.size(); ++row)
        oldRowOf.insert(before.at(row).key, row);

    for (const RowDiff::Run &range : diff.removals()) {
        beginRemoveRows({}, range.first, range.last);
        m_rows.remove(range.first, range.count());
        recount();
        endRemoveRows();
    }
    if (diff.keptOrderChanged())
        moveKeptRows(diff);
    for (const RowDiff::Run &range : diff.insertions()) {
        beginInsertRows({}, range.first, range.last);
        for (int row = range.first; row <= range.last; ++row)
            m_rows.insert(row, rows.at(row));
        recount();
        endInsertRows();
    }

    // Every row is in its place; those that stayed still hold their old
    // cells. Only what shows differently is announced: a view repaints
    // those cells and leaves an editor elsewhere alone.
    m_rows = std::move(rows);
    recount();
    const QDateTime now = m_clock->utcNow();
    const auto announce = [this](int row, const RowState &was, const RowState &is) {
        for (int column = MondayColumn; column < ColumnCount; ++column) {
            if (was.at(column - MondayColumn) != is.at(column - MondayColumn))
                emit dataChanged(index(row, column), index(row, column));
        }
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &is = m_rows.at(row);
        const int oldRow = oldRowOf.value(is.key, -1);
        if (oldRow < 0)
            continue; // inserted with its cells
        const Row &was = before.at(oldRow);
        // The label: the key is the same, a name may not be (a rename).
        if (was.customerName != is.customerName || was.projectName != is.projectName ||
            was.taskName != is.taskName)
            emit dataChanged(index(row, LabelColumn), index(row, LabelColumn));
        announce(row, stateOf(was, now), stateOf(is, now));
    }
    announce(static_cast<int>(m_rows.size()), totalsOf(before, now), totalsOf(m_rows, now));
}

WeekGridModel::RowState WeekGridModel::stateOf(const Row &row, const QDateTime &now)
{
    // All that data() shows of a row's cells depends on; compared, not shown.
    RowState state;
    CellState &total = state.back();
    for (int day = 0; day < DaysPerWeek; ++day) {
        CellState &cell = state.at(day);
        const QList<LocalActivity> &activities = row.activities[day];
        cell.seconds = row.fixedSeconds[day];
        cell.blank = activities.isEmpty();
        for (const LocalActivity &local : activities) {
            if (local.activity.isRunning()) {
                cell.seconds += local.activity.elapsedSeconds(now);
                cell.running = true;
            }
            cell.billed = cell.billed || local.activity.billed;
        }
        total.seconds += cell.seconds;
        total.running = total.running || cell.running;
    }
    return state;
}

WeekGridModel::RowState WeekGridModel::totalsOf(const QList<Row> &rows, const QDateTime &now)
{
    RowState totals;
    for (const Row &row : rows) {
        const RowState state = stateOf(row, now);
        for (int column = 0; column <= DaysPerWeek; ++column) {
            totals.at(column).seconds += state.at(column).seconds;
            totals.at(column).running = totals.at(column).running || state.at(column).running;
        }
    }
    return totals;
}

void WeekGridModel::moveKeptRows(const RowDiff &diff)
{
    // Rare: rows sort by customer, project, task and description, so only a
    // rename on the server moves a row past another.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    diff.moveKept(m_rows);
    recount();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &old : from) {
        to.append(isTotalsRow(old.row())
                      ? index(old.row(), old.column())
                      : index(diff.keptMoves()[static_cast<size_t>(old.row())], old.column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

qint64 WeekGridModel::secondsAt(int row, int day) const
{
    if (row < 0 || row > m_rows.size() || day < 0 || day >= DaysPerWeek)
        return 0;
    const bool totals = isTotalsRow(row);
    qint64 seconds = totals ? m_fixedDayTotals[day] : m_rows.at(row).fixedSeconds[day];
    if (m_running.isEmpty())
        return seconds;
    const QDateTime now = m_clock->utcNow();
    for (const RunningPlace &place : m_running) {
        if (place.day == day && (totals || place.row == row))
            seconds += m_rows.at(place.row)
                           .activities[place.day]
                           .at(place.activity)
                           .activity.elapsedSeconds(now);
    }
    return seconds;
}

qint64 WeekGridModel::rowTotal(int row) const
{
    qint64 total = 0;
    for (int day = 0; day < DaysPerWeek; ++day)
        total += secondsAt(row, day);
    return total;
}

qint64 WeekGridModel::weekTotal() const
{
    return rowTotal(static_cast<int>(m_rows.size()));
}

WeekCellChange WeekGridModel::planCellEdit(int row, int day, qint64 newTotal) const
{
    WeekCellChange change;
    change.newTotal = newTotal;
    if (row < 0 || row >= m_rows.size() || day < 0 || day >= DaysPerWeek) {
        change.kind = WeekCellChange::Kind::Refused;
        change.refusal = tr("Totals are calculated; change the time of a day instead.");
        return change;
    }
    change.date = m_monday.addDays(day);
    change.oldTotal = secondsAt(row, day);
    if (newTotal < 0 || newTotal > DurationParser::MaxSeconds) {
        change.kind = WeekCellChange::Kind::Refused;
        change.refusal = newTotal < 0
                             ? DurationParser::tr("A duration cannot be negative.")
                             : DurationParser::tr("A duration cannot be longer than 24 hours.");
        return change;
    }
    const qint64 difference = newTotal - change.oldTotal;
    if (difference == 0)
        return change;

    const Row &r = m_rows.at(row);
    const QList<LocalActivity> &cell = r.activities[day];
    const LocalActivity *only = cell.size() == 1 ? &cell.first() : nullptr;
    const bool adjustable = only && !only->activity.billed && !only->activity.isRunning();
    if (adjustable) {
        change.localId = only->localId;
        if (newTotal == 0) {
            change.kind = WeekCellChange::Kind::Delete;
        } else {
            change.kind = WeekCellChange::Kind::Update;
            change.edited = only->activity;
            change.edited.seconds = newTotal;
        }
        return change;
    }
    if (difference > 0) {
        change.kind = WeekCellChange::Kind::Create;
        change.draft.date = change.date;
        change.draft.projectId = r.projectId;
        change.draft.taskId = r.taskId;
        change.draft.description = r.description;
        change.draft.seconds = difference;
        return change;
    }
    change.kind = WeekCellChange::Kind::Refused;
    if (cellHas(row, day, [](const Activity &a) { return a.billed; }))
        change.refusal = tr("This day includes billed time, which cannot be reduced.");
    else if (cellHas(row, day, [](const Activity &a) { return a.isRunning(); }))
        change.refusal = tr("A timer is running on this day; stop it before reducing the time.");
    else
        change.refusal = tr("Several activities make up this time; change them in the day view.");
    return change;
}

bool WeekGridModel::cellHas(int row, int day, bool (*test)(const Activity &)) const
{
    const QList<LocalActivity> &cell = m_rows.at(row).activities[day];
    return std::any_of(cell.cbegin(), cell.cend(),
                       [test](const LocalActivity &local) { return test(local.activity); });
}

void WeekGridModel::refreshElapsed()
{
    if (m_running.isEmpty())
        return;
    const QList<int> roles{Qt::DisplayRole, Qt::AccessibleTextRole, ItemDataRole::Seconds};
    const int totals = static_cast<int>(m_rows.size());
    for (const RunningPlace &place : std::as_const(m_running)) {
        const int column = MondayColumn + place.day;
        emit dataChanged(index(place.row, column), index(place.row, column), roles);
        emit dataChanged(index(place.row, TotalColumn), index(place.row, TotalColumn), roles);
        emit dataChanged(index(totals, column), index(totals, column), roles);
    }
    emit dataChanged(index(totals, TotalColumn), index(totals, TotalColumn), roles);
}

int WeekGridModel::rowCount(const QModelIndex &parent) const
{
    // The totals row is there even for an empty week: it shows the zeros.
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size()) + 1;
}

int WeekGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WeekGridModel::label(const Row &row) const
{
    //: A week-grid row: project and task, e.g. "Website relaunch · Design"
    const QString projectTask = tr("%1 · %2").arg(row.projectName, row.taskName);
    return row.description.isEmpty() ? projectTask
                                     : tr("%1 · %2").arg(projectTask, row.description);
}

QVariant WeekGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totals = isTotalsRow(row);
    if (column == LabelColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return totals ? tr("Total") : label(m_rows.at(row));
        case Qt::ToolTipRole:
            if (totals)
                return {};
            return QStringList{m_rows.at(row).customerName, label(m_rows.at(row))}.join(
                QLatin1Char('\n'));
        case ItemDataRole::ProjectId:
            return totals ? QVariant() : QVariant(m_rows.at(row).projectId);
        case ItemDataRole::TaskId:
            return totals ? QVariant() : QVariant(m_rows.at(row).taskId);
        case ItemDataRole::CustomerName:
            return totals ? QVariant() : QVariant(m_rows.at(row).customerName);
        default:
            return {};
        }
    }
    return cellData(row, column, role);
}

QVariant WeekGridModel::cellData(int row, int column, int role) const
{
    const bool totals = isTotalsRow(row);
    const int day = column - MondayColumn;
    const qint64 seconds = column == TotalColumn ? rowTotal(row) : secondsAt(row, day);
    switch (role) {
    case Qt::DisplayRole:
        // Empty days stay blank so the filled ones stand out; totals show 0:00.
        if (seconds == 0 && !totals && column != TotalColumn &&
            m_rows.at(row).activities[day].isEmpty())
            return QString();
        return DisplayFormat::hoursMinutes(seconds);
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return DisplayFormat::hoursMinutes(seconds);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue<Qt::Alignment>(Qt::AlignRight | Qt::AlignVCenter);
    case ItemDataRole::Seconds:
        return seconds;
    case ItemDataRole::CellDate:
        return column == TotalColumn ? QDate() : m_monday.addDays(day);
    case ItemDataRole::ProjectId:
        return totals ? QVariant() : QVariant(m_rows.at(row).projectId);
    case ItemDataRole::TaskId:
        return totals ? QVariant() : QVariant(m_rows.at(row).taskId);
    case ItemDataRole::IsRunning:
        return std::any_of(m_running.cbegin(), m_running.cend(), [&](const RunningPlace &p) {
            return (totals || p.row == row) && (column == TotalColumn || p.day == day);
        });
    case ItemDataRole::IsBilled:
        return !totals && column != TotalColumn &&
               cellHas(row, day, [](const Activity &a) { return a.billed; });
    default:
        return {};
    }
}

Qt::ItemFlags WeekGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !isTotalsRow(index.row()) && isDayColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool WeekGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    qint64 newTotal = 0;
    if (value.typeId() == QMetaType::QString) {
        const DurationParser::Result parsed = DurationParser::parse(value.toString());
        if (!parsed.ok) {
            emit cellChangeRefused(index, parsed.error);
            return false;
        }
        newTotal = parsed.seconds;
    } else {
        bool ok = false;
        newTotal = value.toLongLong(&ok);
        if (!ok)
            return false;
    }
    const WeekCellChange change =
        planCellEdit(index.row(), index.column() - MondayColumn, newTotal);
    switch (change.kind) {
    case WeekCellChange::Kind::None:
        return true;
    case WeekCellChange::Kind::Refused:
        emit cellChangeRefused(index, change.refusal);
        return false;
    default:
        emit cellChangeRequested(change);
        return true;
    }
}

QVariant WeekGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section != LabelColumn)
        return QVariant::fromValue<Qt::Alignment>(Qt::AlignRight | Qt::AlignVCenter);
    if (isDayColumn(section) && m_monday.isValid()) {
        const QDate date = m_monday.addDays(section - MondayColumn);
        const QLocale locale;
        switch (role) {
        case Qt::DisplayRole:
            // Short, so seven days fit beside the descriptions; the week and
            // month are in the navigation row, the full date in the tooltip.
            //: A week-grid column: short day name and day of the month, e.g. "Mon 23"
            return tr("%1 %2").arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                                   QString::number(date.day()));
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return locale.toString(date, QLocale::LongFormat);
        case ItemDataRole::CellDate:
            return date;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == LabelColumn)
        return tr("Project · Task · Description");
    if (section == TotalColumn)
        return tr("Total");
    return {};
}
