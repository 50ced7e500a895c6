// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/UserStore.h"

const UserRecord *UserStore::find(qint64 id) const
{
    for (const UserRecord &user : m_users) {
        if (user.id == id)
            return &user;
    }
    return nullptr;
}

const UserRecord *UserStore::findByApiKey(const QString &apiKey) const
{
    if (apiKey.isEmpty())
        return nullptr;
    for (const UserRecord &user : m_users) {
        if (user.apiKey == apiKey)
            return &user;
    }
    return nullptr;
}

const UserRecord *UserStore::findByEmail(const QString &email) const
{
    for (const UserRecord &user : m_users) {
        if (user.email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

QJsonArray UserStore::toStorage() const
{
    QJsonArray array;
    for (const UserRecord &user : m_users)
        array.append(user.toStorage());
    return array;
}

void UserStore::fromStorage(const QJsonArray &array)
{
    m_users.clear();
    for (const QJsonValue &value : array)
        m_users.append(UserRecord::fromStorage(value.toObject()));
}
