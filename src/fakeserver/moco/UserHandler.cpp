// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/UserHandler.h"

#include "fakeserver/api/ApiCall.h"
#include "fakeserver/api/MocoResponses.h"
#include "fakeserver/api/Paginator.h"
#include "fakeserver/api/Router.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/TimeFormat.h"
#include "fakeserver/moco/UserJson.h"

UserHandler::UserHandler(const FakeDatabase &database)
    : m_database(database)
{}

void UserHandler::registerRoutes(Router &router)
{
    router.add({"GET"}, QStringLiteral("users"), [this](ApiCall &call) { return list(call); });
    router.add({"GET"}, QStringLiteral("users/{id}"), [this](ApiCall &call) { return show(call); });
}

FakeResponse UserHandler::list(ApiCall &call) const
{
    if (!call.actor.staff)
        return MocoResponses::forbidden();
    const bool includeArchived =
        call.query.boolean(QStringLiteral("include_archived")).value_or(false);
    const auto ids = call.query.idList(QStringLiteral("ids"));
    const QString email = call.query.value(QStringLiteral("email"));
    QDateTime updatedAfter;
    if (call.query.has(QStringLiteral("updated_after")))
        updatedAfter = TimeFormat::parseIso(call.query.value(QStringLiteral("updated_after")));
    QList<const UserRecord *> selected;
    for (const UserRecord &user : m_database.users().all()) {
        if (!includeArchived && !user.active)
            continue;
        if (ids && !ids->contains(user.id))
            continue;
        if (!email.isEmpty() && user.email.compare(email, Qt::CaseInsensitive) != 0)
            continue;
        if (updatedAfter.isValid() && user.updatedAt < updatedAfter)
            continue;
        selected.append(&user);
    }
    const Paginator paginator(call.request, call.query, selected.size());
    QJsonArray page;
    for (qsizetype index = paginator.offset(); index < paginator.offset() + paginator.count();
         ++index)
        page.append(UserJson::user(*selected.at(index)));
    return paginator.respond(page);
}

FakeResponse UserHandler::show(ApiCall &call) const
{
    if (!call.actor.staff)
        return MocoResponses::forbidden();
    const UserRecord *user = m_database.users().find(call.ids.value(0));
    if (!user)
        return MocoResponses::notFound();
    return FakeResponse::json(UserJson::user(*user));
}
