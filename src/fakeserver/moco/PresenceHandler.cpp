// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/PresenceHandler.h"

#include "fakeserver/api/ApiCall.h"
#include "fakeserver/api/MocoResponses.h"
#include "fakeserver/api/Paginator.h"
#include "fakeserver/api/RequestBody.h"
#include "fakeserver/api/Router.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/moco/DateWindowFilter.h"
#include "fakeserver/moco/PresenceJson.h"
#include "fakeserver/moco/PresenceService.h"

PresenceHandler::PresenceHandler(FakeDatabase &database, PresenceService &service)
    : m_database(database)
    , m_service(service)
{}

void PresenceHandler::registerRoutes(Router &router)
{
    router.add({"GET"}, QStringLiteral("users/presences"),
               [this](ApiCall &call) { return list(call); });
    router.add({"POST"}, QStringLiteral("users/presences"),
               [this](ApiCall &call) { return create(call); });
    router.add({"POST"}, QStringLiteral("users/presences/touch"),
               [this](ApiCall &call) { return touch(call); });
    router.add({"GET"}, QStringLiteral("users/presences/{id}"),
               [this](ApiCall &call) { return show(call); });
    router.add({"PUT", "PATCH"}, QStringLiteral("users/presences/{id}"),
               [this](ApiCall &call) { return update(call); });
    router.add({"DELETE"}, QStringLiteral("users/presences/{id}"),
               [this](ApiCall &call) { return remove(call); });
}

FakeResponse PresenceHandler::list(ApiCall &call) const
{
    const QueryParams &query = call.query;
    DateWindowFilter window;
    if (auto error = DateWindowFilter::read(query, &window))
        return *error;
    // A normal user sees only their own presences, with or without user_id.
    const auto userIds = call.actor.staff ? query.idList(QStringLiteral("user_id"))
                                          : std::optional<QSet<qint64>>({call.actor.id});
    const auto ids = query.idList(QStringLiteral("ids"));
    const auto homeOffice = query.boolean(QStringLiteral("is_home_office"));

    QList<const PresenceRecord *> selected;
    for (const auto &[id, presence] : m_database.presences().all()) {
        if (userIds && !userIds->contains(presence.userId))
            continue;
        if (!window.matches(presence.date, presence.updatedAt))
            continue;
        if (ids && !ids->contains(presence.id))
            continue;
        if (homeOffice && presence.homeOffice != *homeOffice)
            continue;
        selected.append(&presence);
    }
    std::stable_sort(selected.begin(), selected.end(),
                     [](const PresenceRecord *a, const PresenceRecord *b) {
                         if (a->date != b->date)
                             return a->date < b->date;
                         if (a->from != b->from)
                             return a->from < b->from;
                         return a->id < b->id;
                     });
    const Paginator paginator(call.request, query, selected.size());
    QJsonArray page;
    for (qsizetype index = paginator.offset(); index < paginator.offset() + paginator.count();
         ++index)
        page.append(PresenceJson::toApi(*selected.at(index), m_database));
    return paginator.respond(page);
}

FakeResponse PresenceHandler::show(ApiCall &call) const
{
    const PresenceRecord *record = m_database.presences().find(call.ids.value(0));
    if (!record || !PresenceService::visibleTo(call.actor, *record))
        return MocoResponses::notFound();
    return presence(record->id);
}

FakeResponse PresenceHandler::create(ApiCall &call)
{
    qint64 id = 0;
    const Outcome outcome = m_service.create(
        call.actor, RequestBody::unwrap(call.body, QStringLiteral("presence")), &id);
    return outcome.isOk() ? presence(id) : outcome.errorResponse();
}

FakeResponse PresenceHandler::update(ApiCall &call)
{
    const qint64 id = call.ids.value(0);
    const Outcome outcome = m_service.update(
        call.actor, id, RequestBody::unwrap(call.body, QStringLiteral("presence")));
    return outcome.isOk() ? presence(id) : outcome.errorResponse();
}

FakeResponse PresenceHandler::remove(ApiCall &call)
{
    PresenceRecord removed;
    const Outcome outcome = m_service.remove(call.actor, call.ids.value(0), &removed);
    if (!outcome.isOk())
        return outcome.errorResponse();
    // 2026 behaviour: 200 with the deleted presence (2022 answered 204).
    return FakeResponse::json(PresenceJson::toApi(removed, m_database));
}

FakeResponse PresenceHandler::touch(ApiCall &call)
{
    PresenceRecord result;
    const Outcome outcome = m_service.touch(call.actor, call.body, call.query, &result);
    if (!outcome.isOk())
        return outcome.errorResponse();
    return FakeResponse::json(PresenceJson::toApi(result, m_database));
}

FakeResponse PresenceHandler::presence(qint64 id) const
{
    const PresenceRecord *record = m_database.presences().find(id);
    if (!record)
        return MocoResponses::notFound();
    return FakeResponse::json(PresenceJson::toApi(*record, m_database));
}
