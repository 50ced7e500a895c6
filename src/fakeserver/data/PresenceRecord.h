// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A working-time range ("Arbeitszeit"). from/to are local HH:MM; a null `to`
// means the user is still clocked in.
struct PresenceRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    QDate date;
    QString from;
    QString to;
    bool homeOffice = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOpen() const { return to.isNull(); }

    QJsonObject toStorage() const;
    static PresenceRecord fromStorage(const QJsonObject &object);
};
