// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// The project nested in an activity: {id, identifier?, name, billable?}.
// identifier is absent in 2022 responses and nullable in the spec; billable
// is nullable in the spec. Required: id.
struct ProjectRef
{
    qint64 id = 0;
    QString identifier; // "" when none
    QString name;
    std::optional<bool> billable;

    static std::optional<ProjectRef> fromJson(const QJsonValue &json, QString *error);
    static ProjectRef read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const ProjectRef &, const ProjectRef &) = default;
};
