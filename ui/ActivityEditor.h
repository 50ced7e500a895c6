// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"
#include "core/domain/ActivityDraft.h"
#include "core/models/ProjectTaskKey.h"
#include "core/storage/LocalActivity.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QStringList>

#include <memory>

class ProjectsModel;
class QLabel;

namespace Ui {
class ActivityEditor;
}

// Creates or edits one activity: date, project and task (the one ProjectTaskPicker, as in quick
// add; the task list beside it switches among the picked project's tasks), duration with its live
// parsed value, description, billable, tag, and the optional remote id/URL.
//
// Save checks the input and shows problems under the field they concern; when it is fine the
// dialog emits saveRequested() and the owner applies draft() (create) or edited() (edit) through
// LocalChanges and closes it. A refused change comes back with the server's messages:
// setActivity() of the failed record (or setFieldErrors()) shows them under the right fields.
// Billed activities open read-only.
class ActivityEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ActivityEditor(ProjectsModel *projects, QWidget *parent = nullptr);
    ~ActivityEditor() override;

    void setNewActivity(const QDate &date, const ProjectTaskKey &key = {}); // create mode
    // Edit mode (billed → read-only, Save hidden); shows activity.errorMessage / field errors.
    void setActivity(const LocalActivity &activity);
    // MOCO field keys: date, project_id, project, task_id, task, seconds, hours, description,
    // tag, remote_id, remote_url; anything else (base, …) goes to the line at the bottom.
    void setFieldErrors(const QMap<QString, QStringList> &errors);

    bool isNew() const { return m_localId == 0; }
    qint64 localId() const { return m_localId; } // 0 in create mode
    bool isReadOnly() const { return m_readOnly; }
    ActivityDraft draft() const; // create mode: what to send
    Activity edited() const;     // edit mode: the original with the user's changes
    ProjectTaskKey currentKey() const;

    // The text shown under a field ("date", "project", "task", "duration", "description",
    // "tag", "remote", "general"); "" when none. For tests and the owner's checks.
    QString errorText(const QString &field) const;

signals:
    void saveRequested(); // valid input; the owner applies draft()/edited() and closes
    void deleteRequested(qint64 localId);
    void favoriteToggled(const ProjectTaskKey &key); // Ctrl+S or the star in the picker

private:
    void onSaveClicked();
    void onPicked(const ProjectTaskKey &key);
    void onTaskChosen();
    void onProjectsReset();
    void onRemoteToggled(bool expanded);
    void fillTasks(qint64 projectId);
    void select(const ProjectTaskKey &key, const ProjectRef &projectFallback = {},
                const TaskRef &taskFallback = {});
    void selectTask(qint64 taskId, const TaskRef &fallback = {});
    void showPickInPicker(); // the picker follows the task list
    qint64 selectedProjectId() const;
    qint64 selectedTaskId() const;
    bool validate();
    void clearErrors();
    void showError(QLabel *label, const QString &text);
    QLabel *errorLabelFor(const QString &field) const;
    void setReadOnly(bool readOnly);
    void setNotice(const QString &text);

    std::unique_ptr<Ui::ActivityEditor> m_ui;
    QPointer<ProjectsModel> m_projects;
    ProjectRef m_projectFallback; // a picked project the model does not offer (edit mode)
    qint64 m_localId = 0;
    Activity m_original;
    bool m_readOnly = false;
};
