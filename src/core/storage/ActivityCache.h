// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/LocalActivity.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <optional>

class LocalStore;

// The activities table. Writes join the caller's transaction, if any.
class ActivityCache
{
public:
    explicit ActivityCache(LocalStore *store);

    // Not deleted locally, ordered by date then creation; with outbox flags.
    QList<LocalActivity> between(const QDate &from, const QDate &to) const;
    std::optional<LocalActivity> find(qint64 localId) const;
    // Every record with a refused or conflicting change, also one deleted
    // locally (a delete can conflict too), by date.
    QList<LocalActivity> needingAttention() const;
    std::optional<qint64> localIdOf(qint64 serverId) const;
    QSet<qint64> serverIdsBetween(const QDate &from, const QDate &to) const;
    int count() const;

    qint64 insertLocal(const Activity &activity); // returns the local id, 0 on failure
    bool writeLocal(qint64 localId, const Activity &activity);
    // Both the shown and the server version become the given server version.
    bool writeBoth(qint64 localId, const Activity &server);
    bool writeServerVersion(qint64 localId, const std::optional<Activity> &server,
                            bool serverDeleted);
    bool markDeleted(qint64 localId);
    bool remove(qint64 localId);

private:
    QList<LocalActivity> select(const QString &where, const QVariantList &values) const;

    LocalStore *m_store;
};
