// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordFieldsPanel.h"

#include "CustomFieldsForm.h"
#include "ErrorPalette.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

RecordFieldsPanel::RecordFieldsPanel(CustomFieldsActions *actions, CustomFieldsActions::Owner owner,
                                     qint64 id, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_owner(owner)
    , m_id(id)
    , m_form(new CustomFieldsForm(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_status(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("customFieldsStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &RecordFieldsPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordFieldsPanel::revert);
    connect(m_form, &CustomFieldsForm::valueEdited, this,
            [this](const QString &name, const CustomFieldValue &value) {
                m_edit.set(name, value);
                m_form->setProblems(m_edit.problems());
                updateButtons();
            });
    connect(m_form, &CustomFieldsForm::conflictResolved, this,
            [this](const QString &name, bool keepMine) {
                m_edit.resolve(name, keepMine);
                m_form->showValues(m_edit);
                m_form->showConflicts(m_edit.conflicts());
                updateButtons();
            });

    const QString hidden = m_actions->hiddenReason(m_owner);
    if (!hidden.isEmpty()) {
        m_form->setHiddenReason(hidden);
        m_save->hide();
        m_revert->hide();
        return;
    }
    if (const std::optional<CustomFieldValues> cached = m_actions->cachedValues(m_owner, m_id))
        showEdit(*cached);
    else
        setStatus(tr("Reading the fields from MOCO…"), false);
    m_actions->load(m_owner, m_id, this, [this](const CustomFieldsActions::Loaded &loaded) {
        if (!loaded.values) {
            if (!m_edit.definitions().isEmpty())
                return setStatus(loaded.message, true); // the cached values stay
            m_form->setHiddenReason(loaded.message);
            m_save->hide();
            m_revert->hide();
            return setStatus({}, false);
        }
        // What the user typed meanwhile stays; Save compares with MOCO.
        if (!m_edit.hasChanges())
            showEdit(*loaded.values);
        setStatus({}, false);
    });
}

void RecordFieldsPanel::showEdit(const CustomFieldValues &values)
{
    const QList<CustomFieldDefinition> definitions = m_actions->definitions(m_owner);
    // The same fields: the editors stay (and keep the focus), new values go in.
    const bool sameFields = m_built && definitions == m_edit.definitions();
    m_edit = CustomFieldsEdit(definitions, values);
    if (sameFields)
        m_form->showValues(m_edit);
    else
        m_form->setFields(m_edit, QLocale().name());
    m_built = true;
    m_form->setProblems({});
    m_form->showConflicts({});
    updateButtons();
}

void RecordFieldsPanel::updateButtons()
{
    m_save->setEnabled(!m_saving && m_edit.hasChanges() && m_edit.problems().isEmpty() &&
                       m_edit.conflicts().isEmpty());
    m_revert->setEnabled(!m_saving && m_edit.hasChanges());
}

void RecordFieldsPanel::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setPalette(problem ? ErrorPalette::forText(palette()) : palette());
}

void RecordFieldsPanel::save()
{
    if (m_saving)
        return;
    m_saving = true;
    updateButtons();
    setStatus(tr("Saving…"), false);
    m_actions->save(m_owner, m_id, m_edit, this,
                    [this](const CustomFieldsActions::Saved &saved, const CustomFieldsEdit &now) {
                        m_saving = false;
                        using Status = CustomFieldsActions::Saved::Status;
                        if (saved.status == Status::Stored) {
                            // What was sent is the new starting point.
                            showEdit(now.complete());
                            setStatus(saved.message.isEmpty() ? tr("Saved.") : saved.message,
                                      false);
                            return;
                        }
                        m_edit = now;
                        m_form->showValues(m_edit);
                        m_form->setProblems(m_edit.problems());
                        m_form->showConflicts(m_edit.conflicts());
                        setStatus(saved.message, true);
                        updateButtons();
                    });
}

void RecordFieldsPanel::revert()
{
    m_edit.revert();
    m_form->showValues(m_edit);
    m_form->setProblems({});
    m_form->showConflicts({});
    setStatus({}, false);
    updateButtons();
}
