// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldDefinition.h"
#include "core/domain/CustomFieldValue.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// The editor of one custom field, the widget its kind calls for: a line
// (String, and any kind this client does not know), several lines
// (Textarea), a line with an "Open link" button (Link), a check box
// (Boolean, "0"/"1"), a date that can be cleared (Date, YYYY-MM-DD), a
// combo box of the options with the empty one (Select), a checkable list
// (MultiSelect). Its accessible name is the field's label.
//
// Nothing is lost on the way through: a value of an unknown kind comes back
// byte for byte unless the user types, and a Select or MultiSelect value
// that is no longer an option stays shown and chosen.
class CustomFieldEditor : public QWidget
{
    Q_OBJECT

public:
    CustomFieldEditor(const CustomFieldDefinition &definition, const QString &label,
                      const QString &placeholder, QWidget *parent = nullptr);

    const CustomFieldDefinition &definition() const { return m_definition; }
    void setValue(const CustomFieldValue &value); // emits nothing
    CustomFieldValue value() const;

signals:
    void edited(); // by the user

private:
    void buildSelect(const QString &label);
    void buildMultiSelect(const QString &label);
    void buildDate(const QString &label);
    void buildLink(const QString &label, const QString &placeholder);

    CustomFieldDefinition m_definition;
    CustomFieldValue m_asSet;
    bool m_filling = false;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_check = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_combo = nullptr;
    QListWidget *m_list = nullptr;
};
