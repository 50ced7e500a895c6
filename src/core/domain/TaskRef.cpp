// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/TaskRef.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

std::optional<TaskRef> TaskRef::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<TaskRef>(json, QStringLiteral("task"), error);
}

TaskRef TaskRef::read(JsonReader &reader)
{
    TaskRef task;
    task.id = reader.integer(QStringLiteral("id"));
    task.name = reader.text(QStringLiteral("name"));
    task.billable = reader.optionalBoolean(QStringLiteral("billable"));
    return task;
}

QJsonObject TaskRef::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), JsonWriter::id(id)}, {QStringLiteral("name"), name}};
    JsonWriter::putBool(json, QStringLiteral("billable"), billable);
    return json;
}
