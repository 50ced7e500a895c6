// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomFieldsForm.h"

#include "CustomFieldEditor.h"
#include "ErrorPalette.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

CustomFieldsForm::CustomFieldsForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_reason(new QLabel(this))
    , m_recordProblem(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_reason->setObjectName(QStringLiteral("customFieldsReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_recordProblem->setObjectName(QStringLiteral("customFieldsProblem"));
    m_recordProblem->setWordWrap(true);
    ErrorPalette::applyTo(m_recordProblem);
    m_recordProblem->hide();
    m_layout->addRow(m_reason);
    m_layout->addRow(m_recordProblem);
}

void CustomFieldsForm::clearRows()
{
    // The first two rows are the reason and the record's problem.
    while (m_layout->rowCount() > 2)
        m_layout->removeRow(2);
    m_editors.clear();
    m_problems.clear();
    m_conflicts.clear();
}

void CustomFieldsForm::setHiddenReason(const QString &reason)
{
    clearRows();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void CustomFieldsForm::setFields(const CustomFieldsEdit &edit, const QString &uiLanguage)
{
    clearRows();
    m_language = uiLanguage;
    m_reason->hide();
    for (const CustomFieldDefinition &definition : edit.definitions()) {
        const QString label = definition.label(uiLanguage);
        auto *editor =
            new CustomFieldEditor(definition, label, definition.placeholderIn(uiLanguage), this);
        editor->setValue(edit.shown(definition.name));
        connect(editor, &CustomFieldEditor::edited, this,
                [this, editor] { emit valueEdited(editor->definition().name, editor->value()); });
        auto *rowLabel = new QLabel(label, this);
        if (definition.apiOnly) {
            //: A custom field MOCO's own screens do not show; %1 is its label
            rowLabel->setText(tr("%1 (API only)").arg(label));
            rowLabel->setToolTip(tr("MOCO's own screens do not show this field."));
        }
        rowLabel->setBuddy(editor);
        auto *problem = new QLabel(this);
        problem->setObjectName(QStringLiteral("fieldProblem"));
        problem->setWordWrap(true);
        ErrorPalette::applyTo(problem);
        problem->hide();
        auto *column = new QWidget(this);
        auto *stack = new QVBoxLayout(column);
        stack->setContentsMargins(0, 0, 0, 0);
        stack->addWidget(editor);
        stack->addWidget(problem);
        m_layout->addRow(rowLabel, column);
        m_editors.insert(definition.name, editor);
        m_problems.insert(definition.name, problem);
    }
}

void CustomFieldsForm::showValues(const CustomFieldsEdit &edit)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setValue(edit.shown(it.key()));
}

void CustomFieldsForm::setProblems(const QMap<QString, QString> &problems)
{
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QString problem = problems.value(it.key());
        it.value()->setText(problem);
        it.value()->setVisible(!problem.isEmpty());
        // A screen reader hears the problem with the field.
        CustomFieldEditor *editor = m_editors.value(it.key());
        (editor->focusProxy() ? editor->focusProxy() : editor)->setAccessibleDescription(problem);
    }
    m_recordProblem->setText(problems.value(QString()));
    m_recordProblem->setVisible(!problems.value(QString()).isEmpty());
}

QWidget *CustomFieldsForm::conflictRow(const CustomFieldsEdit::Conflict &conflict)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    //: A field changed in MOCO and here; %1 MOCO's value, %2 the user's
    auto *both = new QLabel(
        tr("In MOCO now: “%1” · Yours: “%2”").arg(conflict.theirs.text(), conflict.mine.text()),
        row);
    both->setWordWrap(true);
    auto *keepMine = new QPushButton(tr("Keep mine"), row);
    auto *takeTheirs = new QPushButton(tr("Take MOCO's"), row);
    const QString name = conflict.name;
    connect(keepMine, &QPushButton::clicked, this,
            [this, name] { emit conflictResolved(name, true); });
    connect(takeTheirs, &QPushButton::clicked, this,
            [this, name] { emit conflictResolved(name, false); });
    layout->addWidget(both, 1);
    layout->addWidget(keepMine);
    layout->addWidget(takeTheirs);
    return row;
}

void CustomFieldsForm::showConflicts(const QList<CustomFieldsEdit::Conflict> &conflicts)
{
    for (QWidget *row : std::as_const(m_conflicts))
        row->deleteLater();
    m_conflicts.clear();
    for (const CustomFieldsEdit::Conflict &conflict : conflicts) {
        CustomFieldEditor *editor = m_editors.value(conflict.name);
        if (!editor)
            continue;
        QWidget *row = conflictRow(conflict);
        // Under the field's editor, in the same column.
        editor->parentWidget()->layout()->addWidget(row);
        m_conflicts.insert(conflict.name, row);
    }
}
