// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionResult.h"

#include "core/domain/ActivityDraft.h"
#include "core/models/ProjectTaskKey.h"

#include <QDate>
#include <QWidget>

class DurationEdit;
class ProjectTaskPicker;
class ProjectsModel;
class QLabel;
class QLineEdit;
class QPushButton;

// The day view's quick-add row: project/task, description, duration, [Add].
// Enter anywhere in the row adds (except where the picker takes Enter to
// pick what was typed; the cursor then moves on to the description). After an
// add the description and duration are cleared and the project stays, for
// the next entry of the same project; invalid input keeps everything and says
// what is missing under the row.
class QuickAddBar : public QWidget
{
    Q_OBJECT
public:
    explicit QuickAddBar(QWidget *parent = nullptr);

    void setProjectsModel(ProjectsModel *model); // not owned
    void setDate(const QDate &date);             // the day the entries go to
    QDate date() const { return m_date; }

    // Checks the input; if it is complete emits addRequested(). False (with
    // the reason shown) otherwise.
    bool submit();
    // What became of the add: on success the input clears for the next
    // entry; otherwise it stays, with the reason.
    void finishAdd(const ActionResult &result);
    // The picker when nothing is picked yet, the description otherwise.
    void focusFirstField();
    QString message() const;

    ProjectTaskPicker *picker() const { return m_picker; }
    QLineEdit *descriptionEdit() const { return m_description; }
    DurationEdit *durationEdit() const { return m_duration; }
    QPushButton *addButton() const { return m_add; }

signals:
    void addRequested(const ActivityDraft &draft);
    void favoriteToggled(const ProjectTaskKey &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMessage(const QString &text);
    void onPicked();

    QDate m_date;
    ProjectTaskPicker *m_picker;
    QLineEdit *m_description;
    DurationEdit *m_duration;
    QPushButton *m_add;
    QLabel *m_message;
};
