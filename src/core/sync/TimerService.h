// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ProjectTaskKey.h"
#include "core/storage/LocalActivity.h"
#include "core/sync/RecentEntry.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class Clock;
class LocalChanges;
class LocalStore;

// The one running timer of the shown user, read from the store (the server's
// timer_started_at, or the outbox's local start while offline). Every start
// stops a running timer first, explicitly (moco-api.md §4: what a second
// start does is undocumented).
//
// Durations are computed from timestamps with the injected clock (seconds +
// (now − timer_started_at)), never by counting ticks, so sleep, resume and
// clock changes cannot skew them.
//
// The store is the truth: call reload() whenever it may have changed
// (AccountDataLayer::storeChanged, LocalChanges::changed); the signals then
// say what changed. The actions reload by themselves.
//
// Starting and stopping are local changes (LocalChanges), delivered by the
// outbox; a new timer is one 0-second create of today, which MOCO starts by
// itself. How the time survives a late delivery (offline, app closed, past
// midnight) is OutboxSender's part: see OutboxSender::keepTimerRunning() and
// sendTimer().
class TimerService : public QObject
{
    Q_OBJECT
public:
    TimerService(LocalStore *store, LocalChanges *changes, const Clock *clock,
                 QObject *parent = nullptr);

    // Activities of other users are ignored (0: all activities in the store).
    void setUserId(qint64 userId);
    qint64 userId() const { return m_userId; }

    // Any day (a timer can run past midnight). With two running (a sync
    // brought one from the web app while one ran here), the most recently
    // started one.
    std::optional<LocalActivity> running() const;
    // running's seconds + (now − started); 0 when idle.
    qint64 elapsedSeconds() const;
    // Today's logged total, the running timer included (live).
    qint64 todaySeconds() const;
    // The local date the service counts as today (the clock's).
    QDate today() const;

    // A new activity today with its timer running; the local id, 0 on failure.
    // billable: none takes the project's and task's default.
    qint64 startNew(const ProjectTaskKey &key, const QString &description,
                    std::optional<bool> billable = std::nullopt);
    // Today's activity: its timer (a running one is stopped first); a past
    // day's: continueActivity(). 0 when it cannot run (billed, unknown, a
    // future date).
    qint64 start(qint64 localId);
    // A new activity today with the same project, task, description and
    // billable flag, its timer running. Returns the new local id, 0 on failure.
    qint64 continueActivity(qint64 localId);
    // Stops every running timer of the user; false when none ran.
    bool stop();
    // Distinct project/task/description combinations of the user's activities
    // of the last 14 days, most recent first; the running combination is left
    // out (it is running already).
    QList<RecentEntry> recentEntries(int count = 5) const;

public slots:
    // Re-reads the store; connect to AccountDataLayer::storeChanged /
    // LocalChanges::changed.
    void reload();

signals:
    // Started/stopped here, or a sync brought another state: another running
    // activity (or none), or a change of what it shows (start, seconds,
    // project, task, description — e.g. MOCO's own start after delivery).
    void runningChanged();
    // Today's total changed (not every second).
    void todayChanged();

private:
    QList<LocalActivity> runningRows() const;
    qint64 storedSecondsOn(const QDate &day) const;
    bool isMine(const LocalActivity &row) const;
    bool stopAll();
    void logState();

    LocalStore *m_store;
    LocalChanges *m_changes;
    const Clock *m_clock;
    qint64 m_userId = 0;
    // What reload() last read: running() and the totals are asked every
    // second by the timer bar and must not query the database each time.
    std::optional<LocalActivity> m_running;
    qint64 m_todayStoredSeconds = -1;
    QDate m_todayDate;
    bool m_stateLogged = false; // the first reload says what it found
};
