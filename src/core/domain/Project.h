// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Contract.h"
#include "core/domain/CustomFieldValues.h"
#include "core/domain/NamedRef.h"
#include "core/domain/Task.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

class JsonReader;

// A project, from GET /projects/assigned (reduced form: tasks and the
// user's contract, no custom_properties; contract missing in 2022) or from
// GET /projects[/{id}] (full form: contracts[], custom_properties, …).
// Required: id, name, active, billable, customer. tasks/contracts missing →
// empty; identifier null/missing → "".
struct Project
{
    qint64 id = 0;
    QString identifier; // "" when none
    QString name;
    bool active = false;
    bool billable = false;
    CustomerRef customer;
    QList<Task> tasks;
    std::optional<Contract> contract; // assigned form: the caller's assignment
    QList<Contract> contracts;        // full form: every assignment
    CustomFieldValues customProperties;
    QDateTime createdAt; // invalid when absent
    QDateTime updatedAt;

    // active, and the user's contract (when the server sent one) active.
    bool isBookable() const;
    // Tasks the user may book on: the bookable tasks of a bookable project.
    QList<Task> bookableTasks() const;
    const Task *findTask(qint64 taskId) const; // nullptr when not found
    // contract when present, else the entry of contracts[] for userId.
    std::optional<Contract> contractFor(qint64 userId) const;

    static std::optional<Project> fromJson(const QJsonValue &json, QString *error);
    static Project read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const Project &, const Project &) = default;
};
