// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionResult.h"
#include "core/actions/ActivityUndoContext.h"
#include "core/domain/Activity.h"
#include "core/domain/ActivityDraft.h"
#include "core/models/ProjectTaskKey.h"
#include "core/models/WeekCellChange.h"
#include "core/storage/LocalActivity.h"

#include <QList>
#include <QObject>

#include <memory>

class Clock;
class LocalChanges;
class LocalStore;
class QUndoStack;
class TimerService;

// What the user can do to activities, each rule in one place: add (quick
// add, the editor), save an edit (the editor, F2, a week cell), duplicate,
// delete, and start or stop a timer. Every change goes on history(), so
// Edit → Undo/Redo reverses it the way it was made: through LocalChanges and
// the outbox, to MOCO exactly once.
//
// Each call returns what became of it; a refused or failed one changed
// nothing, and the widget keeps the user's input.
class ActivityActions : public QObject
{
    Q_OBJECT
public:
    ActivityActions(LocalStore *store, LocalChanges *changes, TimerService *timer, Clock *clock,
                    QObject *parent = nullptr);
    ~ActivityActions() override;

    QUndoStack *history() const { return m_history; }
    // What runs now, for the widgets that show it; they change it here.
    TimerService *timer() const { return m_timer; }

    ActionResult add(const ActivityDraft &draft);
    // `edited`: the whole activity as the user left it.
    ActionResult save(qint64 localId, const Activity &edited);
    // A copy dated the same day; a running original gives its time so far.
    ActionResult duplicate(qint64 localId);
    // Billed activities stay (MOCO refuses it). A running timer stops with
    // the delete: undo brings back the time so far. Done's message is the
    // undo bar's.
    ActionResult remove(qint64 localId);
    ActionResult applyWeekCell(const WeekCellChange &change);
    // Today's activity runs; a past day's is continued today (a new one).
    ActionResult startTimer(qint64 localId);
    // A new activity today, its timer running (the timer bar, the tray).
    ActionResult startNewTimer(const ProjectTaskKey &key, const QString &description);
    ActionResult stopTimer();

signals:
    // Undo or redo made or changed this row: the views select it.
    void rowTouched(qint64 localId);
    // Undo or redo could not be carried out (the database refused).
    void problem(const QString &message);

private:
    ActivityUndoContext::ActivityHandle handleFor(qint64 localId);
    ActionResult stored(qint64 localId, ActivityDraft draft, const QString &undoText);
    // Puts a start that happened (running: what runs now) on the history.
    ActionResult startedTimer(qint64 running, const std::optional<LocalActivity> &ranBefore,
                              const std::optional<LocalActivity> &target);
    // "Project · Task", and the description where there is one.
    static QString projectTaskOf(const Activity &activity);
    static QString nameOf(const Activity &activity);
    QString editText(const Activity &before, const Activity &after) const;

    LocalStore *m_store;
    LocalChanges *m_changes;
    TimerService *m_timer;
    Clock *m_clock;
    QUndoStack *m_history;
    ActivityUndoContext m_context;
    // One handle per activity the history knows (see ActivityUndoContext).
    QList<std::weak_ptr<qint64>> m_handles;
};
