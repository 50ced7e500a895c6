// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/PresencesModel.h"

#include "core/models/DisplayFormat.h"
#include "core/models/ItemDataRole.h"
#include "core/models/RowDiff.h"
#include "core/services/Clock.h"

#include <QLocale>

#include <algorithm>

namespace {

constexpr qint64 secondsPerDay = 24 * 3600;

QString hoursAndMinutes(const std::optional<QTime> &time)
{
    return time ? DisplayFormat::clockTime(*time) : QString();
}

bool startsBefore(const LocalPresence &left, const LocalPresence &right)
{
    const Presence &l = left.presence;
    const Presence &r = right.presence;
    if (l.date != r.date)
        return l.date < r.date;
    return l.from.value_or(QTime(0, 0)) < r.from.value_or(QTime(0, 0));
}

} // namespace

PresencesModel::PresencesModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    Q_ASSERT(m_clock);
    connect(m_clock, &Clock::jumped, this, &PresencesModel::refreshElapsed);
}

void PresencesModel::setPresences(const QDate &from, const QDate &to,
                                  QList<LocalPresence> presences)
{
    presences.removeIf([&from, &to](const LocalPresence &local) {
        return local.presence.date < from || local.presence.date > to;
    });
    std::stable_sort(presences.begin(), presences.end(), startsBefore);
    if (from == m_from && to == m_to) {
        updateRows(std::move(presences));
        return;
    }
    beginResetModel();
    m_from = from;
    m_to = to;
    m_rows = std::move(presences);
    endResetModel();
    emit totalChanged();
}

void PresencesModel::updateRows(QList<LocalPresence> next)
{
    std::vector<qint64> before;
    for (const LocalPresence &local : std::as_const(m_rows))
        before.push_back(local.localId);
    std::vector<qint64> after;
    for (const LocalPresence &local : std::as_const(next))
        after.push_back(local.localId);
    const RowDiff diff(before, after);
    bool changed = !diff.isEmpty();
    for (const RowDiff::Run &run : diff.removals()) {
        beginRemoveRows({}, run.first, run.last);
        m_rows.remove(run.first, run.count());
        endRemoveRows();
    }
    if (diff.keptOrderChanged()) {
        // A corrected start moved an interval past another one.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        diff.moveKept(m_rows);
        for (const QModelIndex &old : persistentIndexList())
            changePersistentIndex(
                old, index(diff.keptMoves()[static_cast<size_t>(old.row())], old.column()));
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    for (const RowDiff::Run &run : diff.insertions()) {
        beginInsertRows({}, run.first, run.last);
        for (int row = run.first; row <= run.last; ++row)
            m_rows.insert(row, next.at(row));
        endInsertRows();
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const LocalPresence &shown = m_rows.at(row);
        const LocalPresence &fresh = next.at(row);
        if (shown == fresh)
            continue;
        m_rows[row] = fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        changed = true;
    }
    if (changed)
        emit totalChanged();
}

int PresencesModel::rowOfLocalId(qint64 localId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).localId == localId)
            return row;
    }
    return -1;
}

int PresencesModel::openRowToday() const
{
    const QDate today = m_clock->today();
    for (int row = 0; row < m_rows.size(); ++row) {
        const Presence &presence = m_rows.at(row).presence;
        if (presence.isOpen() && presence.date == today)
            return row;
    }
    return -1;
}

qint64 PresencesModel::secondsAt(int row) const
{
    const Presence &presence = m_rows.at(row).presence;
    if (!presence.from || !presence.from->isValid())
        return 0;
    const qint64 from = presence.from->msecsSinceStartOfDay() / 1000;
    if (presence.isOpen()) {
        if (presence.date != m_clock->today())
            return 0; // a forgotten clock-out: the end is not known
        const QTime now = m_clock->utcNow().toTimeZone(m_clock->timeZone()).time();
        return qMax<qint64>(0, now.msecsSinceStartOfDay() / 1000 - from);
    }
    qint64 to = presence.to->msecsSinceStartOfDay() / 1000;
    if (to < from)
        to += secondsPerDay; // "22:00–02:00": MOCO keeps it on the day it began
    return to - from;
}

qint64 PresencesModel::totalSeconds() const
{
    qint64 total = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        total += secondsAt(row);
    return total;
}

qint64 PresencesModel::totalSecondsOn(const QDate &date) const
{
    qint64 total = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).presence.date == date)
            total += secondsAt(row);
    }
    return total;
}

void PresencesModel::refreshElapsed()
{
    bool any = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).presence.isOpen())
            continue;
        const QModelIndex duration = index(row, DurationColumn);
        emit dataChanged(duration, duration,
                         {Qt::DisplayRole, Qt::AccessibleTextRole, ItemDataRole::Seconds});
        any = true;
    }
    if (any)
        emit totalChanged();
}

int PresencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PresencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PresencesModel::displayData(int row, int column) const
{
    const Presence &presence = m_rows.at(row).presence;
    switch (column) {
    case DateColumn:
        return QLocale().toString(presence.date, QLocale::ShortFormat);
    case FromColumn:
        return hoursAndMinutes(presence.from);
    case ToColumn:
        return hoursAndMinutes(presence.to);
    case DurationColumn:
        return DisplayFormat::hoursMinutes(secondsAt(row));
    case HomeOfficeColumn:
        return presence.isHomeOffice ? tr("Home office") : QString();
    default:
        return noteText(m_rows.at(row));
    }
}

QString PresencesModel::noteText(const LocalPresence &local) const
{
    if (local.needsAttention)
        //: %1 is MOCO's reason, e.g. "From: range overlaps"
        return tr("Not saved in MOCO: %1")
            .arg(local.errorMessage.isEmpty() ? tr("MOCO refused it.") : local.errorMessage);
    if (local.pending)
        return tr("Not sent to MOCO yet");
    if (local.presence.isOpen())
        return local.presence.date == m_clock->today()
                   ? tr("Clocked in")
                   //: A presence of an earlier day that was never closed
                   : tr("Never clocked out: enter when it ended");
    return {};
}

QVariant PresencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const LocalPresence &local = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == ToColumn && local.presence.isOpen())
            //: Screen reader text of the empty end of a presence that is still running
            return tr("open, clocked in");
        if (index.column() == HomeOfficeColumn)
            return local.presence.isHomeOffice ? tr("Home office") : tr("At the office");
        return displayData(row, index.column());
    case Qt::EditRole:
        return index.column() == FromColumn || index.column() == ToColumn
                   ? displayData(row, index.column())
                   : QVariant();
    case Qt::ToolTipRole:
        return local.needsAttention ? noteText(local) : QVariant();
    case ItemDataRole::ErrorMessage:
        return local.errorMessage;
    case Qt::TextAlignmentRole:
        return index.column() == DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    case ItemDataRole::LocalId:
        return local.localId;
    case ItemDataRole::Seconds:
        return secondsAt(row);
    case ItemDataRole::IsOpen:
        return local.presence.isOpen();
    case ItemDataRole::IsPending:
        return local.pending;
    case ItemDataRole::NeedsAttention:
        return local.needsAttention;
    default:
        return {};
    }
}

QVariant PresencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case DurationColumn:
        return tr("Duration");
    case HomeOfficeColumn:
        return tr("Home office");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags PresencesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == FromColumn || index.column() == ToColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PresencesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (index.column() != FromColumn && index.column() != ToColumn))
        return false;
    const LocalPresence &local = m_rows.at(index.row());
    const QString text = value.toString();
    const QString from = index.column() == FromColumn ? text : hoursAndMinutes(local.presence.from);
    const QString to = index.column() == ToColumn ? text : hoursAndMinutes(local.presence.to);
    if (from == hoursAndMinutes(local.presence.from) && to == hoursAndMinutes(local.presence.to))
        return false; // left as it was
    emit timesEditRequested(local.localId, from, to);
    return true;
}
