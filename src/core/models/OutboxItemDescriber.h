// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/AttentionModel.h"
#include "core/storage/OutboxItem.h"

class LocalStore;

// Says in words what one outbox item concerns (date, project · task,
// description, duration; for a conflict both versions) and what discarding
// it loses, from what the store holds. AttentionModel shows it for items
// that need the user; UnsentChanges lists any waiting item with it.
class OutboxItemDescriber
{
public:
    explicit OutboxItemDescriber(LocalStore *store)
        : m_store(store)
    {}

    // laterItems: how many later items of the same record a discard takes along.
    AttentionModel::Entry describe(const OutboxItem &item, int laterItems = 0) const;

private:
    using Entry = AttentionModel::Entry;
    void describeActivity(const OutboxItem &item, Entry *entry) const;
    void describePresence(const OutboxItem &item, Entry *entry) const;
    void describeFields(const OutboxItem &item, Entry *entry) const; // of a project or customer

    LocalStore *m_store;
};
