// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/DayTreeModel.h"

#include "core/models/ActivitiesModel.h"
#include "core/models/DisplayFormat.h"
#include "core/models/ItemDataRole.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {
// internalId of a customer row; an activity row stores its group's key, which
// stays the same while groups come and go around it (a row number would not).
constexpr quintptr customerRowId = 0;
} // namespace

DayTreeModel::DayTreeModel(ActivitiesModel *source, QObject *parent)
    : QAbstractItemModel(parent)
    , m_source(source)
{
    Q_ASSERT(m_source);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    // A store change arrives as inserted, removed and changed source rows:
    // the tree follows row by row, so the view keeps selection and scroll.
    // A new day (a reset) or a re-order rebuilds it; a day is a few dozen rows.
    connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &DayTreeModel::beginRebuild);
    connect(m_source, &QAbstractItemModel::modelReset, this, &DayTreeModel::endRebuild);
    connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &DayTreeModel::beginRebuild);
    connect(m_source, &QAbstractItemModel::layoutChanged, this, &DayTreeModel::endRebuild);
    connect(
        m_source, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { onSourceRowsInserted(first, last); });
    connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = last; row >= first; --row)
                    removeFromTree(row);
            });
    connect(
        m_source, &QAbstractItemModel::rowsRemoved, this,
        [this](const QModelIndex &, int first, int last) { renumber(last + 1, first - last - 1); });
    connect(m_source, &QAbstractItemModel::rowsAboutToBeMoved, this, &DayTreeModel::beginRebuild);
    connect(m_source, &QAbstractItemModel::rowsMoved, this, &DayTreeModel::endRebuild);
    connect(m_source, &QAbstractItemModel::dataChanged, this, &DayTreeModel::onSourceDataChanged);
    rebuild();
}

bool DayTreeModel::isCustomerRow(const QModelIndex &index)
{
    return index.isValid() && !index.parent().isValid();
}

void DayTreeModel::beginRebuild()
{
    if (m_rebuilding)
        return;
    m_rebuilding = true;
    beginResetModel();
}

void DayTreeModel::endRebuild()
{
    beginRebuild();
    rebuild();
    m_rebuilding = false;
    endResetModel();
}

void DayTreeModel::rebuild()
{
    m_groups.clear();
    const int rows = m_source->rowCount();
    m_positions.assign(static_cast<size_t>(rows), Position{});
    QHash<qint64, int> groupOfCustomer; // customer id (0: none) → group
    QList<qint64> customerOfGroup;
    for (int row = 0; row < rows; ++row) {
        const Activity &activity = m_source->activityAt(row).activity;
        const qint64 customerId = activity.customer ? activity.customer->id : 0;
        auto found = groupOfCustomer.constFind(customerId);
        if (found == groupOfCustomer.cend()) {
            found = groupOfCustomer.insert(customerId, static_cast<int>(m_groups.size()));
            m_groups.append(newGroup(activity));
            customerOfGroup.append(customerId);
        }
        m_groups[*found].sourceRows.append(row);
    }

    std::vector<int> order(static_cast<size_t>(m_groups.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [this](int left, int right) {
        return groupBefore(m_groups.at(left), m_groups.at(right));
    });
    QList<Group> sorted;
    sorted.reserve(m_groups.size());
    for (int group : order)
        sorted.append(std::move(m_groups[group]));
    m_groups = std::move(sorted);
    reindex();
}

DayTreeModel::Group DayTreeModel::newGroup(const Activity &activity)
{
    Group group;
    group.customerId = activity.customer ? activity.customer->id : 0;
    group.name = activity.customer ? activity.customer->name : QString();
    group.key = ++m_lastGroupKey;
    return group;
}

bool DayTreeModel::groupBefore(const Group &left, const Group &right) const
{
    const bool leftNone = left.customerId == 0;
    const bool rightNone = right.customerId == 0;
    if (leftNone != rightNone)
        return rightNone;
    return m_collator.compare(left.name, right.name) < 0;
}

void DayTreeModel::reindex()
{
    m_positions.assign(static_cast<size_t>(m_source->rowCount()), Position{});
    m_rowOfGroupKey.clear();
    for (int group = 0; group < m_groups.size(); ++group) {
        m_rowOfGroupKey.insert(m_groups.at(group).key, group);
        const QList<int> &children = m_groups.at(group).sourceRows;
        for (int child = 0; child < children.size(); ++child) {
            const auto row = static_cast<size_t>(children.at(child));
            if (row < m_positions.size())
                m_positions[row] = Position{group, child};
        }
    }
}

void DayTreeModel::renumber(int fromSourceRow, int by)
{
    for (Group &group : m_groups) {
        for (int &row : group.sourceRows) {
            if (row >= fromSourceRow)
                row += by;
        }
    }
    reindex();
}

void DayTreeModel::onSourceRowsInserted(int first, int last)
{
    if (m_rebuilding)
        return;
    renumber(first, last - first + 1);
    for (int row = first; row <= last; ++row)
        addToTree(row);
}

void DayTreeModel::addToTree(int sourceRow)
{
    const Activity &activity = m_source->activityAt(sourceRow).activity;
    const qint64 customerId = activity.customer ? activity.customer->id : 0;
    const auto sameCustomer = [customerId](const Group &group) {
        return group.customerId == customerId;
    };
    const auto existing = std::find_if(m_groups.begin(), m_groups.end(), sameCustomer);
    if (existing == m_groups.end()) {
        // A new customer today: the group comes in with its first activity.
        Group group = newGroup(activity);
        group.sourceRows.append(sourceRow);
        const auto place =
            std::find_if(m_groups.cbegin(), m_groups.cend(),
                         [&](const Group &other) { return groupBefore(group, other); });
        const int at = static_cast<int>(place - m_groups.cbegin());
        beginInsertRows({}, at, at);
        m_groups.insert(at, std::move(group));
        reindex();
        endInsertRows();
        return;
    }
    const int groupRow = static_cast<int>(existing - m_groups.begin());
    QList<int> &children = existing->sourceRows;
    // Within a customer the activities keep the source's order.
    const int child = static_cast<int>(
        std::lower_bound(children.cbegin(), children.cend(), sourceRow) - children.cbegin());
    beginInsertRows(index(groupRow, 0), child, child);
    children.insert(child, sourceRow);
    reindex();
    endInsertRows();
}

void DayTreeModel::removeFromTree(int sourceRow)
{
    if (m_rebuilding || sourceRow < 0 || static_cast<size_t>(sourceRow) >= m_positions.size())
        return;
    const Position at = m_positions[static_cast<size_t>(sourceRow)];
    if (at.group < 0)
        return;
    if (m_groups.at(at.group).sourceRows.size() == 1) {
        // The customer's last activity of the day takes the customer with it.
        beginRemoveRows({}, at.group, at.group);
        m_groups.removeAt(at.group);
    } else {
        beginRemoveRows(index(at.group, 0), at.child, at.child);
        m_groups[at.group].sourceRows.removeAt(at.child);
    }
    m_positions[static_cast<size_t>(sourceRow)] = Position{};
    reindex();
    endRemoveRows();
}

void DayTreeModel::moveToItsCustomer(int sourceRow)
{
    const Position at = m_positions[static_cast<size_t>(sourceRow)];
    if (at.group < 0)
        return;
    const Activity &activity = m_source->activityAt(sourceRow).activity;
    const qint64 customerId = activity.customer ? activity.customer->id : 0;
    Group &group = m_groups[at.group];
    if (group.customerId == customerId) {
        const QString name = activity.customer ? activity.customer->name : QString();
        if (group.name != name) {
            group.name = name; // renamed in MOCO: shown at once, re-sorted with the next day
            emit dataChanged(index(at.group, 0), index(at.group, ColumnCount - 1));
        }
        return;
    }
    // Another project moved it to another customer: it changes groups.
    removeFromTree(sourceRow);
    addToTree(sourceRow);
}

void DayTreeModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (m_rebuilding || !topLeft.isValid() || !bottomRight.isValid())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row >= 0 && static_cast<size_t>(row) < m_positions.size())
            moveToItsCustomer(row);
    }
    const auto treeColumn = [](int sourceColumn) {
        switch (sourceColumn) {
        case ActivitiesModel::DateColumn:
        case ActivitiesModel::CustomerColumn:
        case ActivitiesModel::ProjectColumn:
        case ActivitiesModel::TaskColumn:
            return int(ProjectTaskColumn);
        case ActivitiesModel::DescriptionColumn:
            return int(DescriptionColumn);
        case ActivitiesModel::DurationColumn:
            return int(DurationColumn);
        default:
            return int(ActionsColumn);
        }
    };
    const int left = treeColumn(topLeft.column());
    const int right = treeColumn(bottomRight.column());
    const bool durationTouched = left <= DurationColumn && right >= DurationColumn &&
                                 (roles.isEmpty() || roles.contains(Qt::DisplayRole) ||
                                  roles.contains(ItemDataRole::Seconds));
    QSet<int> touchedGroups;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row < 0 || static_cast<size_t>(row) >= m_positions.size())
            continue;
        const Position position = m_positions[static_cast<size_t>(row)];
        if (position.group < 0)
            continue;
        const QModelIndex parent = index(position.group, 0);
        emit dataChanged(index(position.child, left, parent), index(position.child, right, parent),
                         roles);
        if (durationTouched)
            touchedGroups.insert(position.group);
    }
    for (int group : std::as_const(touchedGroups)) {
        const QModelIndex subtotal = index(group, DurationColumn);
        emit dataChanged(subtotal, subtotal,
                         {Qt::DisplayRole, Qt::AccessibleTextRole, ItemDataRole::Seconds});
    }
}

int DayTreeModel::sourceColumn(int column)
{
    switch (column) {
    case ProjectTaskColumn:
        return ActivitiesModel::ProjectColumn;
    case DescriptionColumn:
        return ActivitiesModel::DescriptionColumn;
    case DurationColumn:
        return ActivitiesModel::DurationColumn;
    default:
        return ActivitiesModel::TimerColumn;
    }
}

QModelIndex DayTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, customerRowId) : QModelIndex();
    if (parent.internalId() != customerRowId || parent.column() != 0 ||
        parent.row() >= m_groups.size() || row >= m_groups.at(parent.row()).sourceRows.size())
        return {};
    return createIndex(row, column, m_groups.at(parent.row()).key);
}

QModelIndex DayTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == customerRowId)
        return {};
    const auto group = m_rowOfGroupKey.constFind(child.internalId());
    if (group == m_rowOfGroupKey.cend())
        return {};
    return createIndex(*group, 0, customerRowId);
}

int DayTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != customerRowId || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups.at(parent.row()).sourceRows.size());
}

int DayTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

int DayTreeModel::sourceRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == customerRowId)
        return -1;
    const auto group = m_rowOfGroupKey.constFind(index.internalId());
    if (group == m_rowOfGroupKey.cend())
        return -1;
    return m_groups.at(*group).sourceRows.value(index.row(), -1);
}

QModelIndex DayTreeModel::mapToSource(const QModelIndex &index) const
{
    const int row = sourceRow(index);
    return row < 0 ? QModelIndex() : m_source->index(row, sourceColumn(index.column()));
}

QModelIndex DayTreeModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source ||
        static_cast<size_t>(sourceIndex.row()) >= m_positions.size())
        return {};
    const Position position = m_positions[static_cast<size_t>(sourceIndex.row())];
    int column = ActionsColumn;
    for (int c = 0; c < ColumnCount; ++c) {
        if (sourceColumn(c) == sourceIndex.column())
            column = c;
    }
    return index(position.child, column, index(position.group, 0));
}

QModelIndex DayTreeModel::indexOfLocalId(qint64 localId, int column) const
{
    const int row = m_source->rowOfLocalId(localId);
    if (row < 0 || static_cast<size_t>(row) >= m_positions.size())
        return {};
    const Position position = m_positions[static_cast<size_t>(row)];
    return index(position.child, column, index(position.group, 0));
}

qint64 DayTreeModel::subtotal(int group) const
{
    qint64 total = 0;
    for (int row : m_groups.at(group).sourceRows)
        total += m_source->index(row, 0).data(ItemDataRole::Seconds).toLongLong();
    return total;
}

QVariant DayTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == customerRowId)
        return customerData(index.row(), index.column(), role);
    return activityData(sourceRow(index), index.column(), role);
}

QVariant DayTreeModel::customerData(int group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == ProjectTaskColumn) {
            const QString &name = m_groups.at(group).name;
            //: Day view group of the activities whose project has no customer
            return name.isEmpty() ? tr("No customer") : name;
        }
        if (column == DurationColumn)
            return DisplayFormat::hoursMinutes(subtotal(group));
        return {};
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return QVariant::fromValue<Qt::Alignment>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemDataRole::Seconds:
        return subtotal(group);
    case ItemDataRole::CustomerName:
        return m_groups.at(group).name;
    case ItemDataRole::LocalId:
        return qint64(0);
    default:
        return {};
    }
}

QVariant DayTreeModel::activityData(int sourceRow, int column, int role) const
{
    const QModelIndex source = m_source->index(sourceRow, sourceColumn(column));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        if (column == ProjectTaskColumn) {
            const Activity &activity = m_source->activityAt(sourceRow).activity;
            if (activity.task.name.isEmpty())
                return activity.project.name;
            //: Project and task of an activity, e.g. "Website · Design"
            return tr("%1 · %2").arg(activity.project.name, activity.task.name);
        }
        if (column == ActionsColumn && role != Qt::AccessibleTextRole)
            return {}; // the view puts its buttons there
        return source.data(role);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        // Why a row is locked or refused matters more than any other
        // detail, so it is the tooltip (and description) of every cell.
        const LocalActivity &local = m_source->activityAt(sourceRow);
        if (local.needsAttention || local.activity.billed)
            return m_source->index(sourceRow, ActivitiesModel::BilledColumn).data(Qt::ToolTipRole);
        return role == Qt::ToolTipRole ? source.data(role) : QVariant();
    }
    default:
        return source.data(role);
    }
}

bool DayTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!(flags(index) & Qt::ItemIsEditable))
        return false;
    return m_source->setData(mapToSource(index), value, role);
}

Qt::ItemFlags DayTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == customerRowId)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DescriptionColumn || index.column() == DurationColumn)
        flags |= m_source->flags(mapToSource(index)) & Qt::ItemIsEditable;
    return flags;
}

QVariant DayTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (section == ProjectTaskColumn && role == Qt::DisplayRole)
        return tr("Project · Task");
    if (section == ActionsColumn && role == Qt::DisplayRole)
        return tr("Timer");
    return m_source->headerData(sourceColumn(section), orientation, role);
}

QHash<int, QByteArray> DayTreeModel::roleNames() const
{
    return m_source->roleNames();
}
