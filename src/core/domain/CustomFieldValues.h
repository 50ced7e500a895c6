// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldValue.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class JsonReader;

// A record's custom_properties: field *name* → value. null/missing → empty.
class CustomFieldValues
{
public:
    bool isEmpty() const { return m_values.isEmpty(); }
    qsizetype size() const { return m_values.size(); }
    bool contains(const QString &name) const { return m_values.contains(name); }
    QStringList names() const { return m_values.keys(); }
    CustomFieldValue value(const QString &name) const { return m_values.value(name); }
    const QMap<QString, CustomFieldValue> &values() const { return m_values; }

    void set(const QString &name, const CustomFieldValue &value) { m_values.insert(name, value); }
    void remove(const QString &name) { m_values.remove(name); }

    // Typed helpers; a missing field reads as ""/[]/nullopt.
    QString text(const QString &name) const { return value(name).text(); }
    QStringList list(const QString &name) const { return value(name).list(); }
    std::optional<bool> boolean(const QString &name) const { return value(name).toBool(); }
    std::optional<QDate> date(const QString &name) const { return value(name).toDate(); }
    void setText(const QString &name, const QString &text);
    void setList(const QString &name, const QStringList &list);
    void setBoolean(const QString &name, bool value);
    void setDate(const QString &name, const QDate &date);

    // Returns a copy of this map with every entry of `changes` put over it.
    CustomFieldValues mergedWith(const CustomFieldValues &changes) const;

    static std::optional<CustomFieldValues> fromJson(const QJsonValue &json, QString *error);
    static CustomFieldValues read(JsonReader &reader);
    // Reads parent[key]: missing/null → empty; an empty array is accepted as
    // an empty map (a common serializer quirk); anything else but an object
    // is an error.
    static CustomFieldValues readField(JsonReader &parent, const QString &key);
    QJsonObject toJson() const;

    friend bool operator==(const CustomFieldValues &, const CustomFieldValues &) = default;

private:
    QMap<QString, CustomFieldValue> m_values;
};
