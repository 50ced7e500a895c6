// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/UnsentChanges.h"

#include "core/models/OutboxItemDescriber.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"

QList<UnsentChange> UnsentChanges::in(LocalStore *store, const QString &actingAs)
{
    QList<UnsentChange> changes;
    if (!store || !store->isOpen())
        return changes;
    const OutboxItemDescriber describer(store);
    const QList<OutboxItem> items = Outbox(store).items();
    for (const OutboxItem &item : items) {
        UnsentChange change;
        change.seq = item.seq;
        change.subject = describer.describe(item).subject;
        change.actingAs = actingAs;
        change.needsAttention = item.needsAttention();
        changes.append(change);
    }
    return changes;
}
