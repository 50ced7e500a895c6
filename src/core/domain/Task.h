// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// A project task: embedded in GET /projects/assigned ({id, name, active,
// billable}), in GET /projects/{id}, or from GET /projects/{pid}/tasks (adds
// description, budget, hourly_rate, timestamps).
// Required: id, name, active, billable.
struct Task
{
    qint64 id = 0;
    QString name;
    bool active = false;
    bool billable = false;
    QString description;
    std::optional<double> budget;
    std::optional<double> hourlyRate;
    QDateTime createdAt; // invalid when absent
    QDateTime updatedAt;

    bool isBookable() const { return active; }

    static std::optional<Task> fromJson(const QJsonValue &json, QString *error);
    static Task read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const Task &, const Task &) = default;
};
