// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomFieldEditor.h"

#include "core/actions/CustomFieldCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QUrl>

namespace {

using Kind = CustomFieldDefinition::Kind;

// QDateEdit has no empty state: its minimum stands for "no date".
const QDate noDate(1900, 1, 1);

} // namespace

CustomFieldEditor::CustomFieldEditor(const CustomFieldDefinition &definition, const QString &label,
                                     const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const Kind kind = definition.isKnownKind() ? definition.kind : Kind::String;
    switch (kind) {
    case Kind::Textarea:
        m_text = new QPlainTextEdit(this);
        m_text->setPlaceholderText(placeholder);
        m_text->setTabChangesFocus(true);
        m_text->setAccessibleName(label);
        m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                emit edited();
        });
        layout->addWidget(m_text);
        break;
    case Kind::Boolean:
        m_check = new QCheckBox(this);
        m_check->setAccessibleName(label);
        connect(m_check, &QCheckBox::toggled, this, [this] {
            if (!m_filling)
                emit edited();
        });
        layout->addWidget(m_check);
        layout->addStretch();
        break;
    case Kind::Select:
        buildSelect(label);
        break;
    case Kind::MultiSelect:
        buildMultiSelect(label);
        break;
    case Kind::Date:
        buildDate(label);
        break;
    case Kind::Link:
        buildLink(label, placeholder);
        break;
    case Kind::String:
        m_line = new QLineEdit(this);
        m_line->setPlaceholderText(placeholder);
        m_line->setAccessibleName(label);
        connect(m_line, &QLineEdit::textEdited, this, &CustomFieldEditor::edited);
        layout->addWidget(m_line);
        break;
    }
    setFocusProxy(layout->itemAt(0)->widget());
}

void CustomFieldEditor::buildSelect(const QString &label)
{
    m_combo = new QComboBox(this);
    m_combo->setAccessibleName(label);
    for (const QString &option : m_definition.defaults)
        //: The empty option of a choice field: no value
        m_combo->addItem(option.isEmpty() ? tr("(none)") : option, option);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
    layout()->addWidget(m_combo);
}

void CustomFieldEditor::buildMultiSelect(const QString &label)
{
    m_list = new QListWidget(this);
    m_list->setAccessibleName(label);
    for (const QString &option : m_definition.defaults) {
        auto *item = new QListWidgetItem(option, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * std::min<int>(6, m_list->count() + 1) +
                             2 * m_list->frameWidth());
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
    layout()->addWidget(m_list);
}

void CustomFieldEditor::buildDate(const QString &label)
{
    m_date = new QDateEdit(this);
    m_date->setAccessibleName(label);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(noDate);
    //: Shown in an empty date field
    m_date->setSpecialValueText(tr("No date"));
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    //: %1 is the field's label
    clear->setAccessibleName(tr("Clear %1").arg(label));
    connect(clear, &QToolButton::clicked, this, [this] {
        m_date->setDate(noDate);
        emit edited();
    });
    layout()->addWidget(m_date);
    layout()->addWidget(clear);
}

void CustomFieldEditor::buildLink(const QString &label, const QString &placeholder)
{
    m_line = new QLineEdit(this);
    m_line->setPlaceholderText(placeholder.isEmpty() ? QStringLiteral("https://") : placeholder);
    m_line->setAccessibleName(label);
    connect(m_line, &QLineEdit::textEdited, this, &CustomFieldEditor::edited);
    auto *open = new QToolButton(this);
    open->setText(tr("Open link"));
    //: %1 is the field's label
    open->setAccessibleName(tr("Open %1").arg(label));
    // Only what MOCO would keep is opened: never a file: or javascript: link.
    const auto updateOpen = [this, open] {
        open->setEnabled(CustomFieldCheck::hasAllowedScheme(m_line->text()));
    };
    connect(m_line, &QLineEdit::textChanged, open, updateOpen);
    connect(open, &QToolButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(m_line->text().trimmed())); });
    updateOpen();
    layout()->addWidget(m_line);
    layout()->addWidget(open);
}

void CustomFieldEditor::setValue(const CustomFieldValue &value)
{
    m_filling = true;
    m_asSet = value;
    if (m_text) {
        m_text->setPlainText(value.text());
    } else if (m_check) {
        m_check->setChecked(value.toBool().value_or(false));
    } else if (m_combo) {
        int index = m_combo->findData(value.text());
        if (index < 0) {
            // No longer an option: shown, and kept unless the user chooses.
            m_combo->addItem(value.text(), value.text());
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
    } else if (m_list) {
        const QStringList chosen = value.list();
        for (const QString &item : chosen) {
            if (m_list->findItems(item, Qt::MatchExactly).isEmpty()) {
                auto *extra = new QListWidgetItem(item, m_list);
                extra->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            }
        }
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setCheckState(chosen.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    } else if (m_date) {
        m_date->setDate(value.toDate().value_or(noDate));
    } else if (m_line) {
        m_line->setText(value.text());
    }
    m_filling = false;
}

CustomFieldValue CustomFieldEditor::value() const
{
    if (m_text)
        return CustomFieldValue(m_text->toPlainText());
    if (m_check) {
        // An unset Boolean stays unset until the box is clicked.
        if (m_asSet.isEmpty() && !m_check->isChecked())
            return m_asSet;
        return CustomFieldValue::fromBool(m_check->isChecked());
    }
    if (m_combo)
        return CustomFieldValue(m_combo->currentData().toString());
    if (m_list) {
        QStringList chosen;
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->checkState() == Qt::Checked)
                chosen.append(m_list->item(row)->text());
        }
        return CustomFieldValue(chosen);
    }
    if (m_date) {
        if (m_date->date() == noDate)
            return CustomFieldValue();
        // A date MOCO had in another spelling stays as it was unless changed.
        if (m_asSet.toDate() == m_date->date())
            return m_asSet;
        return CustomFieldValue::fromDate(m_date->date());
    }
    // Untouched text of any kind goes back exactly as it came.
    if (m_line->text() == m_asSet.text())
        return m_asSet;
    return CustomFieldValue(m_line->text());
}
