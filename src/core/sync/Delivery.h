// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/OutboxItem.h"
#include "core/sync/DeliveryOutcome.h"
#include "core/sync/OutboxPolicy.h"
#include "core/sync/UncertainCreateMatcher.h"

#include <QDate>
#include <QObject>
#include <functional>

class ApiClient;
class Clock;
class DeliveryRecorder;
class LocalStore;

// Delivers the outbox items of one resource (activities, timers, presences,
// project fields) to MOCO: which requests an item needs, and what MOCO's
// answers mean. When and in which order items go, and what follows an
// outcome, is OutboxSender's.
class Delivery : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const DeliveryOutcome &)>;

    struct Context
    {
        LocalStore *store = nullptr;
        ApiClient *api = nullptr;
        Clock *clock = nullptr;
        DeliveryRecorder *recorder = nullptr;
        const OutboxPolicy *policy = nullptr;
        qint64 userId = 0;
    };

    Delivery(const Context &context, QObject *parent);

    // Sends the item. An item that was attempted before (attempts > 0) first
    // checks whether an earlier attempt already arrived. `done` is called
    // exactly once, from the event loop or right away.
    virtual void send(const OutboxItem &item, Done done) = 0;
    // After an attempt that may have reached MOCO (a create in state
    // Uncertain): Delivered (and recorded) when MOCO has it, NotApplied when
    // it does not, Retry when the look itself failed.
    virtual void verify(const OutboxItem &item, Done done);

protected:
    // Committed before the request leaves: a crash from here on means "maybe
    // sent", never "certainly not sent". False: the store refused, send nothing.
    [[nodiscard]] bool markSending(const OutboxItem &item);

    // The server's record that is this create in doubt, if any: the same
    // values, not linked to a local record yet, created after the first send
    // as MOCO's clock tells (OutboxPolicy::createdAtSlack).
    template<typename Record>
    std::optional<Record> findSentCreate(const OutboxItem &item, const Record &mine,
                                         const QList<Record> &onServer,
                                         const QSet<qint64> &linked) const
    {
        return UncertainCreateMatcher::match(mine, onServer, linked, firstSentInServerTime(item),
                                             createdAtSlack());
    }

    const Context m_context;

private:
    QDateTime firstSentInServerTime(const OutboxItem &item) const;
    std::chrono::seconds createdAtSlack() const;
};
