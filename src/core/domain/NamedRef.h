// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// A nested {id, name} object: customer (company), deal, unit, role,
// project group. Required: id. name is optional text.
struct NamedRef
{
    qint64 id = 0;
    QString name;

    static std::optional<NamedRef> fromJson(const QJsonValue &json, QString *error);
    static NamedRef read(JsonReader &reader); // for nesting; errors go to reader
    QJsonObject toJson() const;

    friend bool operator==(const NamedRef &, const NamedRef &) = default;
};

using CustomerRef = NamedRef;
