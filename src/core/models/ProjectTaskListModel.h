// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ProjectTaskKey.h"
#include "core/models/ProjectTaskRanking.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>

class ProjectsModel;

// The task rows of a ProjectsModel as one flat list, in the model's order (customer, project,
// task by name): what the picker offers, one row per bookable project/task pair. Display text
// is the pick text ("Project · Task"); the other roles are the task row's (ItemDataRole).
// Follows the source: a reset rebuilds the list, a favourite/recent change arrives as
// dataChanged. Keeps each pair's ProjectTaskRanking::Entry so ranking does not fold text.
class ProjectTaskListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ProjectTaskListModel(ProjectsModel *source, QObject *parent = nullptr);

    // "Project · Task", for a pick shown in a line or a pair the model does not hold.
    static QString pickText(const QString &projectName, const QString &taskName);

    ProjectTaskKey keyAt(int row) const;
    int rowOf(const ProjectTaskKey &key) const; // -1 when the pair is not bookable
    const QString &haystack(int row) const;
    const ProjectTaskRanking::Entry &rankingEntry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QPersistentModelIndex source; // the task row in ProjectsModel
        ProjectTaskKey key;
        QString text;
        ProjectTaskRanking::Entry ranking;
    };

    void rebuild();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QPointer<ProjectsModel> m_source;
    QList<Row> m_rows;
    QHash<ProjectTaskKey, int> m_rowOf;
};
