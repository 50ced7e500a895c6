// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Delivery.h"

#include "core/api/ApiClient.h"
#include "core/services/Clock.h"
#include "core/storage/Outbox.h"

Delivery::Delivery(const Context &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void Delivery::verify(const OutboxItem &item, Done done)
{
    // Where sending again is harmless, send() finds out itself (it checks
    // first once an item was attempted).
    send(item, std::move(done));
}

bool Delivery::markSending(const OutboxItem &item)
{
    return Outbox(m_context.store).markSending(item.seq, m_context.clock->utcNow());
}

QDateTime Delivery::firstSentInServerTime(const OutboxItem &item) const
{
    return m_context.api->serverClock().toServerTime(item.firstSentAt);
}

std::chrono::seconds Delivery::createdAtSlack() const
{
    return m_context.api->serverClock().isKnown() ? m_context.policy->createdAtSlack
                                                  : m_context.policy->createdAtSlackUnknownClock;
}
