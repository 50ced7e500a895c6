// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/ActivityHandler.h"

#include "fakeserver/api/ApiCall.h"
#include "fakeserver/api/MocoResponses.h"
#include "fakeserver/api/Paginator.h"
#include "fakeserver/api/RequestBody.h"
#include "fakeserver/api/Router.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/moco/ActivityJson.h"
#include "fakeserver/moco/ActivityQuery.h"
#include "fakeserver/moco/ActivityService.h"

ActivityHandler::ActivityHandler(FakeDatabase &database, ActivityService &service)
    : m_database(database)
    , m_service(service)
{}

void ActivityHandler::registerRoutes(Router &router)
{
    router.add({"GET"}, QStringLiteral("activities"), [this](ApiCall &call) { return list(call); });
    router.add({"POST"}, QStringLiteral("activities"),
               [this](ApiCall &call) { return create(call); });
    router.add({"GET"}, QStringLiteral("activities/{id}"),
               [this](ApiCall &call) { return show(call); });
    router.add({"PUT", "PATCH"}, QStringLiteral("activities/{id}"),
               [this](ApiCall &call) { return update(call); });
    router.add({"DELETE"}, QStringLiteral("activities/{id}"),
               [this](ApiCall &call) { return remove(call); });
    router.add({"PATCH", "PUT"}, QStringLiteral("activities/{id}/start_timer"),
               [this](ApiCall &call) { return startTimer(call); });
    router.add({"PATCH", "PUT"}, QStringLiteral("activities/{id}/stop_timer"),
               [this](ApiCall &call) { return stopTimer(call); });
}

FakeResponse ActivityHandler::list(ApiCall &call) const
{
    QList<const ActivityRecord *> selected;
    if (auto error = ActivityQuery::select(call.query, m_database, &selected))
        return *error;
    const Paginator paginator(call.request, call.query, selected.size());
    QJsonArray page;
    for (qsizetype index = paginator.offset(); index < paginator.offset() + paginator.count();
         ++index)
        page.append(ActivityJson::toApi(*selected.at(index), m_database));
    return paginator.respond(page);
}

FakeResponse ActivityHandler::show(ApiCall &call) const
{
    return activity(call.ids.value(0));
}

FakeResponse ActivityHandler::create(ApiCall &call)
{
    qint64 id = 0;
    const Outcome outcome = m_service.create(
        call.actor, RequestBody::unwrap(call.body, QStringLiteral("activity")), &id);
    return outcome.isOk() ? activity(id) : outcome.errorResponse();
}

FakeResponse ActivityHandler::update(ApiCall &call)
{
    const qint64 id = call.ids.value(0);
    const Outcome outcome = m_service.update(
        call.actor, id, RequestBody::unwrap(call.body, QStringLiteral("activity")));
    return outcome.isOk() ? activity(id) : outcome.errorResponse();
}

FakeResponse ActivityHandler::remove(ApiCall &call)
{
    const Outcome outcome = m_service.remove(call.actor, call.ids.value(0));
    return outcome.isOk() ? FakeResponse::text(QByteArray(), QByteArray(), 204)
                          : outcome.errorResponse();
}

FakeResponse ActivityHandler::startTimer(ApiCall &call)
{
    const qint64 id = call.ids.value(0);
    const Outcome outcome = m_service.startTimer(call.actor, id);
    return outcome.isOk() ? activity(id) : outcome.errorResponse();
}

FakeResponse ActivityHandler::stopTimer(ApiCall &call)
{
    const qint64 id = call.ids.value(0);
    const Outcome outcome = m_service.stopTimer(call.actor, id);
    return outcome.isOk() ? activity(id) : outcome.errorResponse();
}

FakeResponse ActivityHandler::activity(qint64 id) const
{
    const ActivityRecord *record = m_database.activities().find(id);
    if (!record)
        return MocoResponses::notFound();
    return FakeResponse::json(ActivityJson::toApi(*record, m_database));
}
