// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/OutboxItem.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

class LocalStore;

// The persistent queue of changes for MOCO. add() joins the caller's open
// transaction, so the optimistic local change and its outbox entry are
// committed together or not at all.
class Outbox
{
public:
    explicit Outbox(LocalStore *store);

    // Returns the new item's seq, 0 on failure.
    qint64 add(const OutboxItem &item);
    QList<OutboxItem> items() const; // in seq order
    std::optional<OutboxItem> item(qint64 seq) const;
    QList<OutboxItem> itemsOf(const QString &entity, qint64 localId) const;
    // Failed and Conflict items, in seq order.
    QList<OutboxItem> needingAttention() const;

    // The first item, in seq order, that may be sent now: the head of its
    // entity's items, in state Pending, Sending or Uncertain.
    std::optional<OutboxItem> nextSendable() const;
    // The same, skipping the items in `holdBack` (backing off, settling):
    // the later items of their records wait, every other record goes on.
    std::optional<OutboxItem> nextSendable(const QSet<qint64> &holdBack) const;

    // Also clears the item's field errors.
    bool setState(qint64 seq, OutboxItem::State state, const QString &errorMessage = {});
    // Refused for good: Failed, with the server's message and per-field messages.
    bool setFailed(qint64 seq, const QString &errorMessage,
                   const QMap<QString, QStringList> &fieldErrors);
    // Before handing it to the network: Sending, first_sent_at kept from
    // the first attempt, last_sent_at now, attempts + 1.
    bool markSending(qint64 seq, const QDateTime &nowUtc);
    bool setPayload(qint64 seq, const QJsonObject &payload);
    bool setBase(qint64 seq, const QDateTime &baseUpdatedAt);
    bool remove(qint64 seq);
    bool removeAllOf(const QString &entity, qint64 localId);

    bool hasUndelivered(const QString &entity, qint64 localId) const;
    // Whether a timer stop of another activity, queued before `item`, still
    // waits to be delivered (not counting one stuck behind an item that
    // needs the user: it would hold `item` forever).
    bool hasTimerStopBefore(const OutboxItem &item) const;
    int waitingCount() const;   // Pending, Sending, Uncertain
    int attentionCount() const; // Failed, Conflict

private:
    QList<OutboxItem> select(const QString &where, const QVariantList &values) const;
    int count(const QString &where) const;

    LocalStore *m_store;
};
