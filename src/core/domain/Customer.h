// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldValues.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// A customer as GET /companies/{id} gives it (MOCO calls customers,
// suppliers and organisations "companies"; projects point at customers).
// Only what the details window shows and the custom field values are kept.
// Required: id, name; the rest may be missing or null.
struct Customer
{
    qint64 id = 0;
    QString type; // "customer", "supplier", "organization"; "" when missing
    QString name;
    QString identifier; // "" when none
    bool intern = false;
    QString currency;
    QString website;
    CustomFieldValues customProperties;
    QDateTime createdAt; // invalid when absent
    QDateTime updatedAt;

    static std::optional<Customer> fromJson(const QJsonValue &json, QString *error);
    static Customer read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const Customer &, const Customer &) = default;
};
