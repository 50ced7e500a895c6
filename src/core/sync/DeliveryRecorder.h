// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/OutboxItem.h"

#include <QDate>

struct Activity;
class Clock;
class LocalStore;
struct Presence;

// What MOCO's answer to a delivered outbox item means for the store: the item
// leaves the outbox and the record takes the server's version, in one
// transaction. No network and no signals: OutboxSender decides what is sent
// and when, and tells the views; this records the outcomes.
class DeliveryRecorder
{
public:
    DeliveryRecorder(LocalStore *store, const Clock *clock);

    void activityDelivered(const OutboxItem &item, const Activity &server);
    void activityDeleted(const OutboxItem &item);
    // server: nullptr when the presence was deleted.
    void presenceDelivered(const OutboxItem &item, const Presence *server);
    // The server's version changed (theirs) or is gone (nullptr) under a
    // pending edit: the item waits for the user's choice.
    void conflict(const OutboxItem &item, const Activity *theirs);

private:
    void keepTimerRunning(const OutboxItem &item, const Activity &server);
    QDate today() const;

    LocalStore *m_store;
    const Clock *m_clock;
};
