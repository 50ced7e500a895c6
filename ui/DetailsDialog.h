// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/CustomFieldsActions.h"

#include <QDialog>

class QFormLayout;
class RecordFieldsPanel;

// What the project and the customer details windows share: the record's
// facts above its custom fields, non-modal, and closing with field changes
// not saved asks first (nothing a user typed goes without their word).
class DetailsDialog : public QDialog
{
    Q_OBJECT

public:
    RecordFieldsPanel *fields() const { return m_fields; }

protected:
    DetailsDialog(CustomFieldsActions *actions, CustomFieldsActions::Owner owner, qint64 id,
                  QWidget *parent);

    // The rows of facts, shown above the custom fields.
    QFormLayout *info() const { return m_info; }
    void reject() override;

private:
    RecordFieldsPanel *m_fields;
    QFormLayout *m_info;
};
