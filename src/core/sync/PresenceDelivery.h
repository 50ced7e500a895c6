// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Delivery.h"

#include <QSet>

#include <functional>

// Creates, edits and deletes of presences (working time). A create in doubt
// is looked for on that day first, as for activities; edits send only the
// fields that changed (absolute values, so repeating one is harmless), and a
// delete MOCO no longer knows is done. A clock-in MOCO refuses because a
// timer start opened a presence meanwhile takes over that presence.
class PresenceDelivery : public Delivery
{
    Q_OBJECT
public:
    using Delivery::Delivery;

    void send(const OutboxItem &item, Done done) override;
    void verify(const OutboxItem &item, Done done) override;

private:
    void sendCreate(const OutboxItem &item, Done done);
    void sendChange(const OutboxItem &item, Done done);
    // MOCO's presences of a day and the server ids the store already links;
    // a failed read ends the item's attempt through `failed`.
    using DayRead = std::function<void(const QList<Presence> &onMoco, const QSet<qint64> &linked)>;
    void readDay(const QDate &date, const Done &failed, DayRead read);
    void adoptOpenPresence(const OutboxItem &item, const Presence &mine, const ApiError &refusal,
                           Done done);
};
