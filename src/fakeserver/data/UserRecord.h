// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// A MOCO user with the fake server's sign-in data (demo credentials only).
struct UserRecord
{
    qint64 id = 0;
    QString firstname;
    QString lastname;
    QString email;
    QString password;
    QString apiKey;
    QString uuid;
    bool staff = false;
    bool active = true;
    bool external = false;
    qint64 unitId = 0;
    QString unitName;
    qint64 roleId = 0;
    QString roleName;
    QStringList tags;
    QJsonObject customProperties;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString fullName() const { return firstname + QLatin1Char(' ') + lastname; }
    QJsonObject toStorage() const;
    static UserRecord fromStorage(const QJsonObject &object);
};
