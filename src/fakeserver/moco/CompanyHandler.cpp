// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/CompanyHandler.h"

#include "fakeserver/api/ApiCall.h"
#include "fakeserver/api/FieldErrors.h"
#include "fakeserver/api/MocoResponses.h"
#include "fakeserver/api/RequestBody.h"
#include "fakeserver/api/Router.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/moco/CompanyJson.h"
#include "fakeserver/moco/ProjectHandler.h"

#include <algorithm>

CompanyHandler::CompanyHandler(FakeDatabase &database, const ServerClock &clock,
                               CustomPropertyUpdater::Mode customFieldMode)
    : m_database(database)
    , m_customPropertyWrite(database, clock, customFieldMode)
{}

void CompanyHandler::registerRoutes(Router &router)
{
    router.add({"GET"}, QStringLiteral("companies/{id}"),
               [this](ApiCall &call) { return show(call); });
    router.add({"PUT", "PATCH"}, QStringLiteral("companies/{id}"),
               [this](ApiCall &call) { return update(call); });
}

bool CompanyHandler::mayAccess(const UserRecord &actor, const CustomerRecord &customer) const
{
    const QList<ProjectRecord> &projects = m_database.projects().projects();
    return actor.staff ||
           std::any_of(projects.cbegin(), projects.cend(), [&](const ProjectRecord &project) {
               return project.customerId == customer.id &&
                      ProjectHandler::mayAccess(actor, project);
           });
}

FakeResponse CompanyHandler::show(ApiCall &call) const
{
    const CustomerRecord *customer = m_database.projects().findCustomer(call.ids.value(0));
    if (!customer)
        return MocoResponses::notFound();
    if (!mayAccess(call.actor, *customer))
        return MocoResponses::forbidden();
    return FakeResponse::json(CompanyJson::full(*customer, m_database));
}

FakeResponse CompanyHandler::update(ApiCall &call)
{
    CustomerRecord *customer = m_database.projects().findCustomerMutable(call.ids.value(0));
    if (!customer)
        return MocoResponses::notFound();
    if (!mayAccess(call.actor, *customer))
        return MocoResponses::forbidden();
    FieldErrors errors;
    if (!m_customPropertyWrite.apply(RequestBody::unwrap(call.body, QStringLiteral("company")),
                                     QStringLiteral("Customer"), &customer->customProperties,
                                     &customer->updatedAt, &errors))
        return MocoResponses::unprocessable(errors);
    return FakeResponse::json(CompanyJson::full(*customer, m_database));
}
