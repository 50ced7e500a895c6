// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectDetailsDialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace {

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProjectDetailsDialog::ProjectDetailsDialog(const Project &project, CustomFieldsActions *actions,
                                           QWidget *parent)
    : DetailsDialog(actions, CustomFieldsActions::Owner::Project, project.id, parent)
    , m_projectId(project.id)
{
    setObjectName(QStringLiteral("projectDetailsDialog"));
    //: Window title; %1 is the project's name
    setWindowTitle(tr("Project Details – %1").arg(project.name));
    const auto yesNo = [](bool value) { return value ? tr("Yes") : tr("No"); };

    QFormLayout *info = this->info();
    info->addRow(
        tr("Identifier:"),
        selectable(project.identifier.isEmpty() ? tr("(none)") : project.identifier, this));
    info->addRow(tr("Name:"), selectable(project.name, this));
    auto *customerRow = new QHBoxLayout;
    customerRow->addWidget(selectable(project.customer.name, this), 1);
    auto *customerButton = new QPushButton(tr("Customer Details…"), this);
    const qint64 customerId = project.customer.id;
    connect(customerButton, &QPushButton::clicked, this,
            [this, customerId] { emit customerDetailsRequested(customerId); });
    customerRow->addWidget(customerButton);
    info->addRow(tr("Customer:"), customerRow);
    info->addRow(tr("Billable:"), selectable(yesNo(project.billable), this));
    info->addRow(tr("Active:"), selectable(yesNo(project.active), this));

    auto *tasks = new QListWidget(this);
    tasks->setAccessibleName(tr("Tasks"));
    for (const Task &task : project.tasks) {
        //: A task that can no longer be booked; %1 is its name
        auto *item = new QListWidgetItem(
            task.active ? task.name : tr("%1 (inactive)").arg(task.name), tasks);
        if (!task.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    tasks->setMaximumHeight(tasks->sizeHintForRow(0) * std::min<int>(6, tasks->count() + 1) +
                            2 * tasks->frameWidth());
    info->addRow(tr("Tasks:"), tasks);
}
