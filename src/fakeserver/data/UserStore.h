// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/data/UserRecord.h"

#include <QJsonArray>
#include <QList>

class UserStore
{
public:
    const QList<UserRecord> &all() const { return m_users; }
    const UserRecord *find(qint64 id) const;
    const UserRecord *findByApiKey(const QString &apiKey) const;
    const UserRecord *findByEmail(const QString &email) const;
    void add(const UserRecord &user) { m_users.append(user); }
    void clear() { m_users.clear(); }

    QJsonArray toStorage() const;
    void fromStorage(const QJsonArray &array);

private:
    QList<UserRecord> m_users;
};
