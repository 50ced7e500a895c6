// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class JsonReader;

// An item of GET /account/custom_properties.
// Required: id, name. kind missing/unknown → String (the raw text is kept in
// rawKind, so an unknown kind such as the spec's "text" is still shown).
// defaults holds the options of Select/MultiSelect; "" is a valid option.
struct CustomFieldDefinition
{
    enum class Kind { String, Textarea, Link, Boolean, Select, MultiSelect, Date };

    qint64 id = 0;
    QString name; // values on records are keyed by this name
    QString nameAlt;
    QString placeholder;
    QString placeholderAlt;
    QString entity; // "Project", "Customer", "Deal", "User", …
    Kind kind = Kind::String;
    QString rawKind; // exactly as sent ("" when missing)
    QStringList defaults;
    bool printOnInvoice = false;
    bool printOnOffer = false;
    bool printOnTimesheet = false;
    bool notificationEnabled = false;
    bool apiOnly = false;
    QDateTime createdAt; // invalid when absent
    QDateTime updatedAt;

    bool isKnownKind() const; // rawKind is one of the documented kinds
    // The label and placeholder in the UI language ("de", "en", …). MOCO
    // keeps `name` in the account's language and `name_alt` in its
    // alternative one; MocoTrack takes the account's language to be German,
    // MOCO's default: a German UI shows `name`, any other the `name_alt`
    // when there is one. Either falls back to `name`.
    QString label(const QString &uiLanguage) const;
    QString placeholderIn(const QString &uiLanguage) const;
    QStringList options() const { return defaults; }

    static Kind kindFromString(const QString &raw); // unknown → String
    static QString kindToString(Kind kind);         // "MultiSelect", …

    static std::optional<CustomFieldDefinition> fromJson(const QJsonValue &json, QString *error);
    static CustomFieldDefinition read(JsonReader &reader);
    QJsonObject toJson() const; // writes rawKind when set, else the kind's name (none for String)

    friend bool operator==(const CustomFieldDefinition &, const CustomFieldDefinition &) = default;
};
