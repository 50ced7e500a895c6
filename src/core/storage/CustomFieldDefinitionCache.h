// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldDefinition.h"

#include <QList>
#include <QString>

#include <optional>

class LocalStore;

// The account's custom field definitions per entity ("Project",
// "Customer"), in MOCO's order (by id: the API has no other), and whether
// the user may read them at all: a 403 hides the section instead of
// showing an error.
class CustomFieldDefinitionCache
{
public:
    explicit CustomFieldDefinitionCache(LocalStore *store);

    // Every entity when `entity` is empty.
    QList<CustomFieldDefinition> definitions(const QString &entity = {}) const;
    // After a full read: the entity's definitions are exactly these.
    bool replace(const QString &entity, const QList<CustomFieldDefinition> &definitions);
    // After a read with updated_after: these are new or changed.
    bool upsert(const QList<CustomFieldDefinition> &definitions);

    // nullopt until the first read of the entity was answered.
    std::optional<bool> isReadable(const QString &entity) const;
    bool setReadable(const QString &entity, bool readable);

private:
    bool write(const QList<CustomFieldDefinition> &definitions); // inside a transaction

    LocalStore *m_store;
};
