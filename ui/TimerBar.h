// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class Clock;
class ProjectTaskPicker;
class ProjectsModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class ActivityActions;
class TimerService;

// The bar at the top of the main window: is a timer running, on what, for
// how long. Running: a dot, "Project · Task", the description, the live
// elapsed time and [Stop timer]. Idle: the project/task picker, a
// description field and [Start timer]; Enter in the description starts.
//
// It follows TimerService::runningChanged(); the elapsed time is computed
// from timestamps (TimerService::elapsedSeconds), the 1 s tick only repaints
// and runs only while the bar is visible and a timer runs.
class TimerBar : public QWidget
{
    Q_OBJECT
public:
    // Shows actions->timer(); starts and stops through actions (undoable).
    TimerBar(ActivityActions *actions, ProjectsModel *projects, const Clock *clock,
             QWidget *parent = nullptr);

    // "1:07:42" while a timer runs; empty when idle.
    QString elapsedText() const;
    bool isShowingRunning() const;
    ProjectTaskPicker *picker() const { return m_picker; }
    QLineEdit *descriptionEdit() const { return m_descriptionEdit; }

    // Starts a timer on what the idle bar holds (the Start button, Enter).
    void startTimer();
    void stopTimer();

signals:
    void errorOccurred(const QString &message); // e.g. nothing picked

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createRunningPage();
    QWidget *createIdlePage();
    void onRunningChanged();
    void onPicked();
    void updateElapsed();
    void updateTick();
    void retranslate();

    ActivityActions *m_actions;
    TimerService *m_timer;
    const Clock *m_clock;
    QStackedWidget *m_pages;
    // Running
    QLabel *m_dot = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_elapsed = nullptr;
    QPushButton *m_stop = nullptr;
    // Idle
    ProjectTaskPicker *m_picker = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QPushButton *m_start = nullptr;
    QTimer *m_tick;
};
