// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CustomFieldDefinitionCache.h"

#include "core/storage/LocalStore.h"
#include "core/storage/StoreJson.h"
#include "core/storage/StoreTransaction.h"

#include <QSqlQuery>
#include <QVariant>

CustomFieldDefinitionCache::CustomFieldDefinitionCache(LocalStore *store)
    : m_store(store)
{}

QList<CustomFieldDefinition> CustomFieldDefinitionCache::definitions(const QString &entity) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT json FROM custom_field_definitions WHERE ? = '' OR "
                                 "entity = ? ORDER BY id"));
    query.addBindValue(entity);
    query.addBindValue(entity);
    QList<CustomFieldDefinition> definitions;
    if (!query.exec())
        return definitions;
    QString error;
    while (query.next()) {
        if (std::optional<CustomFieldDefinition> definition = CustomFieldDefinition::fromJson(
                StoreJson::toObject(query.value(0).toString()), &error))
            definitions.append(*definition);
    }
    return definitions;
}

bool CustomFieldDefinitionCache::replace(const QString &entity,
                                         const QList<CustomFieldDefinition> &definitions)
{
    StoreTransaction transaction(m_store->database());
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM custom_field_definitions WHERE entity = ?"));
    query.addBindValue(entity);
    return query.exec() && write(definitions) && transaction.commit();
}

bool CustomFieldDefinitionCache::upsert(const QList<CustomFieldDefinition> &definitions)
{
    StoreTransaction transaction(m_store->database());
    return write(definitions) && transaction.commit();
}

bool CustomFieldDefinitionCache::write(const QList<CustomFieldDefinition> &definitions)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO custom_field_definitions (id, entity, json) VALUES (?,?,?)"));
    for (const CustomFieldDefinition &definition : definitions) {
        query.addBindValue(definition.id);
        query.addBindValue(definition.entity);
        query.addBindValue(StoreJson::toText(definition.toJson()));
        if (!query.exec())
            return false;
    }
    return true;
}

std::optional<bool> CustomFieldDefinitionCache::isReadable(const QString &entity) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT readable FROM custom_field_access WHERE entity = ?"));
    query.addBindValue(entity);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toBool();
}

bool CustomFieldDefinitionCache::setReadable(const QString &entity, bool readable)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO custom_field_access (entity, readable) VALUES (?, ?)"));
    query.addBindValue(entity);
    query.addBindValue(readable ? 1 : 0);
    return query.exec();
}
