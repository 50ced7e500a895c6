// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "ActivityEditor.h"
#include "DayView.h"
#include "MainWindow.h"
#include "NeedsAttentionDialog.h"
#include "QuickAddBar.h"
#include "core/actions/ActivityActions.h"
#include "core/models/ActivitiesModel.h"
#include "core/models/AttentionModel.h"
#include "core/models/ProjectsModel.h"
#include "core/models/WeekGridModel.h"
#include "core/services/Clock.h"
#include "core/services/FavoriteProjects.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/Outbox.h"
#include "core/storage/PresenceCache.h"
#include "core/storage/ProjectCache.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/OutboxSender.h"
#include "core/sync/SyncService.h"
#include "core/sync/TimerService.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace {

// What the timer shows, for the end-to-end tests (ids and times only).
void logTimerState(const TimerService *timer)
{
    const std::optional<LocalActivity> running = timer->running();
    if (!running || !running->activity.timerStartedAt) {
        qCDebug(lcApp) << "timer idle";
        return;
    }
    qCDebug(lcApp).nospace().noquote()
        << "timer running: activity " << running->activity.id << " (local " << running->localId
        << "), started " << running->activity.timerStartedAt->toString(Qt::ISODate) << ", elapsed "
        << timer->elapsedSeconds() << " s";
}

} // namespace

Workspace::Workspace(AccountDataLayer *data, MainWindow *window, Models models, Clock *clock,
                     qint64 userId, const QString &accountKey, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_window(window)
    , m_models(models)
    , m_clock(clock)
    , m_userId(userId)
    , m_timer(new TimerService(data->store(), data->changes(), clock, this))
    , m_actions(new ActivityActions(data->store(), data->changes(), m_timer, clock, this))
    , m_favorites(new FavoriteProjects(accountKey, this))
    , m_attention(new AttentionModel(data->store(), this))
{
    m_timer->setUserId(userId);
    m_models.day->setUserId(userId);
    m_window->setActions(m_actions);

    connect(m_data, &AccountDataLayer::storeChanged, this, &Workspace::reload);
    connect(m_data->sender(), &OutboxSender::itemNeedsAttention, this,
            &Workspace::onItemNeedsAttention);
    connect(m_favorites, &FavoriteProjects::changed, this, &Workspace::reloadProjects);
    connectWindow();
    reload();
    connect(m_timer, &TimerService::runningChanged, this, [this] { logTimerState(m_timer); });
    logTimerState(m_timer);
}

Workspace::~Workspace()
{
    m_window->setActions(nullptr);
    delete m_editor;
    delete m_attentionDialog;
}

void Workspace::connectWindow()
{
    MainWindow *window = m_window;
    connect(window, &MainWindow::periodChanged, this, &Workspace::reloadPeriod);
    connect(window, &MainWindow::newActivityRequested, this, &Workspace::openNewEditor);
    connect(window, &MainWindow::editRequested, this, &Workspace::openEditor);
    connect(window, &MainWindow::deleteRequested, this, &Workspace::remove);
    connect(window, &MainWindow::duplicateRequested, this, [this](qint64 localId) {
        const ActionResult result = m_actions->duplicate(localId);
        report(result);
        if (result.ok())
            m_window->dayView()->selectLocalId(result.localId);
    });
    connect(window, &MainWindow::startRequested, this, &Workspace::startTimerOn);
    connect(window, &MainWindow::stopRequested, this, &Workspace::stopTimer);
    connect(window, &MainWindow::quickAddRequested, this, &Workspace::quickAdd);
    connect(window, &MainWindow::favoriteToggled, m_favorites, &FavoriteProjects::toggle);
    connect(m_actions, &ActivityActions::rowTouched, window->dayView(), &DayView::selectLocalId);
    connect(m_actions, &ActivityActions::problem, this, &Workspace::message);
    connect(window, &MainWindow::attentionRequested, this, &Workspace::showAttention);
    connect(this, &Workspace::message, window, &MainWindow::showTransientMessage);

    // In-place edits (F2 in the day view, a typed week cell).
    connect(m_models.day, &ActivitiesModel::editRequested, this,
            [this](qint64 localId, const Activity &edited) {
                report(m_actions->save(localId, edited));
            });
    connect(m_models.week, &WeekGridModel::cellChangeRequested, this,
            [this](const WeekCellChange &change) {
                // Refusals are shown by the week view itself, under the grid.
                if (change.kind != WeekCellChange::Kind::Refused)
                    report(m_actions->applyWeekCell(change));
            });
}

void Workspace::reload()
{
    reloadProjects();
    reloadPeriod();
    m_timer->reload();
    m_attention->refresh();
}

void Workspace::reloadProjects()
{
    m_models.projects->setProjects(ProjectCache(m_data->store()).projects());
    m_models.projects->setFavorites(m_favorites->favorites());
    QList<ProjectTaskKey> recent;
    const QList<RecentEntry> entries = m_timer->recentEntries(10);
    for (const RecentEntry &entry : entries) {
        const ProjectTaskKey key{entry.projectId, entry.taskId};
        if (!recent.contains(key))
            recent.append(key);
    }
    m_models.projects->setRecent(recent);
}

void Workspace::reloadPeriod()
{
    const ShownPeriod period = m_window->period();
    ActivityCache activities(m_data->store());
    const QDate day = period.date();
    m_models.day->setActivities(day, day, activities.between(day, day));
    const QDate monday = ShownPeriod(day, ShownPeriod::Mode::Week).from();
    m_models.week->setWeek(monday, activities.between(monday, monday.addDays(6)));
    m_window->setPresences(PresenceCache(m_data->store()).between(day, day));
    // Deletions are noticed by re-reading a window of days: include what is
    // on screen.
    m_data->sync()->setVisibleRange(period.from(), period.to());
}

void Workspace::openNewEditor(const QDate &date)
{
    ActivityEditor *editor = createEditor();
    editor->setNewActivity(date);
    editor->show();
}

void Workspace::openEditor(qint64 localId)
{
    const std::optional<LocalActivity> activity = ActivityCache(m_data->store()).find(localId);
    if (!activity)
        return;
    ActivityEditor *editor = createEditor();
    editor->setActivity(*activity);
    editor->show();
}

ActivityEditor *Workspace::createEditor()
{
    // One editor at a time: a second request replaces the first (its input
    // is not saved; it was never confirmed).
    delete m_editor;
    m_editor = new ActivityEditor(m_models.projects, m_window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setWindowModality(Qt::WindowModal);
    connect(m_editor, &ActivityEditor::saveRequested, this, &Workspace::onEditorSave);
    connect(m_editor, &ActivityEditor::favoriteToggled, m_favorites, &FavoriteProjects::toggle);
    connect(m_editor, &ActivityEditor::deleteRequested, this, [this](qint64 localId) {
        m_editor->close();
        remove(localId);
    });
    return m_editor;
}

void Workspace::onEditorSave()
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
    remember(result.localId);
    m_editor->close();
}

void Workspace::quickAdd(const ActivityDraft &draft)
{
    const ActionResult result = m_actions->add(draft);
    m_window->dayView()->quickAddBar()->finishAdd(result);
    if (!result.ok())
        return;
    remember(result.localId);
    m_window->dayView()->selectLocalId(result.localId);
}

void Workspace::remove(qint64 localId)
{
    const ActionResult result = m_actions->remove(localId);
    if (result.ok())
        m_window->offerUndo(result.message);
    else
        report(result);
}

void Workspace::report(const ActionResult &result)
{
    if (!result.ok() && !result.message.isEmpty())
        emit message(result.message);
}

void Workspace::startTimerOn(qint64 localId)
{
    report(m_actions->startTimer(localId));
}

void Workspace::stopTimer()
{
    m_actions->stopTimer();
}

void Workspace::remember(qint64 localId)
{
    m_lastSaved = localId;
}

void Workspace::onItemNeedsAttention(qint64 seq)
{
    const std::optional<OutboxItem> item = Outbox(m_data->store()).item(seq);
    if (!item || item->entity() != QLatin1String("activity"))
        return;
    // What the user just saved comes back to them with MOCO's reasons on the
    // fields; older items wait in the list of changes needing attention.
    if (item->localId == m_lastSaved && !m_editor) {
        m_lastSaved = 0;
        openEditor(item->localId);
    }
}

void Workspace::showAttention()
{
    if (!m_attentionDialog) {
        m_attentionDialog = new NeedsAttentionDialog(m_attention, m_data->changes(), m_window);
        m_attentionDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_attentionDialog, &NeedsAttentionDialog::fixRequested, this, &Workspace::fixItem);
    }
    m_attention->refresh();
    m_attentionDialog->show();
    m_attentionDialog->raise();
    m_attentionDialog->activateWindow();
}

void Workspace::fixItem(qint64 localId)
{
    openEditor(localId);
}
