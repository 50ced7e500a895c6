// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DetailsDialog.h"

// "Customer Details…": the customer's name and its custom fields, editable.
// Non-modal, like the project's.
class CustomerDetailsDialog : public DetailsDialog
{
    Q_OBJECT

public:
    CustomerDetailsDialog(qint64 customerId, const QString &name, CustomFieldsActions *actions,
                          QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }

private:
    qint64 m_customerId;
};
