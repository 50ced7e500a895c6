// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/UserRef.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QTime>

#include <optional>

class JsonReader;

// A working-time block (GET/POST/PUT /users/presences…). from/to are the
// account's wall-clock "HH:MM" (no zone); to null/""/missing = open (clocked
// in). Required: id, date. is_home_office missing → false.
struct Presence
{
    qint64 id = 0;
    QDate date;
    std::optional<QTime> from;
    std::optional<QTime> to;
    bool isHomeOffice = false;
    std::optional<UserRef> user;
    QDateTime createdAt; // UTC; invalid when absent
    QDateTime updatedAt;

    bool isOpen() const { return !to.has_value(); }

    static std::optional<Presence> fromJson(const QJsonValue &json, QString *error = nullptr);
    static Presence read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const Presence &, const Presence &) = default;
};
