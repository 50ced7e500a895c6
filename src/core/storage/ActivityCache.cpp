// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ActivityCache.h"

#include "core/api/ApiErrorText.h"
#include "core/storage/LocalStore.h"
#include "core/storage/OutboxItem.h"
#include "core/storage/StoreJson.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {

std::optional<Activity> parse(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QString error;
    return Activity::fromJson(StoreJson::toObject(text), &error);
}

} // namespace

ActivityCache::ActivityCache(LocalStore *store)
    : m_store(store)
{}

QList<LocalActivity> ActivityCache::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    // The outbox states of the row, e.g. "pending,failed", in one pass.
    query.prepare(
        QStringLiteral("SELECT a.local_id, a.json, a.server_json, a.server_deleted, a.deleted, "
                       "(SELECT group_concat(o.state) FROM outbox o WHERE o.entity = 'activity' "
                       "AND o.local_id = a.local_id), "
                       "(SELECT o.error_message FROM outbox o WHERE o.entity = 'activity' AND "
                       "o.local_id = a.local_id AND o.state = 'failed' ORDER BY o.seq LIMIT 1), "
                       "(SELECT o.field_errors FROM outbox o WHERE o.entity = 'activity' AND "
                       "o.local_id = a.local_id AND o.state = 'failed' ORDER BY o.seq LIMIT 1) "
                       "FROM activities a ") +
        where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<LocalActivity> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        LocalActivity row;
        row.localId = query.value(0).toLongLong();
        std::optional<Activity> shown = parse(query.value(1).toString());
        if (!shown)
            continue;
        row.activity = *shown;
        row.server = parse(query.value(2).toString());
        row.serverDeleted = query.value(3).toBool();
        row.deletedLocally = query.value(4).toBool();
        const QString states = query.value(5).toString();
        row.pending = !states.isEmpty();
        row.needsAttention =
            states.contains(QLatin1String("failed")) || states.contains(QLatin1String("conflict"));
        row.fieldErrors = OutboxItem::fieldErrorsFromText(query.value(7).toString());
        row.errorMessage = row.fieldErrors.isEmpty()
                               ? query.value(6).toString()
                               : ApiErrorText::fieldErrorLines(row.fieldErrors);
        rows.append(row);
    }
    return rows;
}

QList<LocalActivity> ActivityCache::between(const QDate &from, const QDate &to) const
{
    return select(QStringLiteral("WHERE a.date BETWEEN ? AND ? AND a.deleted = 0 "
                                 "ORDER BY a.date, a.local_id"),
                  {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

std::optional<LocalActivity> ActivityCache::find(qint64 localId) const
{
    const QList<LocalActivity> rows = select(QStringLiteral("WHERE a.local_id = ?"), {localId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<LocalActivity> ActivityCache::needingAttention() const
{
    return select(QStringLiteral(
                      "WHERE a.local_id IN (SELECT local_id FROM outbox WHERE entity = "
                      "'activity' AND state IN ('failed','conflict')) ORDER BY a.date, a.local_id"),
                  {});
}

std::optional<qint64> ActivityCache::localIdOf(qint64 serverId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT local_id FROM activities WHERE server_id = ?"));
    query.addBindValue(serverId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QSet<qint64> ActivityCache::serverIdsBetween(const QDate &from, const QDate &to) const
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT server_id FROM activities WHERE server_id IS NOT NULL "
                                 "AND date BETWEEN ? AND ?"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    QSet<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.insert(query.value(0).toLongLong());
    }
    return ids;
}

int ActivityCache::count() const
{
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM activities WHERE deleted = 0")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

qint64 ActivityCache::insertLocal(const Activity &activity)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO activities (server_id, date, json, server_json) "
                                 "VALUES (?,?,?,?)"));
    const bool onServer = activity.id != 0;
    query.addBindValue(onServer ? QVariant(activity.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(activity.date.toString(Qt::ISODate));
    query.addBindValue(StoreJson::toText(activity.toJson()));
    query.addBindValue(onServer ? StoreJson::toText(activity.toJson()) : QString());
    if (!query.exec())
        return 0;
    return query.lastInsertId().toLongLong();
}

bool ActivityCache::writeLocal(qint64 localId, const Activity &activity)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE activities SET server_id = ?, date = ?, json = ? "
                                 "WHERE local_id = ?"));
    query.addBindValue(activity.id != 0 ? QVariant(activity.id)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(activity.date.toString(Qt::ISODate));
    query.addBindValue(StoreJson::toText(activity.toJson()));
    query.addBindValue(localId);
    return query.exec();
}

bool ActivityCache::writeBoth(qint64 localId, const Activity &server)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE activities SET server_id = ?, date = ?, json = ?, "
                                 "server_json = ?, deleted = 0, server_deleted = 0 "
                                 "WHERE local_id = ?"));
    const QString json = StoreJson::toText(server.toJson());
    query.addBindValue(server.id);
    query.addBindValue(server.date.toString(Qt::ISODate));
    query.addBindValue(json);
    query.addBindValue(json);
    query.addBindValue(localId);
    return query.exec();
}

bool ActivityCache::writeServerVersion(qint64 localId, const std::optional<Activity> &server,
                                       bool serverDeleted)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE activities SET server_json = ?, server_deleted = ? "
                                 "WHERE local_id = ?"));
    query.addBindValue(server ? StoreJson::toText(server->toJson()) : QString());
    query.addBindValue(serverDeleted ? 1 : 0);
    query.addBindValue(localId);
    return query.exec();
}

bool ActivityCache::markDeleted(qint64 localId)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE activities SET deleted = 1 WHERE local_id = ?"));
    query.addBindValue(localId);
    return query.exec();
}

bool ActivityCache::remove(qint64 localId)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM activities WHERE local_id = ?"));
    query.addBindValue(localId);
    return query.exec();
}
