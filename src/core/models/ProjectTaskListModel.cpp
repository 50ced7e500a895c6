// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ProjectTaskListModel.h"

#include "core/models/ItemDataRole.h"
#include "core/models/ProjectsModel.h"
#include "core/models/SearchText.h"

ProjectTaskListModel::ProjectTaskListModel(ProjectsModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    Q_ASSERT(source);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &ProjectTaskListModel::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(source, &QAbstractItemModel::dataChanged, this,
            &ProjectTaskListModel::onSourceDataChanged);
    rebuild();
}

QString ProjectTaskListModel::pickText(const QString &projectName, const QString &taskName)
{
    //: A project and task picked in the picker's line, e.g. "Website Relaunch · Design"
    return tr("%1 · %2").arg(projectName, taskName);
}

void ProjectTaskListModel::rebuild()
{
    m_rows.clear();
    m_rowOf.clear();
    if (!m_source)
        return;
    for (int c = 0; c < m_source->rowCount(); ++c) {
        const QModelIndex customer = m_source->index(c, 0);
        for (int p = 0; p < m_source->rowCount(customer); ++p) {
            const QModelIndex project = m_source->index(p, 0, customer);
            const QString projectName = project.data(ItemDataRole::ProjectName).toString();
            const QStringList projectWords = SearchText::words(
                project.data(ItemDataRole::ProjectIdentifier).toString() + u' ' + projectName);
            for (int t = 0; t < m_source->rowCount(project); ++t) {
                const QModelIndex task = m_source->index(t, 0, project);
                Row row;
                row.source = task;
                row.key = {task.data(ItemDataRole::ProjectId).toLongLong(),
                           task.data(ItemDataRole::TaskId).toLongLong()};
                row.text = pickText(projectName, task.data().toString());
                row.ranking.projectWords = projectWords;
                row.ranking.taskWords = SearchText::words(task.data().toString());
                row.ranking.favorite = task.data(ItemDataRole::IsFavorite).toBool();
                row.ranking.recentIndex = task.data(ItemDataRole::RecentIndex).toInt();
                m_rowOf.insert(row.key, static_cast<int>(m_rows.size()));
                m_rows.append(std::move(row));
            }
        }
    }
}

void ProjectTaskListModel::onSourceDataChanged(const QModelIndex &topLeft,
                                               const QModelIndex &bottomRight)
{
    // ProjectsModel changes data only for favourites and recents; they are cheap to re-read.
    int first = -1;
    int last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex changed = topLeft.siblingAtRow(row);
        if (changed.data(ItemDataRole::TaskId).toLongLong() == 0)
            continue;
        const int at = rowOf({changed.data(ItemDataRole::ProjectId).toLongLong(),
                              changed.data(ItemDataRole::TaskId).toLongLong()});
        if (at < 0)
            continue;
        Row &entry = m_rows[at];
        entry.ranking.favorite = changed.data(ItemDataRole::IsFavorite).toBool();
        entry.ranking.recentIndex = changed.data(ItemDataRole::RecentIndex).toInt();
        first = first < 0 ? at : std::min(first, at);
        last = std::max(last, at);
    }
    if (first >= 0)
        emit dataChanged(index(first), index(last));
}

ProjectTaskKey ProjectTaskListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : ProjectTaskKey{};
}

int ProjectTaskListModel::rowOf(const ProjectTaskKey &key) const
{
    return m_rowOf.value(key, -1);
}

const QString &ProjectTaskListModel::haystack(int row) const
{
    return m_source->haystack(m_rows.at(row).source);
}

const ProjectTaskRanking::Entry &ProjectTaskListModel::rankingEntry(int row) const
{
    return m_rows.at(row).ranking;
}

int ProjectTaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ProjectTaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.text;
    case Qt::AccessibleTextRole:
        // Read out with its customer and identifier: "Müller › P-1042 – Website › Design".
        return row.source.data(Qt::ToolTipRole);
    default:
        return row.source.data(role);
    }
}

QHash<int, QByteArray> ProjectTaskListModel::roleNames() const
{
    return m_source ? m_source->roleNames() : QAbstractListModel::roleNames();
}
