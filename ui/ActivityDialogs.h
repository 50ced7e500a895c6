// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>

class AccountDataLayer;
class ActivityActions;
class ActivityEditor;
class AttentionModel;
class FavoriteProjects;
class NeedsAttentionDialog;
class ProjectsModel;
class QWidget;

// The dialogs a session opens over the main window: the activity editor (new
// or existing; Save goes through ActivityActions and the editor stays open
// with the reason when it is refused), and the list of changes needing
// attention. What the user saved last comes back in the editor with MOCO's
// messages on the fields when MOCO refuses it later, on delivery.
class ActivityDialogs : public QObject
{
    Q_OBJECT
public:
    ActivityDialogs(ActivityActions *actions, AccountDataLayer *data, ProjectsModel *projects,
                    FavoriteProjects *favorites, AttentionModel *attention, QWidget *window,
                    QObject *parent = nullptr);
    ~ActivityDialogs() override;

    void openNew(const QDate &date);
    void open(qint64 localId);
    void showAttention();
    // The user just saved this activity (quick add, the editor): if MOCO
    // refuses it, the editor opens on it.
    void watchForRefusal(qint64 localId) { m_lastSaved = localId; }

signals:
    // Delete in the editor: the window deletes (and offers undo).
    void deleteRequested(qint64 localId);

private:
    ActivityEditor *createEditor();
    void onEditorSave();
    void onItemNeedsAttention(qint64 seq);

    ActivityActions *m_actions;
    AccountDataLayer *m_data;
    ProjectsModel *m_projects;
    FavoriteProjects *m_favorites;
    AttentionModel *m_attention;
    QWidget *m_window;
    QPointer<ActivityEditor> m_editor;
    QPointer<NeedsAttentionDialog> m_attentionDialog;
    qint64 m_lastSaved = 0;
};
