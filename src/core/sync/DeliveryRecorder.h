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
// transaction. No network and no signals: the deliveries decide what is sent
// and OutboxSender when; this records the outcomes. Every call returns false
// when the store refused a write (then nothing of it was kept, and the
// sender must stop rather than send the item again).
class DeliveryRecorder
{
public:
    DeliveryRecorder(LocalStore *store, const Clock *clock);

    [[nodiscard]] bool activityDelivered(const OutboxItem &item, const Activity &server);
    [[nodiscard]] bool activityDeleted(const OutboxItem &item);
    // server: nullptr when the presence was deleted.
    [[nodiscard]] bool presenceDelivered(const OutboxItem &item, const Presence *server);
    // The server's version changed (theirs) or is gone (nullptr) under a
    // pending edit: the item waits for the user's choice.
    [[nodiscard]] bool conflict(const OutboxItem &item, const Activity *theirs);
    // The item is done and leaves the outbox (nothing to send, or delivered
    // without a record to update).
    [[nodiscard]] bool itemDone(const OutboxItem &item);

private:
    bool keepTimerRunning(const OutboxItem &item, const Activity &server);

    LocalStore *m_store;
    const Clock *m_clock;
};
