// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/UnsentChanges.h"

#include "core/models/OutboxItemDescriber.h"
#include "core/services/AccountSettings.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"

#include <QFile>
#include <QStringList>

int UnsentChanges::countForAccount(const AccountSettings &account)
{
    QStringList paths{LocalStore::defaultPath(account.storeKey())};
    const QList<qint64> colleagues = LocalStore::colleagueStoreIds(account.storeKey());
    for (qint64 id : colleagues)
        paths.append(LocalStore::defaultPath(account.colleagueStoreKey(id)));
    int count = 0;
    for (const QString &path : std::as_const(paths)) {
        if (!QFile::exists(path))
            continue;
        LocalStore store(path);
        if (store.open())
            count += static_cast<int>(Outbox(&store).items().size());
    }
    return count;
}

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
