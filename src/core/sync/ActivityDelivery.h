// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Delivery.h"

struct Activity;

// Creates, edits and deletes of activities.
//
// - A create whose answer never arrived is looked for on that day
//   (UncertainCreateMatcher, created_at compared in MOCO's time); only if it
//   is not there is it sent again.
// - Before an edit or delete the server's version is read when the edit was
//   based on one: changed since (and not by an earlier attempt of this very
//   item) or gone, the item becomes a Conflict for the user.
class ActivityDelivery : public Delivery
{
    Q_OBJECT
public:
    using Delivery::Delivery;

    void send(const OutboxItem &item, Done done) override;
    void verify(const OutboxItem &item, Done done) override;

private:
    void sendCreate(const OutboxItem &item, Done done);
    void sendChange(const OutboxItem &item, qint64 serverId, Done done);
    void checked(const OutboxItem &item, const Activity &theirs, qint64 serverId, Done done);
};
