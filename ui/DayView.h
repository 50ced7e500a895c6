// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ActivityDraft.h"
#include "core/models/ProjectTaskKey.h"
#include "core/storage/LocalPresence.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>

class ActivitiesModel;
class Clock;
class DayFooter;
class DayTreeModel;
class ProjectsModel;
class QAbstractItemView;
class QLabel;
class QMenu;
class QModelIndex;
class QStackedWidget;
class QToolButton;
class QTreeView;
class QuickAddBar;

// Quick-add row on top, the day's activities grouped by customer (core
// DayTreeModel over an ActivitiesModel), the day footer (DaySummary) at the
// bottom, an empty state when the day has none.
//
// The day shown is the ActivitiesModel's range start (from()): the window
// feeds one day with setActivities(day, day, …). The view only displays and
// asks: every change goes out through its signals. It runs no timer; the
// window calls ActivitiesModel::refreshElapsed() (and refreshFooter() for an
// open presence) once a second while visible.
class DayView : public QWidget
{
    Q_OBJECT
public:
    DayView(ActivitiesModel *activities, ProjectsModel *projects, const Clock *clock,
            QWidget *parent = nullptr);

    void setPresences(const QList<LocalPresence> &presencesOfTheDay); // footer: present time + gap
    qint64 selectedLocalId() const;                                   // 0 when none
    void selectLocalId(qint64 localId);
    QAbstractItemView *activitiesView() const; // accessible name "Activities"
    void focusQuickAdd();
    void focusList();
    QString footerText() const;

    QDate date() const; // the day shown (today until the model has a range)
    // Instead of the empty-state hint while not empty, e.g. "Loading the
    // activities…" before the first sync; "" restores the hint.
    void setPlaceholder(const QString &text);
    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    QuickAddBar *quickAddBar() const { return m_quickAdd; }
    // The day's working time (PresencesPanel), between the activities and
    // the footer; the view takes it as its child. nullptr: none.
    void setPresencesPanel(QWidget *panel);
    QWidget *presencesPanel() const { return m_presencesPanel; }

public slots:
    // Recomputes the footer: an open presence grows without any store change.
    void refreshFooter();

signals:
    void editRequested(qint64 localId);   // Enter / double-click / "Edit…"
    void deleteRequested(qint64 localId); // Del / "Delete"
    void startRequested(qint64 localId);  // ▶ on a row: start today's, continue a past day's
    void stopRequested();                 // ■ on the running row
    void duplicateRequested(qint64 localId);
    void projectDetailsRequested(qint64 localId);       // "Project Details…" in the row's menu
    void quickAddRequested(const ActivityDraft &draft); // Enter in the quick-add row (valid input)
    void favoriteToggled(const ProjectTaskKey &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 localIdAt(const QModelIndex &index) const;
    bool isBilled(qint64 localId) const;
    void onAboutToReset();
    void onReset();
    void onDoubleClicked(const QModelIndex &index);
    void onContextMenu(const QPoint &position);
    void updatePage();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    // Every row's buttons (after a reset), or those of rows first..last of
    // one customer; the buttons column fits the widest.
    void createRowButtons();
    void createRowButtons(const QModelIndex &parent, int first, int last, bool fitFromScratch);
    QWidget *rowButtons(const QModelIndex &index);
    void showRowMenu(qint64 localId, const QPoint &globalPosition);
    void copyDescription(qint64 localId);
    void editInPlace();

    ActivitiesModel *m_activities;
    const Clock *m_clock;
    DayTreeModel *m_model;
    QuickAddBar *m_quickAdd;
    QStackedWidget *m_pages;
    QTreeView *m_tree;
    QLabel *m_empty;
    DayFooter *m_footer;
    QPointer<QWidget> m_presencesPanel;
    QMenu *m_rowMenu;
    QList<LocalPresence> m_presences;
    QString m_placeholder;
    qint64 m_selectionToRestore = 0;
};
