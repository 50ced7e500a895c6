// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ProjectTaskPicker;
class ProjectsModel;
class QLabel;
class QLineEdit;
class QPushButton;
class ActivityActions;

// The tray's "Start timer…": a small frameless popup near the tray icon with
// the project/task type-ahead and a description. Enter starts the timer
// (ActivityActions::startNewTimer, undoable), Esc or a click elsewhere closes it.
class QuickStartPopup : public QWidget
{
    Q_OBJECT
public:
    QuickStartPopup(ActivityActions *actions, ProjectsModel *projects, QWidget *parent = nullptr);

    // Shows the popup empty, next to `anchor` (the tray icon's screen
    // geometry) or, when that is unknown, in a corner of the primary screen.
    void popup(const QRect &anchor);

    ProjectTaskPicker *picker() const { return m_picker; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPushButton *startButton() const { return m_start; }
    QString errorText() const;

    // Where a popup of `size` goes: beside the anchor on the side with room,
    // inside `available` (the screen's available geometry).
    static QRect placement(const QRect &anchor, const QSize &size, const QRect &available);

signals:
    void started(qint64 localId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startTimer();
    void showError(const QString &text);

    ActivityActions *m_actions;
    ProjectTaskPicker *m_picker;
    QLineEdit *m_description;
    QLabel *m_error;
    QPushButton *m_start;
};
