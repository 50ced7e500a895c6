// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"
#include "core/storage/OutboxItem.h"
#include "core/sync/Delivery.h"
#include "core/sync/DeliveryRecorder.h"
#include "core/sync/OutboxPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

class ApiClient;
class Clock;
class LocalStore;

// The queue that delivers the outbox to MOCO, one request at a time, each
// change exactly once. What a change needs on the wire is its Delivery's
// (ActivityDelivery, TimerDelivery, PresenceDelivery, CustomFieldsDelivery);
// this decides order and timing:
//
// - Items of one record go in order; a record whose head item waits (backing
//   off, settling, needing the user) holds back only its own later items.
// - A failure backs off that item (OutboxPolicy::retryStart doubling up to
//   retryCap). MOCO answering errors, or not being reachable, holds back all
//   items alike, so a broken server costs a few requests a minute.
// - A write that may have reached MOCO (timeout, dropped connection, 5xx, an
//   unreadable 2xx) is Uncertain. A create is then looked for on the server
//   over the settle period and sent again only when the last look finds
//   nothing; an edit checks the server's version before it goes again.
// - An item MOCO keeps failing becomes "needs attention" with MOCO's status
//   and message; 422/403/404 do so at once. 401 stops everything until
//   start(). A store write that fails stops the sender with storeError():
//   nothing is ever sent twice because its mark could not be written.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    using Policy = OutboxPolicy;

    OutboxSender(LocalStore *store, ApiClient *api, Clock *clock, qint64 userId,
                 QObject *parent = nullptr);
    ~OutboxSender() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }

    // Starts (or resumes) delivery; call after every local change too.
    void start();
    // The network is back (or MOCO answered a sync): whatever waits because
    // MOCO was unreachable goes now.
    void retryNow();
    // The user asked to send now ("Send them first"): every item that backs
    // off goes at once, MOCO's errors or not. A create in doubt is looked
    // for at once (found: done); it is still sent again only after a look at
    // the end of the settle period, so asking can never make two.
    void tryNowAsAsked();
    bool isBusy() const { return m_busy; }
    // The last attempt could not reach MOCO; a retry is scheduled.
    bool isOffline() const { return m_offline; }
    // Stopped by a 401 until start() is called again.
    bool isStopped() const { return m_stopped; }
    // When the next waiting item goes; invalid when nothing waits.
    QDateTime nextRetryAt() const { return m_nextRetryAt; }
    // The error MOCO answered the latest failed attempt with (HTTP status,
    // message); none after a success.
    ApiError lastServerError() const { return m_lastServerError; }
    // Non-empty when the local database refused a write: the sender has
    // stopped and says why (translated).
    QString storeError() const { return m_storeError; }

signals:
    void stateChanged();
    void itemDelivered(qint64 seq);
    // MOCO started a timer; it opens a presence too when the day had none.
    void timerStartDelivered();
    void itemNeedsAttention(qint64 seq);
    // Delivered something or changed a record: views re-read.
    void storeChanged();
    // Nothing waits any more (empty, or only items that need the user).
    void drained();

private:
    struct Retry
    {
        int failures = 0;         // MOCO's failures of this item, counted for attention
        QDateTime firstFailureAt; // of the current run of failures
        QDateTime notBefore;      // backing off or settling until then
        int settleLooks = 0;      // looks for a create in doubt done so far
        QDateTime settleFrom;     // the attempt in doubt left then
        ApiError lastError;
    };

    void scheduleNext();
    void sendNext();
    void onOutcome(const OutboxItem &item, const DeliveryOutcome &outcome);
    void onNotApplied(const OutboxItem &item);
    void onFailure(const OutboxItem &item, const DeliveryOutcome &outcome);
    void planLook(Retry &retry) const;
    bool needsUser(const Retry &retry) const;
    void giveUp(const OutboxItem &item, const ApiError &error);
    void storeFailed();
    void needsAttention(qint64 seq);
    Delivery *deliveryFor(OutboxItem::Kind kind) const;
    std::chrono::milliseconds backoff(int failures, std::chrono::milliseconds cap) const;
    void armTimer(const QDateTime &at);

    LocalStore *m_store;
    ApiClient *m_api;
    Clock *m_clock;
    Policy m_policy;
    DeliveryRecorder m_recorder;
    Delivery *m_activities;
    Delivery *m_timers;
    Delivery *m_presences;
    Delivery *m_customFields;
    QHash<qint64, Retry> m_retries; // by seq; in memory: a restart tries afresh
    QTimer m_retryTimer;
    QDateTime m_nextRetryAt;
    // MOCO unreachable or failing holds back every item until then.
    QDateTime m_holdAllUntil;
    int m_offlineFailures = 0;
    int m_serverFailures = 0;
    ApiError m_lastServerError;
    QString m_storeError;
    bool m_busy = false;
    bool m_offline = false;
    bool m_stopped = false;
    bool m_scheduled = false;
};
