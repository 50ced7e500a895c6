// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Outbox.h"

#include "core/storage/LocalStore.h"
#include "core/storage/StoreJson.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

const QString columns = QStringLiteral("seq, kind, local_id, payload, base_updated_at, state, "
                                       "first_sent_at, attempts, error_message, created_at, "
                                       "field_errors, last_sent_at");

OutboxItem readItem(const QSqlQuery &query)
{
    OutboxItem item;
    item.seq = query.value(0).toLongLong();
    item.kind = OutboxItem::kindFromName(query.value(1).toString());
    item.localId = query.value(2).toLongLong();
    item.payload = StoreJson::toObject(query.value(3).toString());
    item.baseUpdatedAt = StoreJson::toDateTime(query.value(4).toString());
    item.state = OutboxItem::stateFromName(query.value(5).toString());
    item.firstSentAt = StoreJson::toDateTime(query.value(6).toString());
    item.attempts = query.value(7).toInt();
    item.errorMessage = query.value(8).toString();
    item.createdAt = StoreJson::toDateTime(query.value(9).toString());
    item.fieldErrors = OutboxItem::fieldErrorsFromText(query.value(10).toString());
    item.lastSentAt = StoreJson::toDateTime(query.value(11).toString());
    return item;
}

} // namespace

Outbox::Outbox(LocalStore *store)
    : m_store(store)
{}

qint64 Outbox::add(const OutboxItem &item)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO outbox (kind, entity, local_id, payload, "
                                 "base_updated_at, state, created_at) VALUES (?,?,?,?,?,?,?)"));
    query.addBindValue(OutboxItem::kindName(item.kind));
    query.addBindValue(item.entity());
    query.addBindValue(item.localId);
    query.addBindValue(StoreJson::toText(item.payload));
    query.addBindValue(StoreJson::toText(item.baseUpdatedAt));
    query.addBindValue(OutboxItem::stateName(item.state));
    query.addBindValue(StoreJson::toText(item.createdAt));
    if (!query.exec())
        return 0;
    return query.lastInsertId().toLongLong();
}

QList<OutboxItem> Outbox::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM outbox ") + where +
                  QStringLiteral(" ORDER BY seq"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<OutboxItem> items;
    if (!query.exec())
        return items;
    while (query.next())
        items.append(readItem(query));
    return items;
}

QList<OutboxItem> Outbox::items() const
{
    return select({}, {});
}

std::optional<OutboxItem> Outbox::item(qint64 seq) const
{
    const QList<OutboxItem> found = select(QStringLiteral("WHERE seq = ?"), {seq});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<OutboxItem> Outbox::itemsOf(const QString &entity, qint64 localId) const
{
    return select(QStringLiteral("WHERE entity = ? AND local_id = ?"), {entity, localId});
}

QList<OutboxItem> Outbox::needingAttention() const
{
    return select(QStringLiteral("WHERE state IN ('failed','conflict')"), {});
}

std::optional<OutboxItem> Outbox::nextSendable() const
{
    return nextSendable({});
}

std::optional<OutboxItem> Outbox::nextSendable(const QSet<qint64> &holdBack) const
{
    // One query, not a scan of the whole queue: a long offline backlog must
    // not make every step quadratic. The held-back seqs are numbers of our
    // own, so they can be part of the statement.
    QStringList held;
    held.reserve(holdBack.size());
    for (qint64 seq : holdBack)
        held.append(QString::number(seq));
    const QString skip = held.isEmpty() ? QString()
                                        : QStringLiteral(" AND o.seq NOT IN (") +
                                              held.join(QLatin1Char(',')) + QLatin1Char(')');
    const QList<OutboxItem> found = select(
        QStringLiteral("o WHERE o.state IN ('pending','sending','uncertain')") + skip +
            QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.entity = o.entity AND "
                           "p.local_id = o.local_id AND p.seq < o.seq)"),
        {});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool Outbox::setState(qint64 seq, OutboxItem::State state, const QString &errorMessage)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral(
        "UPDATE outbox SET state = ?, error_message = ?, field_errors = NULL WHERE seq = ?"));
    query.addBindValue(OutboxItem::stateName(state));
    query.addBindValue(errorMessage);
    query.addBindValue(seq);
    return query.exec();
}

bool Outbox::setFailed(qint64 seq, const QString &errorMessage,
                       const QMap<QString, QStringList> &fieldErrors)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral(
        "UPDATE outbox SET state = ?, error_message = ?, field_errors = ? WHERE seq = ?"));
    query.addBindValue(OutboxItem::stateName(OutboxItem::State::Failed));
    query.addBindValue(errorMessage);
    query.addBindValue(OutboxItem::fieldErrorsToText(fieldErrors));
    query.addBindValue(seq);
    return query.exec();
}

bool Outbox::markSending(qint64 seq, const QDateTime &nowUtc)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral(
        "UPDATE outbox SET state = ?, attempts = attempts + 1, error_message = NULL, "
        "field_errors = NULL, last_sent_at = ?, "
        "first_sent_at = CASE WHEN first_sent_at IS NULL OR first_sent_at = '' THEN ? "
        "ELSE first_sent_at END WHERE seq = ?"));
    query.addBindValue(OutboxItem::stateName(OutboxItem::State::Sending));
    query.addBindValue(StoreJson::toText(nowUtc));
    query.addBindValue(StoreJson::toText(nowUtc));
    query.addBindValue(seq);
    return query.exec();
}

bool Outbox::setPayload(qint64 seq, const QJsonObject &payload)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE seq = ?"));
    query.addBindValue(StoreJson::toText(payload));
    query.addBindValue(seq);
    return query.exec();
}

bool Outbox::setBase(qint64 seq, const QDateTime &baseUpdatedAt)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE outbox SET base_updated_at = ? WHERE seq = ?"));
    query.addBindValue(StoreJson::toText(baseUpdatedAt));
    query.addBindValue(seq);
    return query.exec();
}

bool Outbox::remove(qint64 seq)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    query.addBindValue(seq);
    return query.exec();
}

bool Outbox::removeAllOf(const QString &entity, qint64 localId)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE entity = ? AND local_id = ?"));
    query.addBindValue(entity);
    query.addBindValue(localId);
    return query.exec();
}

bool Outbox::hasUndelivered(const QString &entity, qint64 localId) const
{
    return !itemsOf(entity, localId).isEmpty();
}

bool Outbox::hasTimerStopBefore(const OutboxItem &item) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral(
        "SELECT 1 FROM outbox s WHERE s.kind = 'stop_timer' AND s.entity = 'activity' AND "
        "s.local_id <> ? AND s.seq < ? AND s.state IN ('pending','sending','uncertain') AND "
        "NOT EXISTS (SELECT 1 FROM outbox p WHERE p.entity = s.entity AND "
        "p.local_id = s.local_id AND p.seq < s.seq AND p.state IN ('failed','conflict')) "
        "LIMIT 1"));
    query.addBindValue(item.localId);
    query.addBindValue(item.seq);
    return query.exec() && query.next();
}

int Outbox::count(const QString &where) const
{
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE ") + where) || !query.next())
        return 0;
    return query.value(0).toInt();
}

int Outbox::waitingCount() const
{
    return count(QStringLiteral("state IN ('pending','sending','uncertain')"));
}

int Outbox::attentionCount() const
{
    return count(QStringLiteral("state IN ('failed','conflict')"));
}
