// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"
#include "core/storage/OutboxItem.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

struct Activity;
class ApiClient;
class Clock;
class LocalStore;

// Brings the store up to date with MOCO, always at Background priority.
//
// One run reads, one request per resource when nothing changed:
// - assigned projects (with tasks and custom field values), whole;
// - custom field definitions of projects and customers (updated_after,
//   a full read once a day; a 403 hides them instead of failing);
// - activities changed since the cursor (updated_after = the newest
//   updated_at seen, so the client's clock does not matter); the first run
//   reads the last initialDays instead;
// - presences of the sliding window (the API has no updated_after for them).
// Deletions never show up in updated_after: every windowEvery the sliding
// window (last windowDays plus the visible range) is read whole, and cached
// activities missing from it are removed, but only once MOCO confirmed it:
// GET /activities/{id} answering 404. A window of several pages is read by
// offset, and an entry created, deleted or moved to another date between two
// page requests shifts the others across a page boundary, so one can be
// missing from the read without being gone. The read asks for sort_by=id (a
// total order that no edit changes; ties of a date order may come back in any
// order per request), and the confirmation makes removal independent of
// the order MOCO really uses (moco-api.md §3 promises none).
//
// Server data never overwrites a record with undelivered changes: it is kept
// as the server version, and if it differs from the version the edit was
// based on, the pending item becomes a Conflict for the user to resolve;
// unless the item was sent before, because then the change may be our own
// request whose answer was lost: the sender's read before its next attempt
// (which compares the fields the item changes) decides. The same rule for
// presences: rows with undelivered changes keep the user's version, and
// while a presence create is in doubt the presences wait for the next run.
class SyncService : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int initialDays = 60;
        int windowDays = 14;
        std::chrono::milliseconds windowEvery{10 * 60 * 1000};
        std::chrono::milliseconds interval{5 * 60 * 1000}; // periodic run; 0 = off
        // A second request within this time (window activation) is ignored.
        std::chrono::milliseconds throttle{30 * 1000};
    };

    SyncService(LocalStore *store, ApiClient *api, Clock *clock, qint64 userId,
                QObject *parent = nullptr);

    void setPolicy(const Policy &policy);
    // The dates the user looks at: re-read with the sliding window.
    void setVisibleRange(const QDate &from, const QDate &to);

    // Runs now (F5, start-up); a run in progress is not started twice.
    void syncNow();
    // Runs unless one finished within throttle (window activation).
    void syncIfStale();
    // The next run also re-reads the window, whatever its age.
    void requestWindowRead() { m_forceWindow = true; }
    // Reads the presences again, now or right after the run in progress:
    // MOCO opens one when a timer starts and the day has none open, and the
    // user should see it without waiting for the next periodic run.
    void refreshPresences();

    bool isRunning() const { return m_running; }
    int stepsDone() const { return m_stepsDone; }
    int stepsTotal() const { return m_stepsTotal; }
    QDateTime lastSuccessAt() const { return m_lastSuccessAt; }
    ApiError lastError() const { return m_lastError; }

signals:
    void started();
    void progress(int stepsDone, int stepsTotal);
    void finished(bool ok);
    void storeChanged();

private:
    void runStep();
    void stepDone();
    void stepFailed(const ApiError &error);
    void syncProjects();
    void syncDefinitions(int entityIndex); // one entity after the other
    void syncActivities();
    void readWindow();
    void confirmMissing(const QList<qint64> &serverIds, const QDateTime &requestedAt);
    void removeDeletedOnServer(const QList<qint64> &serverIds);
    void windowReadDone(const QDateTime &requestedAt);
    void syncPresences();
    void applyActivities(const QList<Activity> &activities);
    void applyActivity(const Activity &server);
    // A create of this kind was sent and its outcome is unknown: an unknown
    // record from the server may be that very create.
    bool createInDoubt(OutboxItem::Kind kind = OutboxItem::Kind::CreateActivity) const;
    QDate windowStart() const;
    QDate windowEnd() const;

    LocalStore *m_store;
    ApiClient *m_api;
    Clock *m_clock;
    qint64 m_userId;
    Policy m_policy;
    QTimer m_timer;
    QDate m_visibleFrom;
    QDate m_visibleTo;
    bool m_running = false;
    bool m_forceWindow = false;
    bool m_presencesAgain = false;
    bool m_presencesOnly = false; // this run reads only the presences
    enum Step {
        ProjectsStep,
        DefinitionsStep,
        ActivitiesStep,
        WindowStep,
        PresencesStep,
        DoneStep
    };
    int m_step = 0;
    int m_stepsDone = 0;
    int m_stepsTotal = 0;
    QDateTime m_lastSuccessAt;
    qint64 m_lastFinishedMs = -1;
    ApiError m_lastError;
};
