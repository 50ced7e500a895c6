// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/ProjectStore.h"

#include <QJsonArray>

const ProjectRecord *ProjectStore::findProject(qint64 id) const
{
    for (const ProjectRecord &project : m_projects) {
        if (project.id == id)
            return &project;
    }
    return nullptr;
}

ProjectRecord *ProjectStore::findProjectMutable(qint64 id)
{
    for (ProjectRecord &project : m_projects) {
        if (project.id == id)
            return &project;
    }
    return nullptr;
}

const CustomerRecord *ProjectStore::findCustomer(qint64 id) const
{
    for (const CustomerRecord &customer : m_customers) {
        if (customer.id == id)
            return &customer;
    }
    return nullptr;
}

CustomerRecord *ProjectStore::findCustomerMutable(qint64 id)
{
    for (CustomerRecord &customer : m_customers) {
        if (customer.id == id)
            return &customer;
    }
    return nullptr;
}

void ProjectStore::clear()
{
    m_customers.clear();
    m_projects.clear();
}

QJsonObject ProjectStore::toStorage() const
{
    QJsonArray customers;
    for (const CustomerRecord &customer : m_customers)
        customers.append(customer.toStorage());
    QJsonArray projects;
    for (const ProjectRecord &project : m_projects)
        projects.append(project.toStorage());
    return QJsonObject{{QStringLiteral("customers"), customers},
                       {QStringLiteral("projects"), projects}};
}

void ProjectStore::fromStorage(const QJsonObject &object)
{
    clear();
    const QJsonArray customers = object.value(QStringLiteral("customers")).toArray();
    for (const QJsonValue &customer : customers)
        m_customers.append(CustomerRecord::fromStorage(customer.toObject()));
    const QJsonArray projects = object.value(QStringLiteral("projects")).toArray();
    for (const QJsonValue &project : projects)
        m_projects.append(ProjectRecord::fromStorage(project.toObject()));
}
