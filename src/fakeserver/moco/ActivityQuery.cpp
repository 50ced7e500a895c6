// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/ActivityQuery.h"

#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/http/QueryParams.h"
#include "fakeserver/moco/DateWindowFilter.h"

#include <algorithm>

namespace {

template<typename T>
int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

std::optional<FakeResponse> ActivityQuery::select(const QueryParams &query,
                                                  const FakeDatabase &database,
                                                  QList<const ActivityRecord *> *result)
{
    DateWindowFilter window;
    if (auto error = DateWindowFilter::read(query, &window))
        return error;
    const auto userIds = query.idList(QStringLiteral("user_id"));
    const auto projectIds = query.idList(QStringLiteral("project_id"));
    const auto taskIds = query.idList(QStringLiteral("task_id"));
    const auto companyIds = query.idList(QStringLiteral("company_id"));
    const auto dealIds = query.idList(QStringLiteral("deal_id"));
    const auto ids = query.idList(QStringLiteral("ids"));
    const auto billable = query.boolean(QStringLiteral("billable"));
    const auto billed = query.boolean(QStringLiteral("billed"));
    const auto tags = query.stringList(QStringLiteral("tag"));
    const auto remoteIds = query.stringList(QStringLiteral("remote_id"));
    const QString term = query.value(QStringLiteral("term")).trimmed();

    result->clear();
    for (const auto &[id, activity] : database.activities().all()) {
        if (!window.matches(activity.date, activity.updatedAt))
            continue;
        if (userIds && !userIds->contains(activity.userId))
            continue;
        if (projectIds && !projectIds->contains(activity.projectId))
            continue;
        if (taskIds && !taskIds->contains(activity.taskId))
            continue;
        if (companyIds) {
            const ProjectRecord *project = database.projects().findProject(activity.projectId);
            if (!project || !companyIds->contains(project->customerId))
                continue;
        }
        if (dealIds) // no activity of this account belongs to a deal
            continue;
        if (ids && !ids->contains(activity.id))
            continue;
        if (billable && activity.billable != *billable)
            continue;
        if (billed && activity.billed != *billed)
            continue;
        if (tags && !tags->contains(activity.tag))
            continue;
        if (remoteIds && !remoteIds->contains(activity.remoteId))
            continue;
        if (!term.isEmpty() && !activity.description.contains(term, Qt::CaseInsensitive) &&
            !activity.tag.contains(term, Qt::CaseInsensitive) &&
            !activity.remoteId.contains(term, Qt::CaseInsensitive))
            continue;
        result->append(&activity);
    }
    sort(query.value(QStringLiteral("sort_by")), database, result);
    return std::nullopt;
}

void ActivityQuery::sort(const QString &sortBy, const FakeDatabase &database,
                         QList<const ActivityRecord *> *records)
{
    const QStringList parts = sortBy.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString field = parts.value(0, QStringLiteral("date")).toLower();
    const bool descending =
        parts.size() > 1 && parts.at(1).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0;

    const auto primary = [&](const ActivityRecord *a, const ActivityRecord *b) -> int {
        if (field == QLatin1String("id"))
            return compare(a->id, b->id);
        if (field == QLatin1String("seconds") || field == QLatin1String("hours") ||
            field == QLatin1String("worked_seconds"))
            return compare(a->seconds, b->seconds);
        if (field == QLatin1String("created_at"))
            return compare(a->createdAt, b->createdAt);
        if (field == QLatin1String("updated_at"))
            return compare(a->updatedAt, b->updatedAt);
        if (field == QLatin1String("description"))
            return a->description.compare(b->description);
        if (field == QLatin1String("tag"))
            return a->tag.compare(b->tag);
        if (field == QLatin1String("billable"))
            return compare(a->billable, b->billable);
        if (field == QLatin1String("billed"))
            return compare(a->billed, b->billed);
        if (field == QLatin1String("project_id"))
            return compare(a->projectId, b->projectId);
        if (field == QLatin1String("task_id"))
            return compare(a->taskId, b->taskId);
        if (field == QLatin1String("user_id"))
            return compare(a->userId, b->userId);
        if (field == QLatin1String("project")) {
            const ProjectRecord *pa = database.projects().findProject(a->projectId);
            const ProjectRecord *pb = database.projects().findProject(b->projectId);
            return (pa ? pa->name : QString()).compare(pb ? pb->name : QString());
        }
        // date, and any field this server does not sort by
        return compare(a->date, b->date);
    };
    std::stable_sort(records->begin(), records->end(),
                     [&](const ActivityRecord *a, const ActivityRecord *b) {
                         const int order = primary(a, b);
                         if (order != 0)
                             return descending ? order > 0 : order < 0;
                         return a->id < b->id;
                     });
}
