// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestProjects.h"

namespace TestProjects {

Task task(qint64 id, const QString &name, bool billable)
{
    Task t;
    t.id = id;
    t.name = name;
    t.active = true;
    t.billable = billable;
    return t;
}

Project project(qint64 id, const QString &identifier, const QString &name, qint64 customerId,
                const QString &customer, QList<Task> tasks)
{
    Project p;
    p.id = id;
    p.identifier = identifier;
    p.name = name;
    p.active = true;
    p.billable = true;
    p.customer = CustomerRef{customerId, customer};
    p.tasks = std::move(tasks);
    return p;
}

} // namespace TestProjects
