// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/TimerService.h"

#include "core/domain/TimerOffer.h"

#include "core/domain/ActivityDraft.h"
#include "core/models/CalendarWeek.h"
#include "core/services/Clock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"

#include <QHash>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

// What the timer shows, ids and times only: the end-to-end tests wait for
// these lines (QT_LOGGING_RULES="mocotrack.timer.debug=true").
Q_LOGGING_CATEGORY(lcTimer, "mocotrack.timer", QtInfoMsg)

namespace {

// A timer is only ever started on today's activity, but it may run past
// midnight (MOCO keeps it running). One that has run for more than a month is
// not looked for: the sync does not keep such old days fresh anyway.
constexpr int runningLookBackDays = 31;
constexpr int recentDays = 14;

// When an entry was last touched, for "most recent first" within one date.
// A change not delivered yet has no server timestamps: it is the newest.
QDateTime touchedAt(const Activity &activity)
{
    if (activity.updatedAt.isValid())
        return activity.updatedAt;
    if (activity.createdAt.isValid())
        return activity.createdAt;
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc());
}

bool newerThan(const LocalActivity &a, const LocalActivity &b)
{
    if (a.activity.date != b.activity.date)
        return a.activity.date > b.activity.date;
    const QDateTime at = touchedAt(a.activity);
    const QDateTime bt = touchedAt(b.activity);
    if (at != bt)
        return at > bt;
    return a.localId > b.localId;
}

// What a running timer shows; a change to any of it is a runningChanged().
auto shownState(const LocalActivity &row)
{
    return std::tuple(row.localId, row.activity.timerStartedAt, row.activity.seconds,
                      row.activity.description, row.activity.project, row.activity.task,
                      row.activity.customer);
}

} // namespace

TimerService::TimerService(LocalStore *store, LocalChanges *changes, const Clock *clock,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_changes(changes)
    , m_clock(clock)
{
    // Resume from sleep or a clock change: the day may have turned.
    connect(m_clock, &Clock::jumped, this, &TimerService::reload);
    reload();
}

void TimerService::setUserId(qint64 userId)
{
    if (m_userId == userId)
        return;
    m_userId = userId;
    reload();
}

QDate TimerService::today() const
{
    return m_clock->today();
}

bool TimerService::isMine(const LocalActivity &row) const
{
    // A row made here and not delivered yet carries no user: it is ours.
    return m_userId == 0 || !row.activity.user || row.activity.user->id == m_userId;
}

QList<LocalActivity> TimerService::runningRows() const
{
    QList<LocalActivity> rows;
    // Built before the account's store is opened: nothing to read yet.
    if (!m_store->isOpen())
        return rows;
    const QDate day = today();
    for (const LocalActivity &row :
         ActivityCache(m_store).between(day.addDays(-runningLookBackDays), day.addDays(1))) {
        if (row.activity.isRunning() && !row.deletedLocally && isMine(row))
            rows.append(row);
    }
    // The most recently started first.
    std::sort(rows.begin(), rows.end(), [](const LocalActivity &a, const LocalActivity &b) {
        return *a.activity.timerStartedAt > *b.activity.timerStartedAt;
    });
    return rows;
}

std::optional<LocalActivity> TimerService::running() const
{
    return m_running;
}

qint64 TimerService::elapsedSeconds() const
{
    return m_running ? m_running->activity.elapsedSeconds(m_clock->utcNow()) : 0;
}

qint64 TimerService::todaySeconds() const
{
    const QDate day = today();
    // Past midnight and not reloaded yet: the new day's total, read once now.
    qint64 total = day == m_todayDate ? m_todayStoredSeconds : storedSecondsOn(day);
    if (m_running && m_running->activity.date == day)
        total +=
            m_running->activity.elapsedSeconds(m_clock->utcNow()) - m_running->activity.seconds;
    return total;
}

void TimerService::reload()
{
    const std::optional<LocalActivity> before = m_running;
    const QList<LocalActivity> rows = runningRows();
    m_running = rows.isEmpty() ? std::nullopt : std::optional<LocalActivity>(rows.first());

    const QDate day = today();
    const qint64 stored = storedSecondsOn(day);
    const bool todayMoved = day != m_todayDate || stored != m_todayStoredSeconds;
    m_todayDate = day;
    m_todayStoredSeconds = stored;

    const bool runningMoved = before.has_value() != m_running.has_value() ||
                              (before && shownState(*before) != shownState(*m_running));
    if (runningMoved || !m_stateLogged)
        logState();
    if (runningMoved)
        emit runningChanged();
    // The running timer's start is part of today's live total.
    if (todayMoved || (runningMoved && ((before && before->activity.date == day) ||
                                        (m_running && m_running->activity.date == day))))
        emit todayChanged();
}

void TimerService::logState()
{
    m_stateLogged = true;
    if (!m_running || !m_running->activity.timerStartedAt) {
        qCDebug(lcTimer) << "timer idle";
        return;
    }
    qCDebug(lcTimer).nospace().noquote()
        << "timer running: activity " << m_running->activity.id << " (local " << m_running->localId
        << "), started " << m_running->activity.timerStartedAt->toString(Qt::ISODate)
        << ", elapsed " << elapsedSeconds() << " s";
}

qint64 TimerService::storedSecondsOn(const QDate &day) const
{
    qint64 stored = 0;
    if (!m_store->isOpen())
        return stored;
    for (const LocalActivity &row : ActivityCache(m_store).between(day, day)) {
        if (isMine(row))
            stored += row.activity.seconds;
    }
    return stored;
}

bool TimerService::stopAll()
{
    bool stopped = false;
    for (const LocalActivity &row : runningRows())
        stopped = m_changes->stopTimer(row.localId) || stopped;
    return stopped;
}

qint64 TimerService::startNew(const ProjectTaskKey &key, const QString &description,
                              std::optional<bool> billable)
{
    if (key.projectId <= 0 || key.taskId <= 0)
        return 0;
    ActivityDraft draft;
    draft.date = today();
    draft.projectId = key.projectId;
    draft.taskId = key.taskId;
    draft.seconds = 0;
    draft.description = description;
    draft.billable = billable;
    // At most one timer: the running one is stopped explicitly first, and
    // its stop is queued before the create.
    stopAll();
    const qint64 localId = m_changes->createRunningActivity(draft);
    reload();
    return localId;
}

qint64 TimerService::start(qint64 localId)
{
    const std::optional<LocalActivity> row = ActivityCache(m_store).find(localId);
    if (!row || row->deletedLocally || !isMine(*row))
        return 0;
    switch (TimerOffer::forActivity(row->activity, today())) {
    case TimerOffer::Kind::Continue:
        return continueActivity(localId);
    case TimerOffer::Kind::None:
        return 0;
    case TimerOffer::Kind::Start:
        break;
    }
    if (row->activity.isRunning()) {
        // Already running: only any other timer has to go.
        for (const LocalActivity &other : runningRows()) {
            if (other.localId != localId)
                m_changes->stopTimer(other.localId);
        }
        reload();
        return localId;
    }
    stopAll();
    const bool started = m_changes->startTimer(localId);
    reload();
    return started ? localId : 0;
}

qint64 TimerService::continueActivity(qint64 localId)
{
    const std::optional<LocalActivity> row = ActivityCache(m_store).find(localId);
    if (!row || row->deletedLocally || !isMine(*row))
        return 0;
    return startNew({row->activity.project.id, row->activity.task.id}, row->activity.description,
                    row->activity.billable);
}

bool TimerService::stop()
{
    const bool stopped = stopAll();
    reload();
    return stopped;
}

QList<RecentEntry> TimerService::recentEntries(int count) const
{
    QList<RecentEntry> entries;
    if (count <= 0 || !m_store->isOpen())
        return entries;
    const QDate day = today();
    QList<LocalActivity> rows;
    for (const LocalActivity &row :
         ActivityCache(m_store).between(day.addDays(-(recentDays - 1)), day)) {
        if (isMine(row) && row.activity.project.id > 0 && row.activity.task.id > 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), newerThan);
    using Combination = std::tuple<qint64, qint64, QString>;
    const auto combinationOf = [](const Activity &a) {
        return Combination(a.project.id, a.task.id, a.description);
    };
    // The running combination is left out: it runs already, and continuing
    // it would only stop and restart it.
    std::optional<Combination> runningOne;
    for (const LocalActivity &row : rows) {
        if (row.activity.isRunning() && !runningOne)
            runningOne = combinationOf(row.activity);
    }
    QList<Combination> seen;
    for (const LocalActivity &row : rows) {
        const Combination combination = combinationOf(row.activity);
        if (combination == runningOne || seen.contains(combination))
            continue;
        seen.append(combination);
        RecentEntry entry;
        entry.projectId = row.activity.project.id;
        entry.taskId = row.activity.task.id;
        entry.description = row.activity.description;
        entry.projectName = row.activity.project.name;
        entry.taskName = row.activity.task.name;
        entry.customerName = row.activity.customer ? row.activity.customer->name : QString();
        entry.lastLocalId = row.localId;
        entries.append(entry);
        if (entries.size() >= count)
            break;
    }
    return entries;
}
