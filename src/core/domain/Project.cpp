// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Project.h"

#include "core/domain/JsonList.h"
#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

bool Project::isBookable() const
{
    return active && (!contract || contract->active);
}

QList<Task> Project::bookableTasks() const
{
    QList<Task> result;
    if (!isBookable())
        return result;
    for (const Task &task : tasks) {
        if (task.isBookable())
            result.append(task);
    }
    return result;
}

const Task *Project::findTask(qint64 taskId) const
{
    for (const Task &task : tasks) {
        if (task.id == taskId)
            return &task;
    }
    return nullptr;
}

std::optional<Contract> Project::contractFor(qint64 userId) const
{
    if (contract && contract->userId == userId)
        return contract;
    for (const Contract &entry : contracts) {
        if (entry.userId == userId)
            return entry;
    }
    return std::nullopt;
}

std::optional<Project> Project::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<Project>(json, QStringLiteral("project"), error);
}

Project Project::read(JsonReader &reader)
{
    Project project;
    project.id = reader.integer(QStringLiteral("id"));
    project.identifier = reader.text(QStringLiteral("identifier"));
    project.name = reader.requiredText(QStringLiteral("name"));
    project.active = reader.boolean(QStringLiteral("active"));
    project.billable = reader.boolean(QStringLiteral("billable"));
    project.customer = reader.object<CustomerRef>(QStringLiteral("customer"));
    project.tasks = reader.list<Task>(QStringLiteral("tasks"));
    project.contract = reader.optionalObject<Contract>(QStringLiteral("contract"));
    project.contracts = reader.list<Contract>(QStringLiteral("contracts"));
    project.customProperties =
        CustomFieldValues::readField(reader, QStringLiteral("custom_properties"));
    project.createdAt = reader.timestamp(QStringLiteral("created_at"));
    project.updatedAt = reader.timestamp(QStringLiteral("updated_at"));
    return project;
}

QJsonObject Project::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), JsonWriter::id(id)},
                     {QStringLiteral("identifier"),
                      identifier.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(identifier)},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("active"), active},
                     {QStringLiteral("billable"), billable},
                     {QStringLiteral("customer"), customer.toJson()},
                     {QStringLiteral("tasks"), listToJson(tasks)}};
    if (contract)
        json.insert(QStringLiteral("contract"), contract->toJson());
    if (!contracts.isEmpty())
        json.insert(QStringLiteral("contracts"), listToJson(contracts));
    if (!customProperties.isEmpty())
        json.insert(QStringLiteral("custom_properties"), customProperties.toJson());
    JsonWriter::putTimestamp(json, QStringLiteral("created_at"), createdAt);
    JsonWriter::putTimestamp(json, QStringLiteral("updated_at"), updatedAt);
    return json;
}
