// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// A user's assignment to a project. Two shapes:
//  - GET /projects/assigned "contract": {user_id, active}
//  - GET /projects/{id} "contracts[]": {id, user_id, firstname, lastname,
//    billable, active, budget|null, hourly_rate}
// Required: user_id, active. Everything else is optional.
struct Contract
{
    qint64 id = 0; // 0 when absent (the assigned form has none)
    qint64 userId = 0;
    bool active = false;
    QString firstName;
    QString lastName;
    std::optional<bool> billable;
    std::optional<double> budget;
    std::optional<double> hourlyRate;

    static std::optional<Contract> fromJson(const QJsonValue &json, QString *error);
    static Contract read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const Contract &, const Contract &) = default;
};
