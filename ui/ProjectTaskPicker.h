// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ProjectTaskKey.h"

#include <QModelIndex>
#include <QPointer>
#include <QWidget>

class ProjectFilterProxy;
class ProjectsModel;
class QLineEdit;
class QTreeView;

// One line edit with type-ahead over ProjectsModel (ProjectFilterProxy); a popup lists matching
// customer › project › task rows (favourites starred, first); Up/Down move, Enter/click picks a
// task, Esc closes the popup and puts the previous pick back. When a pick is made the line shows
// "Project · Task".
//
// Focus stays in the line edit while the popup is open: the popup forwards every key it does not
// handle itself (as QCompleter does), so typing goes on filtering. Ctrl+S or a click on the star
// asks the owner to star/unstar the highlighted pair (favoriteToggled); the owner persists it and
// feeds the set back with ProjectsModel::setFavorites().
class ProjectTaskPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectTaskPicker(QWidget *parent = nullptr);

    void setProjectsModel(ProjectsModel *model);         // not owned; may be reset any time
    ProjectTaskKey current() const { return m_current; } // {0,0} while nothing is picked
    void setCurrent(const ProjectTaskKey &key);          // shows its text; {0,0} clears
    void clear();
    QLineEdit *lineEdit() const { return m_edit; } // placeholder, accessible name, focus

    // The popup, for tests and for owners that need to know whether Esc is taken.
    QTreeView *popup() const { return m_popup; }
    bool isPopupVisible() const;

    // "Project · Task" for a task row of ProjectsModel (or a proxy of it); "" for other rows.
    static QString pickText(const QModelIndex &taskRow);
    // A project row's name without its identifier ("Website Relaunch", not "P-1 – Website …").
    static QString projectName(const QModelIndex &projectRow);

signals:
    void picked(const ProjectTaskKey &key);          // the user chose a task
    void favoriteToggled(const ProjectTaskKey &key); // star toggled in the popup

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void onModelReset();
    bool handlePopupKey(QKeyEvent *event);
    bool handleEditKey(QKeyEvent *event);
    bool handlePopupClick(QMouseEvent *event);
    void showPopup();
    void hidePopup();
    void moveHighlight(int steps);
    QModelIndexList visibleTasks() const;
    void pick(const QModelIndex &proxyIndex);
    void toggleFavorite(const QModelIndex &proxyIndex);
    void restoreText();
    QString textOf(const ProjectTaskKey &key) const;

    QLineEdit *m_edit;
    QTreeView *m_popup;
    QPointer<ProjectsModel> m_model;
    ProjectFilterProxy *m_proxy = nullptr;
    ProjectTaskKey m_current;
    bool m_typing = false; // the text was edited since the last pick
};
