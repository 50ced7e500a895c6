// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/ActivityService.h"

#include "fakeserver/ServerClock.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/moco/ActivityPayload.h"
#include "fakeserver/moco/Messages.h"
#include "fakeserver/moco/PresenceService.h"

ActivityService::ActivityService(FakeDatabase &database, const ServerClock &clock,
                                 PresenceService &presences)
    : m_database(database)
    , m_clock(clock)
    , m_presences(presences)
{}

Outcome ActivityService::create(const UserRecord &actor, const QJsonObject &body, qint64 *createdId)
{
    FieldErrors errors;
    const ActivityPayload payload = ActivityPayload::parse(body, errors);
    if (!payload.date && !errors.has(QStringLiteral("date")))
        errors.add(QStringLiteral("date"), Messages::blank());
    if (!payload.projectId && !errors.has(QStringLiteral("project_id")))
        errors.add(QStringLiteral("project_id"), Messages::blank());
    if (!payload.taskId && !errors.has(QStringLiteral("task_id")))
        errors.add(QStringLiteral("task_id"), Messages::blank());
    if (payload.projectId && payload.taskId)
        checkBooking(actor.id, *payload.projectId, *payload.taskId, errors);
    if (!errors.isEmpty())
        return Outcome::invalid(errors);

    const QDateTime now = m_clock.nowUtc();
    ActivityRecord activity;
    activity.userId = actor.id;
    activity.projectId = *payload.projectId;
    activity.taskId = *payload.taskId;
    activity.date = *payload.date;
    activity.seconds = payload.seconds.value_or(0);
    activity.description = payload.description.value_or(QString(QLatin1String("")));
    activity.billable =
        payload.billable.value_or(defaultBillable(actor.id, activity.projectId, activity.taskId));
    activity.tag = payload.tag.value_or(QString(QLatin1String("")));
    activity.remoteService = payload.remoteService.value_or(QString(QLatin1String("")));
    activity.remoteId = payload.remoteId.value_or(QString());
    activity.remoteUrl = payload.remoteUrl.value_or(QString());
    if (activity.remoteId.isEmpty())
        activity.remoteId = QString();
    if (activity.remoteUrl.isEmpty())
        activity.remoteUrl = QString();
    activity.hourlyRate = rateOf(activity.projectId, activity.taskId);
    activity.createdAt = now;
    activity.updatedAt = now;
    // Observed live: a 0-second entry for today starts its timer. With another
    // timer already running the entry is stored without one (not documented).
    const bool startsTimer = activity.date == m_clock.today() && activity.seconds == 0 &&
                             !m_database.activities().runningTimerOf(actor.id);
    const qint64 id = m_database.activities().insert(activity);
    if (startsTimer) {
        m_database.activities().findMutable(id)->timerStartedAt = now;
        m_presences.openIfClockedOut(actor.id);
    }
    if (createdId)
        *createdId = id;
    m_database.notifyChanged();
    return Outcome::ok();
}

Outcome ActivityService::update(const UserRecord &actor, qint64 id, const QJsonObject &body)
{
    ActivityRecord *activity = nullptr;
    Outcome access = this->access(actor, id, &activity);
    if (!access.isOk())
        return access;
    if (activity->billed)
        return Outcome::invalid(QStringLiteral("base"), Messages::billedNoEdit());

    FieldErrors errors;
    const ActivityPayload payload = ActivityPayload::parse(body, errors);
    if (activity->timerRunning() && !payload.stopTimer) {
        if (payload.seconds && *payload.seconds != activity->seconds)
            errors.add(QStringLiteral("seconds"), Messages::changeWhileRunning());
        if (payload.date && *payload.date != activity->date)
            errors.add(QStringLiteral("date"), Messages::changeWhileRunning());
    }
    const qint64 projectId = payload.projectId.value_or(activity->projectId);
    const qint64 taskId = payload.taskId.value_or(activity->taskId);
    const bool rebooked = projectId != activity->projectId || taskId != activity->taskId;
    if (rebooked)
        checkBooking(activity->userId, projectId, taskId, errors);
    if (!errors.isEmpty())
        return Outcome::invalid(errors);

    const QDateTime now = m_clock.nowUtc();
    if (payload.stopTimer && activity->timerRunning())
        stopRunning(*activity, now);
    if (payload.date)
        activity->date = *payload.date;
    if (rebooked) {
        activity->projectId = projectId;
        activity->taskId = taskId;
        activity->hourlyRate = rateOf(projectId, taskId);
        if (!payload.billable)
            activity->billable = defaultBillable(activity->userId, projectId, taskId);
    }
    if (payload.seconds)
        activity->seconds = *payload.seconds;
    if (payload.description)
        activity->description = *payload.description;
    if (payload.billable)
        activity->billable = *payload.billable;
    if (payload.tag)
        activity->tag = *payload.tag;
    if (payload.remoteService)
        activity->remoteService = *payload.remoteService;
    if (payload.remoteId)
        activity->remoteId = payload.remoteId->isEmpty() ? QString() : *payload.remoteId;
    if (payload.remoteUrl)
        activity->remoteUrl = payload.remoteUrl->isEmpty() ? QString() : *payload.remoteUrl;
    activity->updatedAt = nextStamp(activity->updatedAt);
    m_database.notifyChanged();
    return Outcome::ok();
}

Outcome ActivityService::remove(const UserRecord &actor, qint64 id)
{
    ActivityRecord *activity = nullptr;
    Outcome access = this->access(actor, id, &activity);
    if (!access.isOk())
        return access;
    if (activity->billed)
        return Outcome::invalid(QStringLiteral("base"), Messages::billedNoDelete());
    m_database.activities().remove(id);
    m_database.notifyChanged();
    return Outcome::ok();
}

Outcome ActivityService::startTimer(const UserRecord &actor, qint64 id)
{
    ActivityRecord *activity = nullptr;
    Outcome access = this->access(actor, id, &activity);
    if (!access.isOk())
        return access;
    if (activity->billed)
        return Outcome::invalid(QStringLiteral("base"), Messages::billedNoEdit());
    if (activity->date != m_clock.today())
        return Outcome::invalid(QStringLiteral("base"), Messages::timerOnlyToday());
    if (activity->timerRunning() || m_database.activities().runningTimerOf(activity->userId))
        return Outcome::invalid(QStringLiteral("base"), Messages::timerRunning());
    startRunning(*activity, m_clock.nowUtc());
    m_database.notifyChanged();
    return Outcome::ok();
}

Outcome ActivityService::stopTimer(const UserRecord &actor, qint64 id)
{
    ActivityRecord *activity = nullptr;
    Outcome access = this->access(actor, id, &activity);
    if (!access.isOk())
        return access;
    // Stopping a stopped timer is answered with the unchanged activity.
    if (!activity->timerRunning())
        return Outcome::ok();
    stopRunning(*activity, m_clock.nowUtc());
    m_database.notifyChanged();
    return Outcome::ok();
}

Outcome ActivityService::access(const UserRecord &actor, qint64 id, ActivityRecord **activity)
{
    *activity = m_database.activities().findMutable(id);
    if (!*activity)
        return Outcome::failure(Outcome::Kind::NotFound);
    if ((*activity)->userId != actor.id && !actor.staff)
        return Outcome::failure(Outcome::Kind::Forbidden);
    return Outcome::ok();
}

void ActivityService::checkBooking(qint64 userId, qint64 projectId, qint64 taskId,
                                   FieldErrors &errors) const
{
    const ProjectRecord *project = m_database.projects().findProject(projectId);
    const ContractRecord *contract = project ? project->contractOf(userId) : nullptr;
    if (!project || !project->active || !contract || !contract->active)
        errors.add(QStringLiteral("project_id"), Messages::invalid());
    const TaskRecord *task = project ? project->task(taskId) : nullptr;
    if (!task || !task->active)
        errors.add(QStringLiteral("task_id"), Messages::invalid());
}

bool ActivityService::defaultBillable(qint64 userId, qint64 projectId, qint64 taskId) const
{
    const ProjectRecord *project = m_database.projects().findProject(projectId);
    if (!project)
        return false;
    const TaskRecord *task = project->task(taskId);
    const ContractRecord *contract = project->contractOf(userId);
    return project->billable && (!task || task->billable) && (!contract || contract->billable);
}

double ActivityService::rateOf(qint64 projectId, qint64 taskId) const
{
    const ProjectRecord *project = m_database.projects().findProject(projectId);
    if (!project)
        return 0;
    const TaskRecord *task = project->task(taskId);
    return task ? task->hourlyRate : project->hourlyRate;
}

void ActivityService::stopRunning(ActivityRecord &activity, const QDateTime &now) const
{
    const qint64 elapsed = std::max<qint64>(0, activity.timerStartedAt.secsTo(now));
    activity.seconds += ((elapsed + 30) / 60) * 60;
    activity.timerStartedAt = QDateTime();
    activity.updatedAt = nextStamp(activity.updatedAt);
}

void ActivityService::startRunning(ActivityRecord &activity, const QDateTime &now)
{
    activity.timerStartedAt = now;
    activity.updatedAt = nextStamp(activity.updatedAt);
    // Observed live: starting a timer clocks the user in when they are not.
    m_presences.openIfClockedOut(activity.userId);
}

QDateTime ActivityService::nextStamp(const QDateTime &previous) const
{
    const QDateTime now = m_clock.nowUtc();
    if (previous.isValid() && now <= previous)
        return previous.addSecs(1);
    return now;
}
