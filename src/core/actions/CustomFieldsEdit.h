// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldDefinition.h"
#include "core/domain/CustomFieldValues.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

// What the details window edits: the custom field values of one record
// (a project or a customer) as read from MOCO, and the user's changes.
//
// Nothing is lost whichever rule the account follows (moco-api.md §8): the
// map sent is always the COMPLETE map as read, with the user's changes put
// over it, so an account that deletes left-out fields keeps every one.
//
// Just before saving, the record is read again and rebase()d onto it: a
// field the user did not touch takes the server's value; a field the user
// changed that also changed on the server is a conflict, shown side by side
// until the user keeps one of the two.
class CustomFieldsEdit
{
public:
    struct Conflict
    {
        QString name;
        CustomFieldValue asRead; // what the user started from
        CustomFieldValue mine;
        CustomFieldValue theirs; // on the server now
    };

    CustomFieldsEdit() = default;
    CustomFieldsEdit(QList<CustomFieldDefinition> definitions, CustomFieldValues asRead);

    const QList<CustomFieldDefinition> &definitions() const { return m_definitions; }
    const CustomFieldValues &asRead() const { return m_asRead; }

    // The user's value for a field; setting it back to what was read
    // untouches it.
    void set(const QString &name, const CustomFieldValue &value);
    void revert(); // every change and conflict goes
    bool isTouched(const QString &name) const { return m_changes.contains(name); }
    bool hasChanges() const { return !m_changes.isEmpty(); }
    // What the editor shows: the user's value, else the one read.
    CustomFieldValue shown(const QString &name) const;
    // The user's changes only (name → value).
    const CustomFieldValues &changes() const { return m_changes; }
    // Everything to send: as read, with the changes put over it.
    CustomFieldValues complete() const { return m_asRead.mergedWith(m_changes); }

    // Translated problems by field name ("" key: the record as a whole,
    // e.g. over MOCO's 12 kB). Empty when the values may be sent.
    QMap<QString, QString> problems() const;

    // The record as the server has it now becomes the base. Returns the
    // fields changed on both sides to a different value.
    QList<Conflict> rebase(const CustomFieldValues &server);
    const QList<Conflict> &conflicts() const { return m_conflicts; }
    // Settles one conflict: keep mine, or take the server's value.
    void resolve(const QString &name, bool keepMine);

private:
    const CustomFieldDefinition *definition(const QString &name) const;

    QList<CustomFieldDefinition> m_definitions;
    CustomFieldValues m_asRead;
    CustomFieldValues m_changes;
    QList<Conflict> m_conflicts;
};
