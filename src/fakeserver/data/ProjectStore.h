// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/data/CustomerRecord.h"
#include "fakeserver/data/ProjectRecord.h"

#include <QJsonObject>
#include <QList>

// Customers and their projects (with tasks and contracts).
class ProjectStore
{
public:
    const QList<ProjectRecord> &projects() const { return m_projects; }
    const QList<CustomerRecord> &customers() const { return m_customers; }
    const ProjectRecord *findProject(qint64 id) const;
    ProjectRecord *findProjectMutable(qint64 id);
    const CustomerRecord *findCustomer(qint64 id) const;
    CustomerRecord *findCustomerMutable(qint64 id);
    void addCustomer(const CustomerRecord &customer) { m_customers.append(customer); }
    void addProject(const ProjectRecord &project) { m_projects.append(project); }
    void clear();

    QJsonObject toStorage() const;
    void fromStorage(const QJsonObject &object);

private:
    QList<CustomerRecord> m_customers;
    QList<ProjectRecord> m_projects;
};
