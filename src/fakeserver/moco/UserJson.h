// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class FakeDatabase;
struct UserRecord;

// GET /profile uses first_name/last_name; GET /users uses firstname/lastname.
class UserJson
{
public:
    static QJsonObject profile(const UserRecord &user);
    static QJsonObject user(const UserRecord &user);
    static QJsonObject session(const UserRecord &user);
    // {id, firstname, lastname} as projects (leader) and companies (user)
    // name a person; null for an unknown id.
    static QJsonValue reference(qint64 userId, const FakeDatabase &database);
};
