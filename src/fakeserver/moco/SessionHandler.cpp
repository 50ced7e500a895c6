// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/SessionHandler.h"

#include "fakeserver/api/ApiCall.h"
#include "fakeserver/api/MocoResponses.h"
#include "fakeserver/api/RequestBody.h"
#include "fakeserver/api/Router.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/moco/UserJson.h"

SessionHandler::SessionHandler(const FakeDatabase &database)
    : m_database(database)
{}

void SessionHandler::registerRoutes(Router &router)
{
    router.add(
        {"POST"}, QStringLiteral("session"), [this](ApiCall &call) { return signIn(call); }, false);
    router.add({"GET"}, QStringLiteral("session"),
               [](ApiCall &call) { return FakeResponse::json(UserJson::session(call.actor)); });
    router.add({"GET"}, QStringLiteral("profile"),
               [](ApiCall &call) { return FakeResponse::json(UserJson::profile(call.actor)); });
}

FakeResponse SessionHandler::signIn(ApiCall &call) const
{
    const QJsonObject body = RequestBody::unwrap(call.body, QStringLiteral("session"));
    const QString email = body.value(QStringLiteral("email")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    const UserRecord *user = m_database.users().findByEmail(email);
    if (!user || !user->active || user->apiKey.isEmpty() || password.isEmpty() ||
        user->password != password)
        return MocoResponses::unauthorized(QStringLiteral("Invalid email or password."));
    return FakeResponse::json(QJsonObject{{QStringLiteral("api_key"), user->apiKey},
                                          {QStringLiteral("user_id"), user->id}});
}
