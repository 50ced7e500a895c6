// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class CustomFieldsActions;
class CustomerDetailsDialog;
class ProjectDetailsDialog;
class QWidget;

// The project and customer details windows of one session: one window per
// record, raised when asked for again, closed with the session.
class DetailsWindows : public QObject
{
    Q_OBJECT

public:
    DetailsWindows(CustomFieldsActions *actions, QWidget *window, QObject *parent = nullptr);
    ~DetailsWindows() override;

    // false (with a message for the status bar) when there is nothing to show.
    bool showProjectOfActivity(qint64 activityLocalId, QString *problem);
    bool showProject(qint64 projectId, QString *problem);
    void showCustomer(qint64 customerId, const QString &name);

private:
    CustomFieldsActions *m_actions;
    QWidget *m_window;
    QHash<qint64, QPointer<ProjectDetailsDialog>> m_projects;
    QHash<qint64, QPointer<CustomerDetailsDialog>> m_customers;
};
