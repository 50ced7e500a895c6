// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"
#include "core/domain/ActivityDraft.h"
#include "core/models/ProjectTaskKey.h"
#include "core/models/WeekCellChange.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <optional>

class AccountDataLayer;
class ActivitiesModel;
class ActivityActions;
struct ActionResult;
class ActivityEditor;
class AttentionModel;
class Clock;
class FavoriteProjects;
class MainWindow;
class NeedsAttentionDialog;
class ProjectsModel;
class TimerService;
class WeekGridModel;

// One signed-in session's work in the main window: feeds the window's models
// from the account's store for the period shown, and carries out what the
// user asks for — quick add, the editor, delete with undo, week cells, the
// timer, favourites, items needing attention — through LocalChanges, so every
// change is stored locally first and reaches MOCO through the outbox.
class Workspace : public QObject
{
    Q_OBJECT
public:
    struct Models
    {
        ActivitiesModel *day;
        WeekGridModel *week;
        ProjectsModel *projects;
    };

    // accountKey: "<user id>@<host>" (favourites are kept per account).
    Workspace(AccountDataLayer *data, MainWindow *window, Models models, Clock *clock,
              qint64 userId, const QString &accountKey, QObject *parent = nullptr);
    ~Workspace() override;

    TimerService *timer() const { return m_timer; }
    ActivityActions *actions() const { return m_actions; }
    AccountDataLayer *data() const { return m_data; }

    // Re-reads the store into the models (after every store change).
    void reload();

    void startTimerOn(qint64 localId);
    void stopTimer();
    // The list of changes MOCO refused or that conflict.
    void showAttention();

signals:
    // A short, non-blocking message for the status bar.
    void message(const QString &text);

private:
    void connectWindow();
    void reloadProjects();
    void reloadPeriod();

    void openNewEditor(const QDate &date);
    void openEditor(qint64 localId);
    ActivityEditor *createEditor();
    void onEditorSave();
    void quickAdd(const ActivityDraft &draft);
    void remove(qint64 localId);
    // A refused or failed action says why in the status bar.
    void report(const ActionResult &result);
    void onItemNeedsAttention(qint64 seq);
    void fixItem(qint64 localId);
    void remember(qint64 localId);

    AccountDataLayer *m_data;
    MainWindow *m_window;
    Models m_models;
    Clock *m_clock;
    qint64 m_userId;
    TimerService *m_timer;
    ActivityActions *m_actions;
    FavoriteProjects *m_favorites;
    AttentionModel *m_attention;
    QPointer<ActivityEditor> m_editor;
    QPointer<NeedsAttentionDialog> m_attentionDialog;
    // The activity the user saved last: if MOCO refuses it, the editor opens
    // again with MOCO's messages on the fields.
    qint64 m_lastSaved = 0;
};
