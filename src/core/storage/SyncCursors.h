// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

class LocalStore;

// Per resource ("activities", "projects", …): the updated_after to ask for
// next (the newest updated_at the server has sent, so client clock skew does
// not matter) and when the sliding window was last re-read.
class SyncCursors
{
public:
    explicit SyncCursors(LocalStore *store);

    QDateTime updatedAfter(const QString &resource) const; // invalid = full read
    bool setUpdatedAfter(const QString &resource, const QDateTime &utc);
    QDateTime lastWindowRead(const QString &resource) const;
    bool setLastWindowRead(const QString &resource, const QDateTime &utc);

private:
    QString read(const QString &resource, const QString &column) const;
    bool write(const QString &resource, const QString &column, const QString &value);

    LocalStore *m_store;
};
