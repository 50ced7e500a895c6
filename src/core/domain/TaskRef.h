// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// The task nested in an activity: {id, name, billable?}. Required: id.
struct TaskRef
{
    qint64 id = 0;
    QString name;
    std::optional<bool> billable;

    static std::optional<TaskRef> fromJson(const QJsonValue &json, QString *error);
    static TaskRef read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const TaskRef &, const TaskRef &) = default;
};
