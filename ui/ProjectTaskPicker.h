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
class QListView;

// The one project/task picker (timer bar, quick add, activity editor, tray popup): a line edit
// with type-ahead over ProjectsModel; a popup lists the matching project/task pairs in the order
// ProjectFilterProxy gives them (ProjectTaskRanking: exact words, favourites, recent, the rest),
// each row "Project · Task" with identifier and customer beside it and a star for favourites.
// Up/Down move, Enter/click picks, Esc closes the popup and puts the previous pick back. When a
// pick is made the line shows "Project · Task".
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
    // Shows the pair's text; {0,0} clears. `fallbackText` is shown for a pair the model does not
    // offer (an activity on a project that is no longer bookable keeps it in the editor).
    void setCurrent(const ProjectTaskKey &key, const QString &fallbackText = {});
    void clear();
    QLineEdit *lineEdit() const { return m_edit; } // placeholder, accessible name, focus

    // The popup, for tests and for owners that need to know whether Esc is taken.
    QListView *popup() const { return m_popup; }
    bool isPopupVisible() const;

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
    void pick(const QModelIndex &proxyIndex);
    void toggleFavorite(const QModelIndex &proxyIndex);
    void restoreText();
    QString textOf(const ProjectTaskKey &key) const;

    QLineEdit *m_edit;
    QListView *m_popup;
    QPointer<ProjectsModel> m_model;
    ProjectFilterProxy *m_proxy = nullptr;
    ProjectTaskKey m_current;
    QString m_fallbackText; // for m_current when the model does not offer it
    bool m_typing = false;  // the text was edited since the last pick
};
