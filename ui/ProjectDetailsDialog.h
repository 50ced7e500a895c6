// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Project.h"

#include "DetailsDialog.h"

// "Project Details…": what a project is (identifier, name, customer,
// billable, active, its tasks with the inactive ones marked) and its custom
// fields, editable. Non-modal: the user can look something up in the main
// window while it is open. "Customer Details…" asks for the customer's.
class ProjectDetailsDialog : public DetailsDialog
{
    Q_OBJECT

public:
    ProjectDetailsDialog(const Project &project, CustomFieldsActions *actions,
                         QWidget *parent = nullptr);

    qint64 projectId() const { return m_projectId; }

signals:
    void customerDetailsRequested(qint64 customerId);

private:
    qint64 m_projectId;
};
