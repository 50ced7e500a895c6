// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerDetailsDialog.h"

#include <QFormLayout>
#include <QLabel>

CustomerDetailsDialog::CustomerDetailsDialog(qint64 customerId, const QString &name,
                                             CustomFieldsActions *actions, QWidget *parent)
    : DetailsDialog(actions, CustomFieldsActions::Owner::Customer, customerId, parent)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerDetailsDialog"));
    //: Window title; %1 is the customer's name
    setWindowTitle(tr("Customer Details – %1").arg(name));
    auto *nameLabel = new QLabel(name, this);
    nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    info()->addRow(tr("Customer:"), nameLabel);
}
