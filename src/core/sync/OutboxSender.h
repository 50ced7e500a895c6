// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"
#include "core/storage/OutboxItem.h"
#include "core/sync/DeliveryRecorder.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

struct Activity;
class ApiClient;
class ApiJob;
class Clock;
class LocalStore;
struct Presence;

// Delivers the outbox to MOCO, one item at a time in order, exactly once.
//
// - Before a request leaves, its item is marked Sending in the database. An
//   item found in Sending (the app died waiting) or whose POST ended without
//   a trustworthy answer (timeout, dropped connection, 5xx — the server may
//   have stored it) becomes Uncertain and is reconciled: that day is re-read
//   and UncertainCreateMatcher decides whether the server has it; only if not
//   is it sent again.
// - No network, rate limit, or a retryable error: the item stays, the sender
//   waits (growing backoff) and tries again; the queue keeps its order.
// - A permanent refusal (422, 403, 404 on update) marks that item Failed with
//   the server's message; later items of the same record wait, all others go on.
// - Before an update or delete, the server's version is read: if it changed
//   since the user's edit (or is gone), the item becomes a Conflict and waits
//   for LocalChanges::keepMine()/takeTheirs().
// - 401: everything stays queued and the sender stops until start() again.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        std::chrono::milliseconds retryStart{2000};
        std::chrono::milliseconds retryCap{60000};
        // Allowed clock difference for the uncertain-create matching rule.
        std::chrono::seconds createdAtSlack{600};
        // A timer start, stop or timer create delivered later than this
        // after the user's click books the time in between explicitly
        // (offline, app closed) instead of letting MOCO count from the
        // moment the request arrives.
        std::chrono::seconds lateTimerSlack{60};
    };

    OutboxSender(LocalStore *store, ApiClient *api, Clock *clock, qint64 userId,
                 QObject *parent = nullptr);

    void setPolicy(const Policy &policy) { m_policy = policy; }

    // Starts (or resumes) delivery; call after every local change too.
    void start();
    bool isBusy() const { return m_busy; }
    // The last attempt could not reach MOCO; a retry is scheduled.
    bool isOffline() const { return m_offline; }
    // Stopped by a 401 until start() is called again.
    bool isStopped() const { return m_stopped; }
    QDateTime nextRetryAt() const { return m_nextRetryAt; }

signals:
    void stateChanged();
    void itemDelivered(qint64 seq);
    void itemNeedsAttention(qint64 seq);
    // Delivered something or changed a record: views re-read.
    void storeChanged();
    // Nothing can be sent now (empty, or only items that need the user).
    void drained();

private:
    enum class Outcome { Delivered, RetryLater, Uncertain, Permanent, Stop };

    void sendNext();
    void send(const OutboxItem &item);
    void sendCreateActivity(const OutboxItem &item);
    void reconcileActivity(const OutboxItem &item);
    void sendUpdateOrDelete(const OutboxItem &item);
    void sendCheckedActivity(const OutboxItem &item, qint64 serverId);
    void sendTimer(const OutboxItem &item, qint64 serverId);
    void sendCreatePresence(const OutboxItem &item);
    void reconcilePresence(const OutboxItem &item);
    void sendPresenceChange(const OutboxItem &item);
    void sendProjectFields(const OutboxItem &item);

    // The store side of each outcome is DeliveryRecorder's; these add the
    // signals and move on to the next item.
    void activityDelivered(const OutboxItem &item, const Activity &server);
    void activityDeleted(const OutboxItem &item);
    void presenceDelivered(const OutboxItem &item, const Presence *server);
    void conflict(const OutboxItem &item, const Activity *theirs);
    void delivered(qint64 seq);
    QDate today() const;
    void failed(const OutboxItem &item, const ApiError &error, bool reachedServer);
    void itemDone(qint64 seq);
    Outcome classify(const OutboxItem &item, const ApiError &error, bool reachedServer) const;
    void retryLater(std::chrono::milliseconds wait);
    void markSending(const OutboxItem &item);

    LocalStore *m_store;
    ApiClient *m_api;
    Clock *m_clock;
    qint64 m_userId;
    Policy m_policy;
    DeliveryRecorder m_recorder;
    QTimer m_retryTimer;
    QDateTime m_nextRetryAt;
    int m_failures = 0;
    bool m_busy = false;
    bool m_offline = false;
    bool m_stopped = false;
};
