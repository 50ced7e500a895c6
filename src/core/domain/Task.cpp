// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Task.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

std::optional<Task> Task::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<Task>(json, QStringLiteral("task"), error);
}

Task Task::read(JsonReader &reader)
{
    Task task;
    task.id = reader.integer(QStringLiteral("id"));
    task.name = reader.requiredText(QStringLiteral("name"));
    task.active = reader.boolean(QStringLiteral("active"));
    task.billable = reader.boolean(QStringLiteral("billable"));
    task.description = reader.text(QStringLiteral("description"));
    task.budget = reader.optionalNumber(QStringLiteral("budget"));
    task.hourlyRate = reader.optionalNumber(QStringLiteral("hourly_rate"));
    task.createdAt = reader.timestamp(QStringLiteral("created_at"));
    task.updatedAt = reader.timestamp(QStringLiteral("updated_at"));
    return task;
}

QJsonObject Task::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), JsonWriter::id(id)},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("active"), active},
                     {QStringLiteral("billable"), billable}};
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    JsonWriter::putNumber(json, QStringLiteral("budget"), budget);
    JsonWriter::putNumber(json, QStringLiteral("hourly_rate"), hourlyRate);
    JsonWriter::putTimestamp(json, QStringLiteral("created_at"), createdAt);
    JsonWriter::putTimestamp(json, QStringLiteral("updated_at"), updatedAt);
    return json;
}
