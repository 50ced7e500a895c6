// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/ApiResponse.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class ApiJob;
class Clock;
class RequestJob;
class RequestTransport;

// The one queue every request of an account goes through. It keeps MOCO's
// rate limit on the client side (a sliding window), orders user-initiated work
// before background sync, and retries what may safely be retried.
//
// - Window: at most windowRequests requests in any `window`. A request takes
//   its slot when sent and keeps it until `window` (+ slotGuard) after its
//   answer arrived, so the server, which sees it somewhere in between, never
//   counts more.
//   An attempt that provably never reached the server gives its slot back.
// - Order: User before Background, FIFO within a priority (a retried request
//   keeps its place).
// - 429: the whole queue pauses (the server says the budget is gone) for
//   Retry-After, else an exponential backoff; the request is retried up to
//   maxRateLimitRetries times before RateLimited reaches the caller.
// - Network errors, timeouts and 502/503/504 are retried with backoff, up to
//   maxTransientRetries, only for idempotent requests, or for any request
//   that provably never reached the server. Other errors (a 500 for a bad
//   value, 4xx) are delivered at once.
// - All arithmetic uses the injected Clock; one single-shot timer wakes the
//   queue, and Clock::jumped() re-evaluates it (tests on a FakeClock).
class RequestScheduler : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        // 15 per 15 s satisfies both documented limits (15/15 s and 120/2 min).
        int windowRequests = 15;
        std::chrono::milliseconds window{15000};
        // Extra time a slot stays taken after the window: the server stamps
        // requests in whole milliseconds, so a send exactly one window later
        // could still look like the same window to it.
        std::chrono::milliseconds slotGuard{25};
        // 429: retried this many times (Retry-After, else backoff) before
        // RateLimited reaches the caller.
        int maxRateLimitRetries = 5;
        // Network errors, timeouts and 502/503/504.
        int maxTransientRetries = 3;
        std::chrono::milliseconds backoffStart{2000};
        std::chrono::milliseconds backoffCap{60000};
        // A Retry-After longer than this is not waited for: RateLimited (with
        // retryAfter) goes to the caller at once instead of holding the queue.
        std::chrono::milliseconds maxRetryAfterWait{600000};
    };

    RequestScheduler(RequestTransport *transport, Clock *clock, QObject *parent = nullptr);
    ~RequestScheduler() override;

    void setPolicy(const Policy &policy);
    const Policy &policy() const { return m_policy; }

    // Queues the request. The job is owned by the scheduler and deletes
    // itself after finished() was delivered (see ApiJob). Jobs still open
    // when the scheduler is destroyed are dropped without finishing.
    ApiJob *enqueue(const ApiRequest &request);

    // Ends every queued and in-flight request as Cancelled (sign-out, a
    // switch of the impersonated user). Paged lists end with their page.
    void cancelAll();
    // The same for the requests `which` selects.
    void cancelWhere(const std::function<bool(const ApiRequest &)> &which);

    // Requests queued but not yet sent (including those waiting to retry).
    int queueLength() const { return static_cast<int>(m_queue.size()); }
    // Requests sent and not answered yet.
    int inFlightCount() const { return static_cast<int>(m_inFlight.size()); }
    // When the queue waits for the rate limit (client window or a 429): until
    // when, in UTC. Invalid when not waiting.
    QDateTime rateLimitedUntil() const { return m_rateLimitedUntil; }

signals:
    void queueLengthChanged(int length);
    void rateLimitedUntilChanged(const QDateTime &until);

private:
    friend class RequestJob;

    struct Entry
    {
        QPointer<RequestJob> job;
        ApiRequest request;
        quint64 sequence = 0;
        int rateLimitRetries = 0;
        int transientRetries = 0;
        qint64 notBeforeMs = 0;
        bool reachedServer = false; // some earlier attempt may have arrived
    };
    struct Slot
    {
        quint64 attemptId = 0;
        qint64 freesAtMs = -1; // -1 while the attempt is in flight
    };

    void cancelJob(RequestJob *job);
    void forgetJob(RequestJob *job);
    void schedulePump();
    void pump();
    void onAttemptFinished(quint64 attemptId, const ApiResponse &response);
    void retryLater(Entry entry, qint64 delayMs);
    void deliver(Entry &entry, ApiResponse response);

    int takeNextReady(qint64 nowMs) const;
    int occupiedSlots(qint64 nowMs) const;
    qint64 windowFreesAtMs(qint64 nowMs) const;
    qint64 slotHoldMs() const;
    qint64 backoffMs(int retry) const;
    bool mayRetryTransient(const Entry &entry, const ApiResponse &response) const;
    void updateWakeUp(qint64 nowMs);
    void updateState(qint64 nowMs);

    QPointer<RequestTransport> m_transport;
    Clock *m_clock;
    Policy m_policy;
    QList<Entry> m_queue;
    QHash<quint64, Entry> m_inFlight;
    QList<Slot> m_slots;
    qint64 m_pausedUntilMs = 0;
    quint64 m_nextSequence = 0;
    QTimer m_wakeTimer;
    bool m_pumpQueued = false;
    int m_reportedQueueLength = 0;
    qint64 m_waitDeadlineMs = -1;
    QDateTime m_rateLimitedUntil;
};
