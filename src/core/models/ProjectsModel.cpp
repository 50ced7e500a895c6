// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ProjectsModel.h"

#include "core/models/ItemDataRole.h"
#include "core/models/SearchText.h"

#include <QMap>

#include <algorithm>

namespace {
bool byName(const QString &a, const QString &b)
{
    return QString::localeAwareCompare(a, b) < 0;
}
} // namespace

ProjectsModel::ProjectsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.append(Node{}); // the root
}

int ProjectsModel::addNode(Node node)
{
    const int number = static_cast<int>(m_nodes.size());
    Node &parent = m_nodes[node.parent];
    node.row = static_cast<int>(parent.children.size());
    parent.children.append(number);
    m_nodes.append(std::move(node));
    return number;
}

void ProjectsModel::setProjects(const QList<Project> &projects)
{
    // Bookable projects with at least one bookable task, grouped by customer.
    QMap<qint64, QList<std::pair<const Project *, QList<Task>>>> byCustomer;
    for (const Project &project : projects) {
        QList<Task> tasks = project.bookableTasks();
        if (tasks.isEmpty())
            continue;
        std::sort(tasks.begin(), tasks.end(),
                  [](const Task &a, const Task &b) { return byName(a.name, b.name); });
        byCustomer[project.customer.id].append({&project, tasks});
    }
    QList<qint64> customerIds = byCustomer.keys();
    std::sort(customerIds.begin(), customerIds.end(), [&byCustomer](qint64 a, qint64 b) {
        return byName(byCustomer[a].first().first->customer.name,
                      byCustomer[b].first().first->customer.name);
    });

    beginResetModel();
    m_nodes.clear();
    m_nodes.append(Node{});
    m_taskNodes.clear();
    m_projectNodes.clear();
    for (const qint64 customerId : customerIds) {
        auto &entries = byCustomer[customerId];
        std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
            return byName(a.first->name, b.first->name);
        });
        const CustomerRef &customer = entries.first().first->customer;
        Node customerNode;
        customerNode.kind = Kind::Customer;
        customerNode.parent = 0;
        customerNode.name = customer.name;
        customerNode.display = customer.name;
        customerNode.haystack = SearchText::haystack(customer.name);
        customerNode.customerId = customer.id;
        const int customerNumber = addNode(customerNode);

        for (const auto &[project, tasks] : entries) {
            Node projectNode;
            projectNode.kind = Kind::Project;
            projectNode.parent = customerNumber;
            projectNode.name = project->name;
            projectNode.projectName = project->name;
            projectNode.identifier = project->identifier;
            //: A project in the picker: identifier and name, e.g. "P-1042 – Website relaunch"
            projectNode.display = project->identifier.isEmpty()
                                      ? project->name
                                      : tr("%1 – %2").arg(project->identifier, project->name);
            projectNode.haystack =
                customerNode.haystack + QLatin1Char(' ') +
                SearchText::haystack(project->identifier + QLatin1Char(' ') + project->name);
            projectNode.customerId = customer.id;
            projectNode.projectId = project->id;
            projectNode.billable = project->billable;
            const int projectNumber = addNode(projectNode);
            m_projectNodes.insert(project->id, projectNumber);

            for (const Task &task : tasks) {
                Node taskNode;
                taskNode.kind = Kind::Task;
                taskNode.parent = projectNumber;
                taskNode.name = task.name;
                taskNode.projectName = project->name;
                taskNode.display = task.name;
                taskNode.haystack =
                    projectNode.haystack + QLatin1Char(' ') + SearchText::haystack(task.name);
                taskNode.identifier = project->identifier;
                taskNode.customerId = customer.id;
                taskNode.projectId = project->id;
                taskNode.taskId = task.id;
                taskNode.billable = task.billable;
                m_taskNodes.insert({project->id, task.id}, addNode(taskNode));
            }
        }
    }
    updateRanks();
    endResetModel();
}

void ProjectsModel::setFavorites(const QSet<ProjectTaskKey> &favorites)
{
    m_favorites = favorites;
    updateRanks();
    emitRanksChanged(0);
}

void ProjectsModel::setRecent(const QList<ProjectTaskKey> &mostRecentFirst)
{
    m_recent = mostRecentFirst;
    updateRanks();
    emitRanksChanged(0);
}

void ProjectsModel::updateRanks()
{
    // Facts only; which pair comes first is ProjectTaskRanking's decision.
    for (Node &node : m_nodes) {
        node.favorite = false;
        node.recentIndex = -1;
    }
    for (const ProjectTaskKey &key : std::as_const(m_favorites)) {
        // A parent of a favourite is marked too, so a tree view can show where they are.
        for (int number = m_taskNodes.value(key); number > 0; number = m_nodes[number].parent)
            m_nodes[number].favorite = true;
    }
    for (int i = static_cast<int>(m_recent.size()) - 1; i >= 0; --i) {
        if (const int number = m_taskNodes.value(m_recent.at(i)); number > 0)
            m_nodes[number].recentIndex = i; // a pair listed twice keeps its first place
    }
}

void ProjectsModel::emitRanksChanged(int nodeNumber)
{
    const Node &node = m_nodes.at(nodeNumber);
    if (node.children.isEmpty())
        return;
    const QModelIndex parent =
        nodeNumber == 0 ? QModelIndex() : createIndex(node.row, 0, quintptr(nodeNumber));
    emit dataChanged(index(0, 0, parent),
                     index(static_cast<int>(node.children.size()) - 1, 0, parent),
                     {ItemDataRole::IsFavorite, ItemDataRole::RecentIndex});
    for (const int child : node.children)
        emitRanksChanged(child);
}

QModelIndex ProjectsModel::indexOf(const ProjectTaskKey &key) const
{
    const int number = m_taskNodes.value(key);
    if (number <= 0)
        return {};
    return createIndex(m_nodes.at(number).row, 0, quintptr(number));
}

const ProjectsModel::Node *ProjectsModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes.at(static_cast<int>(index.internalId()));
}

const QString &ProjectsModel::haystack(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->haystack : m_nodes.first().haystack;
}

QModelIndex ProjectsModel::indexOfProject(qint64 projectId) const
{
    const int number = m_projectNodes.value(projectId);
    if (number <= 0)
        return {};
    return createIndex(m_nodes.at(number).row, 0, quintptr(number));
}

QModelIndex ProjectsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const int parentNumber = parent.isValid() ? static_cast<int>(parent.internalId()) : 0;
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node &parentNode = m_nodes.at(parentNumber);
    if (row >= parentNode.children.size())
        return {};
    return createIndex(row, 0, quintptr(parentNode.children.at(row)));
}

QModelIndex ProjectsModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent <= 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int ProjectsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int number = parent.isValid() ? static_cast<int>(parent.internalId()) : 0;
    return static_cast<int>(m_nodes.at(number).children.size());
}

int ProjectsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString ProjectsModel::toolTip(const Node &node) const
{
    QStringList path;
    for (const Node *n = &node; n->parent >= 0; n = &m_nodes.at(n->parent))
        path.prepend(n->display);
    //: Separates customer, project and task in a tooltip
    return path.join(tr(" › "));
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return node.display;
    case Qt::ToolTipRole:
        return toolTip(node);
    case ItemDataRole::NodeKind:
        return static_cast<int>(node.kind);
    case ItemDataRole::CustomerId:
        return node.customerId;
    case ItemDataRole::CustomerName: {
        const Node *customer = &node;
        while (customer->kind != Kind::Customer)
            customer = &m_nodes.at(customer->parent);
        return customer->name;
    }
    case ItemDataRole::ProjectId:
        return node.projectId;
    case ItemDataRole::TaskId:
        return node.taskId;
    case ItemDataRole::ProjectIdentifier:
        return node.identifier;
    case ItemDataRole::IsBillable:
        return node.billable;
    case ItemDataRole::IsFavorite:
        return node.favorite;
    case ItemDataRole::RecentIndex:
        return node.recentIndex;
    case ItemDataRole::ProjectName:
        return node.projectName;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProjectsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ItemDataRole::NodeKind, QByteArrayLiteral("kind"));
    names.insert(ItemDataRole::CustomerId, QByteArrayLiteral("customerId"));
    names.insert(ItemDataRole::CustomerName, QByteArrayLiteral("customerName"));
    names.insert(ItemDataRole::ProjectId, QByteArrayLiteral("projectId"));
    names.insert(ItemDataRole::TaskId, QByteArrayLiteral("taskId"));
    names.insert(ItemDataRole::ProjectIdentifier, QByteArrayLiteral("projectIdentifier"));
    names.insert(ItemDataRole::IsBillable, QByteArrayLiteral("isBillable"));
    names.insert(ItemDataRole::IsFavorite, QByteArrayLiteral("isFavorite"));
    names.insert(ItemDataRole::RecentIndex, QByteArrayLiteral("recentIndex"));
    names.insert(ItemDataRole::ProjectName, QByteArrayLiteral("projectName"));
    return names;
}
