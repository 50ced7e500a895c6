// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ProjectRef.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

std::optional<ProjectRef> ProjectRef::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<ProjectRef>(json, QStringLiteral("project"), error);
}

ProjectRef ProjectRef::read(JsonReader &reader)
{
    ProjectRef project;
    project.id = reader.integer(QStringLiteral("id"));
    project.identifier = reader.text(QStringLiteral("identifier"));
    project.name = reader.text(QStringLiteral("name"));
    project.billable = reader.optionalBoolean(QStringLiteral("billable"));
    return project;
}

QJsonObject ProjectRef::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), JsonWriter::id(id)}, {QStringLiteral("name"), name}};
    if (!identifier.isEmpty())
        json.insert(QStringLiteral("identifier"), identifier);
    JsonWriter::putBool(json, QStringLiteral("billable"), billable);
    return json;
}
