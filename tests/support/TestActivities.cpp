// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestActivities.h"

namespace TestActivities {

LocalActivity stored(qint64 localId, const QDate &date, qint64 seconds, const QString &description)
{
    LocalActivity l;
    l.localId = localId;
    l.activity.id = localId + 1000;
    l.activity.date = date;
    l.activity.seconds = seconds;
    l.activity.description = description;
    return l;
}

LocalActivity named(qint64 localId, const QDate &date, qint64 customerId, const QString &customer,
                    const QString &project, const QString &task, const QString &description,
                    qint64 seconds)
{
    LocalActivity l = stored(localId, date, seconds, description);
    l.activity.project = ProjectRef{localId * 10, {}, project, true};
    l.activity.task = TaskRef{localId * 100, task, true};
    if (customerId != 0)
        l.activity.customer = NamedRef{customerId, customer};
    return l;
}

} // namespace TestActivities
