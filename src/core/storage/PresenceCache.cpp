// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PresenceCache.h"

#include "core/api/ApiErrorText.h"
#include "core/storage/EditPayload.h"
#include "core/storage/LocalStore.h"
#include "core/storage/OutboxItem.h"
#include "core/storage/StoreJson.h"
#include "core/storage/StoreTransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant serverIdValue(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

PresenceCache::PresenceCache(LocalStore *store)
    : m_store(store)
{}

QList<LocalPresence> PresenceCache::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    // The outbox states of the row, and the refusal of its first failed item.
    query.prepare(
        QStringLiteral("SELECT p.local_id, p.json, (SELECT group_concat(o.state) FROM outbox o "
                       "WHERE o.entity = 'presence' AND o.local_id = p.local_id), "
                       "(SELECT o.error_message FROM outbox o WHERE o.entity = 'presence' AND "
                       "o.local_id = p.local_id AND o.state = 'failed' ORDER BY o.seq LIMIT 1), "
                       "(SELECT o.field_errors FROM outbox o WHERE o.entity = 'presence' AND "
                       "o.local_id = p.local_id AND o.state = 'failed' ORDER BY o.seq LIMIT 1), "
                       "(SELECT o.payload FROM outbox o WHERE o.entity = 'presence' AND "
                       "o.local_id = p.local_id AND o.state = 'failed' AND "
                       "o.kind = 'update_presence' ORDER BY o.seq LIMIT 1) "
                       "FROM presences p ") +
        where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<LocalPresence> rows;
    if (!query.exec())
        return rows;
    QString error;
    while (query.next()) {
        std::optional<Presence> presence =
            Presence::fromJson(StoreJson::toObject(query.value(1).toString()), &error);
        if (!presence)
            continue;
        LocalPresence row;
        row.localId = query.value(0).toLongLong();
        row.presence = *presence;
        const QString states = query.value(2).toString();
        row.pending = !states.isEmpty();
        row.needsAttention = states.contains(QLatin1String("failed"));
        const QMap<QString, QStringList> fieldErrors =
            OutboxItem::fieldErrorsFromText(query.value(4).toString());
        row.errorMessage = fieldErrors.isEmpty() ? query.value(3).toString()
                                                 : ApiErrorText::fieldErrorLines(fieldErrors);
        // A refused correction leaves MOCO's interval as it was before it.
        if (const std::optional<EditPayload<Presence>> refused =
                EditPayload<Presence>::fromJson(StoreJson::toObject(query.value(5).toString())))
            row.onMoco = refused->before;
        rows.append(row);
    }
    return rows;
}

QList<LocalPresence> PresenceCache::between(const QDate &from, const QDate &to) const
{
    return select(QStringLiteral("WHERE p.date BETWEEN ? AND ? AND p.deleted = 0 "
                                 "ORDER BY p.date, p.local_id"),
                  {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

std::optional<LocalPresence> PresenceCache::find(qint64 localId) const
{
    const QList<LocalPresence> rows = select(QStringLiteral("WHERE p.local_id = ?"), {localId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

qint64 PresenceCache::insertLocal(const Presence &presence)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO presences (server_id, date, json) VALUES (?,?,?)"));
    query.addBindValue(serverIdValue(presence.id));
    query.addBindValue(presence.date.toString(Qt::ISODate));
    query.addBindValue(StoreJson::toText(presence.toJson()));
    if (!query.exec())
        return 0;
    return query.lastInsertId().toLongLong();
}

bool PresenceCache::writeLocal(qint64 localId, const Presence &presence)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE presences SET server_id = ?, date = ?, json = ?, "
                                 "deleted = 0 WHERE local_id = ?"));
    query.addBindValue(serverIdValue(presence.id));
    query.addBindValue(presence.date.toString(Qt::ISODate));
    query.addBindValue(StoreJson::toText(presence.toJson()));
    query.addBindValue(localId);
    return query.exec();
}

bool PresenceCache::markDeleted(qint64 localId)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE presences SET deleted = 1 WHERE local_id = ?"));
    query.addBindValue(localId);
    return query.exec();
}

bool PresenceCache::remove(qint64 localId)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM presences WHERE local_id = ?"));
    query.addBindValue(localId);
    return query.exec();
}

bool PresenceCache::replaceRange(const QDate &from, const QDate &to, const QList<Presence> &server)
{
    StoreTransaction transaction(m_store->database());
    QSqlQuery query(m_store->database());
    // Rows without undelivered changes are the server's business.
    query.prepare(
        QStringLiteral("DELETE FROM presences WHERE date BETWEEN ? AND ? AND local_id NOT IN "
                       "(SELECT local_id FROM outbox WHERE entity = 'presence')"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec())
        return false;
    QSet<qint64> kept;
    if (query.exec(QStringLiteral("SELECT server_id FROM presences WHERE server_id IS NOT NULL"))) {
        while (query.next())
            kept.insert(query.value(0).toLongLong());
    }
    for (const Presence &presence : server) {
        if (!kept.contains(presence.id) && insertLocal(presence) == 0)
            return false;
    }
    return transaction.commit();
}
