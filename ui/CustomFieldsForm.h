// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/CustomFieldsEdit.h"

#include <QHash>
#include <QWidget>

class CustomFieldEditor;
class QFormLayout;
class QLabel;

// The custom fields of one record as a form: one row per definition, in
// MOCO's order, labelled in the UI language, with the editor its kind calls
// for (CustomFieldEditor). Fields MOCO's own UI hides (api_only) are marked.
// A problem shows under its field; a conflict shows MOCO's value beside the
// user's with "Keep mine" and "Take MOCO's". What to do with an edit is
// CustomFieldsEdit's: the form only shows and forwards.
class CustomFieldsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CustomFieldsForm(QWidget *parent = nullptr);

    // Rebuilds the rows. `uiLanguage` picks name or name_alt.
    void setFields(const CustomFieldsEdit &edit, const QString &uiLanguage);
    // No fields to show: one line saying why, no error.
    void setHiddenReason(const QString &reason);
    // The values of `edit` into the editors, without rebuilding.
    void showValues(const CustomFieldsEdit &edit);
    void setProblems(const QMap<QString, QString> &problems); // "" key: the whole record
    void showConflicts(const QList<CustomFieldsEdit::Conflict> &conflicts);

    CustomFieldEditor *editorFor(const QString &name) const { return m_editors.value(name); }

signals:
    void valueEdited(const QString &name, const CustomFieldValue &value);
    void conflictResolved(const QString &name, bool keepMine);

private:
    void clearRows();
    QWidget *conflictRow(const CustomFieldsEdit::Conflict &conflict);

    QFormLayout *m_layout;
    QLabel *m_reason;        // shown instead of the rows
    QLabel *m_recordProblem; // over MOCO's size limit
    QHash<QString, CustomFieldEditor *> m_editors;
    QHash<QString, QLabel *> m_problems;
    QHash<QString, QWidget *> m_conflicts;
    QString m_language;
};
