// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActAsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

ActAsDialog::ActAsDialog(QList<User> colleagues, QWidget *parent)
    : QDialog(parent)
    , m_colleagues(std::move(colleagues))
    , m_names(new QComboBox(this))
{
    setWindowTitle(tr("Act as"));
    for (const User &user : std::as_const(m_colleagues))
        m_names->addItem(user.displayName());
    m_names->setAccessibleName(tr("Colleague"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Act as"));
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Show and record the hours of:"), m_names);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &ActAsDialog::onAccepted);
}

void ActAsDialog::onAccepted()
{
    const int index = m_names->currentIndex();
    if (index >= 0 && index < m_colleagues.size())
        emit chosen(m_colleagues.at(index));
}
