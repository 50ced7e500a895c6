// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityDialogs.h"

#include "ActivityEditor.h"
#include "NeedsAttentionDialog.h"
#include "core/actions/ActivityActions.h"
#include "core/models/AttentionModel.h"
#include "core/services/FavoriteProjects.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/Outbox.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/OutboxSender.h"

ActivityDialogs::ActivityDialogs(ActivityActions *actions, AccountDataLayer *data,
                                 ProjectsModel *projects, FavoriteProjects *favorites,
                                 AttentionModel *attention, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_data(data)
    , m_projects(projects)
    , m_favorites(favorites)
    , m_attention(attention)
    , m_window(window)
{
    connect(m_data->sender(), &OutboxSender::itemNeedsAttention, this,
            &ActivityDialogs::onItemNeedsAttention);
}

ActivityDialogs::~ActivityDialogs()
{
    delete m_editor;
    delete m_attentionDialog;
}

void ActivityDialogs::openNew(const QDate &date)
{
    ActivityEditor *editor = createEditor();
    editor->setNewActivity(date);
    editor->show();
}

void ActivityDialogs::open(qint64 localId)
{
    const std::optional<LocalActivity> activity = ActivityCache(m_data->store()).find(localId);
    if (!activity)
        return;
    ActivityEditor *editor = createEditor();
    editor->setActivity(*activity);
    editor->show();
}

ActivityEditor *ActivityDialogs::createEditor()
{
    // One editor at a time: a second request replaces the first (its input
    // is not saved; it was never confirmed).
    delete m_editor;
    m_editor = new ActivityEditor(m_projects, m_window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setWindowModality(Qt::WindowModal);
    connect(m_editor, &ActivityEditor::saveRequested, this, &ActivityDialogs::onEditorSave);
    connect(m_editor, &ActivityEditor::favoriteToggled, m_favorites, &FavoriteProjects::toggle);
    connect(m_editor, &ActivityEditor::deleteRequested, this, [this](qint64 localId) {
        m_editor->close();
        emit deleteRequested(localId);
    });
    return m_editor;
}

void ActivityDialogs::onEditorSave()
{
    if (!m_editor)
        return;
    const ActionResult result = m_editor->isNew()
                                    ? m_actions->add(m_editor->draft())
                                    : m_actions->save(m_editor->localId(), m_editor->edited());
    if (!result.ok()) {
        // The editor stays open with what was typed.
        m_editor->setFieldErrors(
            {{result.field.isEmpty() ? QStringLiteral("base") : result.field, {result.message}}});
        return;
    }
    watchForRefusal(result.localId);
    m_editor->close();
}

void ActivityDialogs::onItemNeedsAttention(qint64 seq)
{
    const std::optional<OutboxItem> item = Outbox(m_data->store()).item(seq);
    if (!item || item->entity() != QLatin1String("activity"))
        return;
    // What the user just saved comes back to them with MOCO's reasons on the
    // fields; older items wait in the list of changes needing attention.
    if (item->localId == m_lastSaved && !m_editor) {
        m_lastSaved = 0;
        open(item->localId);
    }
}

void ActivityDialogs::showAttention()
{
    if (!m_attentionDialog) {
        m_attentionDialog = new NeedsAttentionDialog(m_attention, m_data->changes(), m_window);
        m_attentionDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_attentionDialog, &NeedsAttentionDialog::fixRequested, this,
                &ActivityDialogs::open);
    }
    m_attention->refresh();
    m_attentionDialog->show();
    m_attentionDialog->raise();
    m_attentionDialog->activateWindow();
}
