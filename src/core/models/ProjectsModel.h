// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Project.h"
#include "core/models/ProjectTaskKey.h"

#include <QAbstractItemModel>
#include <QList>
#include <QSet>

// The project/task picker's tree: customer → project → task, one column,
// only what the user may book on (Project::bookableTasks(): project active,
// its contract active when the server sent one, task active). Projects
// without a bookable task and customers without such projects are left out.
// Rows are ordered by name. The picker shows the task rows as one list
// (ProjectTaskListModel), filtered and ranked by ProjectFilterProxy.
//
// Fed from ProjectCache::projects() (GET /projects/assigned); the favourite
// and recent sets are inputs, persisted elsewhere.
class ProjectsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Customer, Project, Task };
    Q_ENUM(Kind)

    explicit ProjectsModel(QObject *parent = nullptr);

    void setProjects(const QList<Project> &projects);
    void setFavorites(const QSet<ProjectTaskKey> &favorites);
    void setRecent(const QList<ProjectTaskKey> &mostRecentFirst);

    // The task row of a pair (to preselect the current one); invalid if it is
    // not bookable.
    QModelIndex indexOf(const ProjectTaskKey &key) const;
    // The project row (its children are its bookable tasks); invalid if it is not bookable.
    QModelIndex indexOfProject(qint64 projectId) const;

    // Folded text of the row and its ancestors, built once per row when the
    // projects are set (SearchText::haystack); the proxy filters on it.
    const QString &haystack(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        Kind kind = Kind::Customer;
        int parent = -1; // node number; 0 is the invisible root
        int row = 0;
        QList<int> children;
        QString name;
        QString projectName; // project and task rows
        QString display;
        QString haystack;
        QString identifier;
        qint64 customerId = 0;
        qint64 projectId = 0;
        qint64 taskId = 0;
        bool billable = false;
        bool favorite = false;
        int recentIndex = -1; // task rows: position in the recent list
    };

    int addNode(Node node);
    const Node *nodeOf(const QModelIndex &index) const;
    QString toolTip(const Node &node) const;
    void updateRanks();
    void emitRanksChanged(int nodeNumber);

    QList<Node> m_nodes;
    QHash<ProjectTaskKey, int> m_taskNodes;
    QHash<qint64, int> m_projectNodes;
    QSet<ProjectTaskKey> m_favorites;
    QList<ProjectTaskKey> m_recent;
};
