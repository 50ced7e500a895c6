// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/LocalPresence.h"

#include <QDate>
#include <QList>
#include <optional>

class LocalStore;

// The presences table. Writes join the caller's transaction, if any.
class PresenceCache
{
public:
    explicit PresenceCache(LocalStore *store);

    QList<LocalPresence> between(const QDate &from, const QDate &to) const;
    std::optional<LocalPresence> find(qint64 localId) const;

    qint64 insertLocal(const Presence &presence);
    bool writeLocal(qint64 localId, const Presence &presence);
    bool markDeleted(qint64 localId);
    bool remove(qint64 localId);

    // The server's presences of [from, to] replace the cached ones, except
    // rows with undelivered changes, which stay as the user left them.
    bool replaceRange(const QDate &from, const QDate &to, const QList<Presence> &server);

private:
    QList<LocalPresence> select(const QString &where, const QVariantList &values) const;

    LocalStore *m_store;
};
