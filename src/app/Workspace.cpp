// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "ActivityDialogs.h"
#include "DayView.h"
#include "DetailsWindows.h"
#include "MainWindow.h"
#include "PresenceControls.h"
#include "PresencesPanel.h"
#include "QuickAddBar.h"
#include "WeekView.h"
#include "core/actions/ActivityActions.h"
#include "core/actions/ClockToggle.h"
#include "core/actions/CustomFieldsActions.h"
#include "core/actions/PresenceActions.h"
#include "core/models/ActivitiesModel.h"
#include "core/models/AttentionModel.h"
#include "core/models/PresencesModel.h"
#include "core/models/WeekGridModel.h"
#include "core/services/AppPreferences.h"
#include "core/services/FavoriteProjects.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/TimerService.h"

namespace {

// A refused or failed action says why in the status bar.
void report(MainWindow *window, const ActionResult &result)
{
    if (!result.ok() && !result.message.isEmpty())
        window->showTransientMessage(result.message);
}

} // namespace

Workspace::Workspace(AccountDataLayer *data, MainWindow *window, PeriodFeed::Models models,
                     Clock *clock, qint64 userId, const QString &accountKey, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_window(window)
    , m_timer(new TimerService(data->store(), data->changes(), clock, this))
    , m_actions(new ActivityActions(data->store(), data->changes(), m_timer, clock, this))
    , m_favorites(new FavoriteProjects(accountKey, this))
    , m_attention(new AttentionModel(data->store(), this))
    , m_feed(new PeriodFeed(data, models, m_timer, m_favorites, this))
    , m_dialogs(new ActivityDialogs(m_actions, data, models.projects, m_favorites, m_attention,
                                    window, this))
    // The app's preferences file; QSettings shares it within the process.
    , m_preferences(new AppPreferences(this))
    , m_presences(new PresenceActions(data->store(), data->changes(), clock, this))
    , m_clockToggle(std::make_unique<ClockToggle>(m_presences, m_actions, m_preferences))
    , m_presenceControls(new PresenceControls(m_clockToggle.get(), m_presences, window, this))
    , m_dayPresences(new PresencesModel(clock, this))
    , m_weekPresences(new PresencesModel(clock, this))
    , m_details(new DetailsWindows(
          new CustomFieldsActions(data->store(), data->changes(), data->api(), this), window, this))
{
    m_feed->setPresenceModels(m_dayPresences, m_weekPresences);
    m_window->setPresenceControls(m_presenceControls);
    m_window->weekView()->setPresences(m_weekPresences, clock);
    m_window->dayView()->setPresencesPanel(
        new PresencesPanel(m_presences, m_dayPresences, clock, m_window->dayView()));
    connect(m_presenceControls, &PresenceControls::message, m_window,
            &MainWindow::showTransientMessage);
    m_timer->setUserId(userId);
    models.day->setUserId(userId);
    m_window->setActions(m_actions);

    connect(m_data, &AccountDataLayer::storeChanged, this, &Workspace::reload);
    connect(m_feed, &PeriodFeed::dayPresencesChanged, m_window, &MainWindow::setPresences);
    connectWindow();
    m_feed->setPeriod(m_window->period());
    reload();

    // In-place edits (F2 in the day view, a typed week cell).
    connect(models.day, &ActivitiesModel::editRequested, m_actions,
            [this](qint64 localId, const Activity &edited) {
                report(m_window, m_actions->save(localId, edited));
            });
    connect(models.week, &WeekGridModel::cellChangeRequested, m_actions,
            [this](const WeekCellChange &change) {
                // Refusals are shown by the week view itself, under the grid.
                if (change.kind != WeekCellChange::Kind::Refused)
                    report(m_window, m_actions->applyWeekCell(change));
            });
}

Workspace::~Workspace()
{
    // The details windows first: they use this session's actions.
    delete m_details;
    m_window->setPresenceControls(nullptr);
    m_window->weekView()->setPresences(nullptr, nullptr);
    m_window->dayView()->setPresencesPanel(nullptr); // it holds this session's models
    m_window->setActions(nullptr);
}

void Workspace::connectWindow()
{
    MainWindow *window = m_window;
    DayView *day = window->dayView();
    connect(window, &MainWindow::periodChanged, m_feed, &PeriodFeed::setPeriod);
    connect(window, &MainWindow::newActivityRequested, m_dialogs, &ActivityDialogs::openNew);
    connect(window, &MainWindow::editRequested, m_dialogs, &ActivityDialogs::open);
    connect(window, &MainWindow::attentionRequested, m_dialogs, &ActivityDialogs::showAttention);
    connect(m_dialogs, &ActivityDialogs::deleteRequested, this, &Workspace::remove);
    connect(window, &MainWindow::deleteRequested, this, &Workspace::remove);
    connect(window, &MainWindow::duplicateRequested, this, [this, day](qint64 localId) {
        const ActionResult result = m_actions->duplicate(localId);
        report(m_window, result);
        if (result.ok())
            day->selectLocalId(result.localId);
    });
    connect(window, &MainWindow::startRequested, this,
            [this](qint64 localId) { report(m_window, m_actions->startTimer(localId)); });
    connect(window, &MainWindow::stopRequested, m_actions, &ActivityActions::stopTimer);
    connect(window, &MainWindow::quickAddRequested, this, [this, day](const ActivityDraft &draft) {
        const ActionResult result = m_actions->add(draft);
        // The bar keeps what was typed when the write failed.
        day->quickAddBar()->finishAdd(result);
        if (!result.ok())
            return;
        m_dialogs->watchForRefusal(result.localId);
        day->selectLocalId(result.localId);
    });
    connect(window, &MainWindow::favoriteToggled, m_favorites, &FavoriteProjects::toggle);
    connect(window, &MainWindow::projectDetailsRequested, m_details, [this](qint64 localId) {
        QString problem;
        if (!m_details->showProjectOfActivity(localId, &problem))
            m_window->showTransientMessage(problem);
    });
    connect(m_actions, &ActivityActions::rowTouched, day, &DayView::selectLocalId);
    // Undo or redo that could not be carried out.
    connect(m_actions, &ActivityActions::problem, window, &MainWindow::showTransientMessage);
}

void Workspace::reload()
{
    m_feed->reload();
    m_timer->reload();
    m_attention->refresh();
    m_presenceControls->refresh();
}

void Workspace::remove(qint64 localId)
{
    const ActionResult result = m_actions->remove(localId);
    if (result.ok())
        m_window->offerUndo(result.message);
    else
        report(m_window, result);
}

void Workspace::showAttention()
{
    m_dialogs->showAttention();
}
