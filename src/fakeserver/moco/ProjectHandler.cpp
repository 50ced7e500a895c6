// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/ProjectHandler.h"

#include "fakeserver/api/ApiCall.h"
#include "fakeserver/api/FieldErrors.h"
#include "fakeserver/api/MocoResponses.h"
#include "fakeserver/api/Paginator.h"
#include "fakeserver/api/RequestBody.h"
#include "fakeserver/api/Router.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/StorageJson.h"
#include "fakeserver/data/TimeFormat.h"
#include "fakeserver/moco/ProjectJson.h"

ProjectHandler::ProjectHandler(FakeDatabase &database, const ServerClock &clock,
                               CustomPropertyUpdater::Mode customFieldMode)
    : m_database(database)
    , m_customPropertyWrite(database, clock, customFieldMode)
{}

void ProjectHandler::registerRoutes(Router &router)
{
    router.add({"GET"}, QStringLiteral("projects/assigned"),
               [this](ApiCall &call) { return assigned(call); });
    router.add({"GET"}, QStringLiteral("projects"), [this](ApiCall &call) { return list(call); });
    router.add({"GET"}, QStringLiteral("projects/{id}"),
               [this](ApiCall &call) { return show(call); });
    router.add({"PUT", "PATCH"}, QStringLiteral("projects/{id}"),
               [this](ApiCall &call) { return update(call); });
    router.add({"GET"}, QStringLiteral("projects/{id}/tasks"),
               [this](ApiCall &call) { return tasks(call); });
}

bool ProjectHandler::mayAccess(const UserRecord &actor, const ProjectRecord &project)
{
    return actor.staff || project.leaderId == actor.id || project.contractOf(actor.id);
}

FakeResponse ProjectHandler::assigned(ApiCall &call) const
{
    const std::optional<bool> active = call.query.boolean(QStringLiteral("active"));
    QJsonArray result;
    for (const ProjectRecord &project : m_database.projects().projects()) {
        if (!project.contractOf(call.actor.id))
            continue;
        if (active && project.active != *active)
            continue;
        result.append(ProjectJson::assigned(project, call.actor.id, m_database));
    }
    return FakeResponse::json(result);
}

FakeResponse ProjectHandler::list(ApiCall &call) const
{
    if (!call.actor.staff)
        return MocoResponses::forbidden();
    const bool includeArchived =
        call.query.boolean(QStringLiteral("include_archived")).value_or(false);
    const auto ids = call.query.idList(QStringLiteral("ids"));
    QDateTime updatedAfter;
    if (call.query.has(QStringLiteral("updated_after")))
        updatedAfter = TimeFormat::parseIso(call.query.value(QStringLiteral("updated_after")));
    QList<const ProjectRecord *> selected;
    for (const ProjectRecord &project : m_database.projects().projects()) {
        if (!includeArchived && !project.active)
            continue;
        if (ids && !ids->contains(project.id))
            continue;
        if (updatedAfter.isValid() && project.updatedAt < updatedAfter)
            continue;
        selected.append(&project);
    }
    const Paginator paginator(call.request, call.query, selected.size());
    QJsonArray page;
    for (qsizetype index = paginator.offset(); index < paginator.offset() + paginator.count();
         ++index)
        page.append(ProjectJson::full(*selected.at(index), m_database));
    return paginator.respond(page);
}

FakeResponse ProjectHandler::show(ApiCall &call) const
{
    const ProjectRecord *project = m_database.projects().findProject(call.ids.value(0));
    if (!project)
        return MocoResponses::notFound();
    if (!mayAccess(call.actor, *project))
        return MocoResponses::forbidden();
    return FakeResponse::json(ProjectJson::full(*project, m_database));
}

FakeResponse ProjectHandler::update(ApiCall &call)
{
    ProjectRecord *project = m_database.projects().findProjectMutable(call.ids.value(0));
    if (!project)
        return MocoResponses::notFound();
    if (!mayAccess(call.actor, *project))
        return MocoResponses::forbidden();
    FieldErrors errors;
    if (!m_customPropertyWrite.apply(RequestBody::unwrap(call.body, QStringLiteral("project")),
                                     QStringLiteral("Project"), &project->customProperties,
                                     &project->updatedAt, &errors))
        return MocoResponses::unprocessable(errors);
    return FakeResponse::json(ProjectJson::full(*project, m_database));
}

FakeResponse ProjectHandler::tasks(ApiCall &call) const
{
    const ProjectRecord *project = m_database.projects().findProject(call.ids.value(0));
    if (!project)
        return MocoResponses::notFound();
    if (!mayAccess(call.actor, *project))
        return MocoResponses::forbidden();
    const Paginator paginator(call.request, call.query, project->tasks.size());
    QJsonArray page;
    for (qsizetype index = paginator.offset(); index < paginator.offset() + paginator.count();
         ++index) {
        const TaskRecord &task = project->tasks.at(index);
        page.append(QJsonObject{
            {QStringLiteral("id"), task.id},
            {QStringLiteral("name"), task.name},
            {QStringLiteral("description"), StorageJson::nullableString(task.description)},
            {QStringLiteral("billable"), task.billable},
            {QStringLiteral("active"), task.active},
            {QStringLiteral("budget"), StorageJson::optionalNumber(task.budget)},
            {QStringLiteral("hourly_rate"), task.hourlyRate},
            {QStringLiteral("revenue_category"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("created_at"), StorageJson::timestamp(task.createdAt)},
            {QStringLiteral("updated_at"), StorageJson::timestamp(task.updatedAt)},
        });
    }
    return paginator.respond(page);
}
