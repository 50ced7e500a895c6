// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ActivityActions.h"

#include "core/actions/AddActivityCommand.h"
#include "core/actions/EditActivityCommand.h"
#include "core/actions/RemoveActivityCommand.h"
#include "core/actions/TimerCommand.h"
#include "core/models/DurationParser.h"
#include "core/services/Clock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/sync/TimerService.h"

#include <QUndoStack>

namespace {
// Enough to go back through a working day's changes; older ones fall off.
constexpr int historyLimit = 100;
} // namespace

ActivityActions::ActivityActions(LocalStore *store, LocalChanges *changes, TimerService *timer,
                                 Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_changes(changes)
    , m_timer(timer)
    , m_clock(clock)
    , m_history(new QUndoStack(this))
{
    m_history->setUndoLimit(historyLimit);
    m_context.store = store;
    m_context.changes = changes;
    m_context.touched = [this](qint64 localId) { emit rowTouched(localId); };
    m_context.failed = [this](const QString &message) { emit problem(message); };
}

ActivityActions::~ActivityActions() = default;

ActivityUndoContext::ActivityHandle ActivityActions::handleFor(qint64 localId)
{
    for (auto it = m_handles.begin(); it != m_handles.end();) {
        if (ActivityUndoContext::ActivityHandle handle = it->lock()) {
            if (*handle == localId)
                return handle;
            ++it;
        } else {
            it = m_handles.erase(it); // its commands fell off the history
        }
    }
    auto handle = std::make_shared<qint64>(localId);
    m_handles.append(handle);
    return handle;
}

QString ActivityActions::projectTaskOf(const Activity &activity)
{
    return activity.task.name.isEmpty()
               ? activity.project.name
               : QStringLiteral("%1 · %2").arg(activity.project.name, activity.task.name);
}

QString ActivityActions::nameOf(const Activity &activity)
{
    return activity.description.isEmpty() ? projectTaskOf(activity) : activity.description;
}

QString ActivityActions::editText(const Activity &before, const Activity &after) const
{
    const QString name = nameOf(before);
    const bool duration = before.seconds != after.seconds;
    const bool description = before.description != after.description;
    const bool project = before.project.id != after.project.id || before.task.id != after.task.id;
    const bool date = before.date != after.date;
    const int changed = int(duration) + int(description) + int(project) + int(date);
    //: Undo/Redo text after an edit, e.g. Edit → "Undo Change duration of “Wireframes”"
    if (changed == 1 && duration)
        return tr("Change duration of “%1”").arg(name);
    if (changed == 1 && description)
        return tr("Change description of “%1”").arg(name);
    if (changed == 1 && project)
        return tr("Change project of “%1”").arg(name);
    if (changed == 1 && date)
        return tr("Move “%1” to another day").arg(name);
    return tr("Edit “%1”").arg(name);
}

ActionResult ActivityActions::stored(qint64 localId, ActivityDraft draft, const QString &undoText)
{
    if (localId == 0)
        return ActionResult::failed(ActionResult::Status::StoreFailed,
                                    tr("The activity could not be stored on this computer."));
    m_history->push(
        new AddActivityCommand(m_context, handleFor(localId), std::move(draft), undoText));
    return ActionResult::done(localId);
}

ActionResult ActivityActions::add(const ActivityDraft &draft)
{
    // MOCO starts a timer on a 0-second activity of today; LocalChanges
    // refuses one, and the user hears why.
    if (draft.seconds <= 0)
        return ActionResult::failed(
            ActionResult::Status::Refused,
            tr("Enter a duration above 0:00, or start a timer to track time as you go."),
            QStringLiteral("seconds"));
    const qint64 localId = m_changes->createActivity(draft);
    // Named as the row shows it: the project and task names come from the cache.
    QString name = draft.description;
    if (const std::optional<LocalActivity> row = ActivityCache(m_store).find(localId))
        name = nameOf(row->activity);
    //: Undo/Redo text, e.g. "Undo Add “Wireframes”"
    return stored(localId, draft, tr("Add “%1”").arg(name));
}

ActionResult ActivityActions::save(qint64 localId, const Activity &edited)
{
    const std::optional<LocalActivity> before = ActivityCache(m_store).find(localId);
    if (!before || before->deletedLocally)
        return ActionResult::failed(ActionResult::Status::NotFound,
                                    tr("This activity no longer exists."));
    if (before->activity.billed)
        return ActionResult::failed(ActionResult::Status::Refused,
                                    tr("A billed activity cannot be changed."));
    if (!m_changes->updateActivity(localId, edited))
        return ActionResult::failed(ActionResult::Status::StoreFailed,
                                    tr("The activity could not be stored on this computer."));
    m_history->push(new EditActivityCommand(m_context, handleFor(localId), before->activity, edited,
                                            editText(before->activity, edited)));
    return ActionResult::done(localId);
}

ActionResult ActivityActions::duplicate(qint64 localId)
{
    const std::optional<LocalActivity> original = ActivityCache(m_store).find(localId);
    if (!original || original->deletedLocally)
        return ActionResult::failed(ActionResult::Status::NotFound,
                                    tr("This activity no longer exists."));
    ActivityDraft copy = ActivityDraft::fromActivity(original->activity);
    // A copy of a running activity takes the time so far; a 0-second copy
    // would start a second timer in MOCO, so it gets a minute at least.
    copy.seconds = original->activity.elapsedSeconds(m_clock->utcNow());
    const qint64 copyId = m_context.recreate(copy);
    //: Undo/Redo text, e.g. "Undo Duplicate “Wireframes”"
    return stored(copyId, copy, tr("Duplicate “%1”").arg(nameOf(original->activity)));
}

ActionResult ActivityActions::remove(qint64 localId)
{
    const std::optional<LocalActivity> activity = ActivityCache(m_store).find(localId);
    if (!activity || activity->deletedLocally)
        return ActionResult::failed(ActionResult::Status::NotFound,
                                    tr("This activity no longer exists."));
    if (activity->activity.billed)
        return ActionResult::failed(ActionResult::Status::Refused,
                                    tr("A billed activity cannot be deleted."));
    // A running timer stops with it, so undo brings back the time so far.
    Activity removed = activity->activity;
    removed.seconds = removed.elapsedSeconds(m_clock->utcNow());
    removed.timerStartedAt.reset();
    if (!m_changes->deleteActivity(localId))
        return ActionResult::failed(ActionResult::Status::StoreFailed,
                                    tr("The activity could not be deleted on this computer."));
    //: Undo/Redo text, e.g. "Undo Delete “Wireframes”"
    m_history->push(new RemoveActivityCommand(m_context, handleFor(localId), removed,
                                              tr("Delete “%1”").arg(nameOf(removed))));
    //: Undo bar after deleting, e.g. "Deleted “Wireframes” (Website · Design, 1:30)"
    return ActionResult::done(
        localId,
        tr("Deleted “%1” (%2, %3)")
            .arg(removed.description.isEmpty() ? tr("no description") : removed.description,
                 projectTaskOf(removed), DurationParser::describe(removed.seconds)));
}

ActionResult ActivityActions::applyWeekCell(const WeekCellChange &change)
{
    switch (change.kind) {
    case WeekCellChange::Kind::Update:
        return save(change.localId, change.edited);
    case WeekCellChange::Kind::Create:
        return add(change.draft);
    case WeekCellChange::Kind::Delete:
        return remove(change.localId);
    case WeekCellChange::Kind::Refused:
        return ActionResult::failed(ActionResult::Status::Refused, change.refusal);
    case WeekCellChange::Kind::None:
        break;
    }
    return ActionResult::done(0);
}

ActionResult ActivityActions::startTimer(qint64 localId)
{
    const std::optional<LocalActivity> target = ActivityCache(m_store).find(localId);
    const std::optional<LocalActivity> ranBefore = m_timer->running();
    return startedTimer(m_timer->start(localId), ranBefore, target);
}

ActionResult ActivityActions::startNewTimer(const ProjectTaskKey &key, const QString &description)
{
    const std::optional<LocalActivity> ranBefore = m_timer->running();
    return startedTimer(m_timer->startNew(key, description), ranBefore, std::nullopt);
}

ActionResult ActivityActions::startedTimer(qint64 running,
                                           const std::optional<LocalActivity> &ranBefore,
                                           const std::optional<LocalActivity> &target)
{
    if (running == 0)
        return ActionResult::failed(ActionResult::Status::Refused,
                                    tr("The timer could not be started on this activity."));
    if (ranBefore && ranBefore->localId == running)
        return ActionResult::done(running); // it ran already: nothing changed
    const std::optional<LocalActivity> row = ActivityCache(m_store).find(running);
    if (!row)
        return ActionResult::done(running);
    TimerCommand::Start started{handleFor(running), std::nullopt, 0};
    if (target && target->localId == running) {
        started.secondsBefore = target->activity.seconds;
    } else {
        ActivityDraft made = ActivityDraft::fromActivity(row->activity);
        made.seconds = 0;
        started.made = made;
    }
    //: Undo/Redo text, e.g. "Undo Start timer on “Wireframes”"
    m_history->push(new TimerCommand(m_context, m_timer, started,
                                     ranBefore ? handleFor(ranBefore->localId) : nullptr,
                                     tr("Start timer on “%1”").arg(nameOf(row->activity))));
    return ActionResult::done(running);
}

ActionResult ActivityActions::stopTimer()
{
    const std::optional<LocalActivity> ranBefore = m_timer->running();
    if (!m_timer->stop() || !ranBefore)
        return ActionResult::done(0);
    //: Undo/Redo text, e.g. "Undo Stop timer on “Wireframes”"
    m_history->push(new TimerCommand(m_context, m_timer, std::nullopt,
                                     handleFor(ranBefore->localId),
                                     tr("Stop timer on “%1”").arg(nameOf(ranBefore->activity))));
    return ActionResult::done(0);
}
