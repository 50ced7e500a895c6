// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

struct UserRecord;

// GET /profile uses first_name/last_name; GET /users uses firstname/lastname.
class UserJson
{
public:
    static QJsonObject profile(const UserRecord &user);
    static QJsonObject user(const UserRecord &user);
    static QJsonObject session(const UserRecord &user);
};
