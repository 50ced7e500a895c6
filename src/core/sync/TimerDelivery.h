// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiResult.h"
#include "core/domain/Activity.h"
#include "core/sync/Delivery.h"

#include <optional>

// Timer starts and stops. Neither is idempotent in MOCO (a second start is
// refused with 422 "already running"), so an item attempted before reads the
// activity first and is done when MOCO's timer already is as asked.
//
// Delivered late (offline, app closed; see OutboxPolicy::lateTimerSlack) the
// user's click, not the request's arrival, decides the time booked. A late
// stop books MOCO's timer_started_at up to the click converted to MOCO's
// clock (the offset from its Date header), so a wrong clock on this machine
// books no wrong minutes.
class TimerDelivery : public Delivery
{
    Q_OBJECT
public:
    using Delivery::Delivery;

    void send(const OutboxItem &item, Done done) override;

private:
    void sendStart(const OutboxItem &item, qint64 serverId, Done done);
    // theirs: MOCO's last known version (its timer_started_at is in MOCO's time).
    void sendStop(const OutboxItem &item, qint64 serverId, const std::optional<Activity> &theirs,
                  Done done);
    void startOnToday(const OutboxItem &item, qint64 serverId, Done done);
    // Done when `theirs` already is what the item asks for.
    bool alreadyDone(const OutboxItem &item, const Activity &theirs, const Done &done);
    void answered(const OutboxItem &item, const ApiResult<Activity> &result, const Done &done);
};
