// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SyncCursors.h"

#include "core/storage/LocalStore.h"
#include "core/storage/StoreJson.h"

#include <QSqlQuery>
#include <QVariant>

SyncCursors::SyncCursors(LocalStore *store)
    : m_store(store)
{}

QString SyncCursors::read(const QString &resource, const QString &column) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT ") + column +
                  QStringLiteral(" FROM sync_cursors WHERE resource = ?"));
    query.addBindValue(resource);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool SyncCursors::write(const QString &resource, const QString &column, const QString &value)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO sync_cursors (resource, ") + column +
                  QStringLiteral(") VALUES (?, ?) ON CONFLICT(resource) DO UPDATE SET ") + column +
                  QStringLiteral(" = excluded.") + column);
    query.addBindValue(resource);
    query.addBindValue(value);
    return query.exec();
}

QDateTime SyncCursors::updatedAfter(const QString &resource) const
{
    return StoreJson::toDateTime(read(resource, QStringLiteral("updated_after")));
}

bool SyncCursors::setUpdatedAfter(const QString &resource, const QDateTime &utc)
{
    return write(resource, QStringLiteral("updated_after"), StoreJson::toText(utc));
}

QDateTime SyncCursors::lastWindowRead(const QString &resource) const
{
    return StoreJson::toDateTime(read(resource, QStringLiteral("last_full_read")));
}

bool SyncCursors::setLastWindowRead(const QString &resource, const QDateTime &utc)
{
    return write(resource, QStringLiteral("last_full_read"), StoreJson::toText(utc));
}
