// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// One custom field value: a string for every kind, a list of strings for
// MultiSelect. Boolean travels as "0"/"1", Date as "YYYY-MM-DD".
// Reading is lenient about scalars the spec does not promise but real
// accounts may hold (JSON true/false → "1"/"0", numbers → their text, null →
// ""), because one odd value must not make a whole project unreadable.
// Whatever JSON did not arrive as a string or a list of strings (a number, a
// null, an object of a kind this client does not know) is kept as it came
// and written back byte for byte until it is replaced; its text() is the
// compact JSON.
class CustomFieldValue
{
public:
    CustomFieldValue() = default; // ""
    explicit CustomFieldValue(const QString &text);
    explicit CustomFieldValue(const QStringList &list);
    static CustomFieldValue fromBool(bool value);        // "1" / "0"
    static CustomFieldValue fromDate(const QDate &date); // "" for an invalid date

    bool isList() const { return m_isList; }
    bool isEmpty() const;     // "" or []
    QString text() const;     // the text; a list joined with ", "
    QStringList list() const; // the list; a non-empty text as one element
    // "1"/"true" → true, "0"/"false" → false, anything else → nullopt.
    std::optional<bool> toBool() const;
    std::optional<QDate> toDate() const; // strict YYYY-MM-DD

    // Every JSON value is readable (see above); the signature is the one
    // all domain types read with.
    static std::optional<CustomFieldValue> fromJson(const QJsonValue &json, QString *error,
                                                    const QString &path = {});
    QJsonValue toJson() const;

    friend bool operator==(const CustomFieldValue &, const CustomFieldValue &) = default;

private:
    QJsonValue m_asRead{QJsonValue::Undefined}; // set only when text/list cannot say it exactly
    bool m_isList = false;
    QString m_text;
    QStringList m_list;
};
