// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailsDialog.h"

#include "RecordFieldsPanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

DetailsDialog::DetailsDialog(CustomFieldsActions *actions, CustomFieldsActions::Owner owner,
                             qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_fields(new RecordFieldsPanel(actions, owner, id, this))
    , m_info(new QFormLayout)
{
    auto *group = new QGroupBox(tr("Custom fields"), this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_fields);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_info);
    layout->addWidget(group, 1);
}

void DetailsDialog::reject()
{
    if (!m_fields->hasUnsavedChanges())
        return QDialog::reject();
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("Your changes to the custom fields are not saved."), QMessageBox::NoButton,
                    this);
    QPushButton *save = box.addButton(tr("Save"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == save)
        m_fields->save(); // the window stays open until it is saved
    else if (box.clickedButton() == discard)
        QDialog::reject();
}
