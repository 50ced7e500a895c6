// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailsWindows.h"

#include "CustomerDetailsDialog.h"
#include "ProjectDetailsDialog.h"
#include "core/actions/CustomFieldsActions.h"

namespace {

void bringUp(QWidget *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

DetailsWindows::DetailsWindows(CustomFieldsActions *actions, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_window(window)
{}

DetailsWindows::~DetailsWindows()
{
    // They use this session's data: they go with it.
    for (const QPointer<ProjectDetailsDialog> &dialog : std::as_const(m_projects))
        delete dialog.data();
    for (const QPointer<CustomerDetailsDialog> &dialog : std::as_const(m_customers))
        delete dialog.data();
}

bool DetailsWindows::showProjectOfActivity(qint64 activityLocalId, QString *problem)
{
    const std::optional<qint64> projectId = m_actions->projectOfActivity(activityLocalId);
    if (!projectId) {
        *problem = tr("This activity has no project to show.");
        return false;
    }
    return showProject(*projectId, problem);
}

bool DetailsWindows::showProject(qint64 projectId, QString *problem)
{
    if (QPointer<ProjectDetailsDialog> open = m_projects.value(projectId)) {
        bringUp(open);
        return true;
    }
    const std::optional<Project> project = m_actions->project(projectId);
    if (!project) {
        *problem = tr("This project is not among your assigned projects.");
        return false;
    }
    auto *dialog = new ProjectDetailsDialog(*project, m_actions, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString customerName = project->customer.name;
    connect(dialog, &ProjectDetailsDialog::customerDetailsRequested, this,
            [this, customerName](qint64 customerId) { showCustomer(customerId, customerName); });
    m_projects.insert(projectId, dialog);
    bringUp(dialog);
    return true;
}

void DetailsWindows::showCustomer(qint64 customerId, const QString &name)
{
    if (QPointer<CustomerDetailsDialog> open = m_customers.value(customerId))
        return bringUp(open);
    auto *dialog = new CustomerDetailsDialog(customerId, name, m_actions, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_customers.insert(customerId, dialog);
    bringUp(dialog);
}
