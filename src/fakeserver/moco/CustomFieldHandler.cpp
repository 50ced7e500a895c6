// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/CustomFieldHandler.h"

#include "fakeserver/api/ApiCall.h"
#include "fakeserver/api/MocoResponses.h"
#include "fakeserver/api/Paginator.h"
#include "fakeserver/api/Router.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/TimeFormat.h"

CustomFieldHandler::CustomFieldHandler(const FakeDatabase &database)
    : m_database(database)
{}

void CustomFieldHandler::registerRoutes(Router &router)
{
    router.add({"GET"}, QStringLiteral("account/custom_properties"),
               [this](ApiCall &call) { return list(call); });
    router.add({"GET"}, QStringLiteral("account/custom_properties/{id}"),
               [this](ApiCall &call) { return show(call); });
}

FakeResponse CustomFieldHandler::list(ApiCall &call) const
{
    const QString entity = call.query.value(QStringLiteral("entity"));
    const auto ids = call.query.idList(QStringLiteral("ids"));
    QDateTime updatedAfter;
    if (call.query.has(QStringLiteral("updated_after")))
        updatedAfter = TimeFormat::parseIso(call.query.value(QStringLiteral("updated_after")));
    QList<const CustomFieldDefinition *> selected;
    for (const CustomFieldDefinition &field : m_database.customFields().all()) {
        if (!entity.isEmpty() && field.entity != entity)
            continue;
        if (ids && !ids->contains(field.id))
            continue;
        if (updatedAfter.isValid() && field.updatedAt < updatedAfter)
            continue;
        selected.append(&field);
    }
    const Paginator paginator(call.request, call.query, selected.size());
    QJsonArray page;
    for (qsizetype index = paginator.offset(); index < paginator.offset() + paginator.count();
         ++index)
        page.append(selected.at(index)->toStorage());
    return paginator.respond(page);
}

FakeResponse CustomFieldHandler::show(ApiCall &call) const
{
    for (const CustomFieldDefinition &field : m_database.customFields().all()) {
        if (field.id == call.ids.value(0))
            return FakeResponse::json(field.toStorage());
    }
    return MocoResponses::notFound();
}
