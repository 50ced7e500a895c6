// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/CustomFieldsActions.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiErrorText.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/CustomFieldDefinitionCache.h"
#include "core/storage/CustomFieldsPayload.h"
#include "core/storage/CustomerCache.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/Outbox.h"
#include "core/storage/ProjectCache.h"

CustomFieldsActions::CustomFieldsActions(LocalStore *store, LocalChanges *changes, ApiClient *api,
                                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_changes(changes)
    , m_api(api)
{}

QString CustomFieldsActions::entityName(Owner owner)
{
    return owner == Owner::Customer ? QStringLiteral("Customer") : QStringLiteral("Project");
}

std::optional<Project> CustomFieldsActions::project(qint64 projectId) const
{
    return ProjectCache(m_store).project(projectId);
}

std::optional<qint64> CustomFieldsActions::projectOfActivity(qint64 activityLocalId) const
{
    const std::optional<LocalActivity> row = ActivityCache(m_store).find(activityLocalId);
    if (!row || row->activity.project.id == 0)
        return std::nullopt;
    return row->activity.project.id;
}

QList<CustomFieldDefinition> CustomFieldsActions::definitions(Owner owner) const
{
    return CustomFieldDefinitionCache(m_store).definitions(entityName(owner));
}

QString CustomFieldsActions::hiddenReason(Owner owner) const
{
    const CustomFieldDefinitionCache cache(m_store);
    const std::optional<bool> readable = cache.isReadable(entityName(owner));
    if (readable && !*readable)
        return tr("Your MOCO role may not read the custom fields.");
    if (!readable)
        return tr("The custom fields arrive with the next sync.");
    if (cache.definitions(entityName(owner)).isEmpty())
        return owner == Owner::Customer ? tr("This account has no custom fields for customers.")
                                        : tr("This account has no custom fields for projects.");
    return {};
}

std::optional<CustomFieldValues> CustomFieldsActions::cachedValues(Owner owner, qint64 id) const
{
    if (owner == Owner::Customer) {
        if (const std::optional<Customer> customer = CustomerCache(m_store).customer(id))
            return customer->customProperties;
        return std::nullopt;
    }
    if (const std::optional<Project> project = ProjectCache(m_store).project(id))
        return project->customProperties;
    return std::nullopt;
}

void CustomFieldsActions::read(
    Owner owner, qint64 id, QObject *context,
    std::function<void(const ApiError &, const CustomFieldValues &)> done)
{
    // The cache, and what the form starts from, is what MOCO sent with the
    // changes not delivered yet put over it: a save made offline stays
    // shown, and is the base of the next edit.
    if (owner == Owner::Customer) {
        m_api->fetchCustomer(id, context, [this, id, done](const ApiResult<Customer> &result) {
            if (!result.ok())
                return done(result.error(), CustomFieldValues());
            Customer customer = result.value();
            customer.customProperties = withUnsent(Owner::Customer, id, customer.customProperties);
            CustomerCache(m_store).writeCustomer(customer);
            done(result.error(), customer.customProperties);
        });
        return;
    }
    m_api->fetchProject(id, context, [this, id, done](const ApiResult<Project> &result) {
        if (!result.ok())
            return done(result.error(), CustomFieldValues());
        ProjectCache projects(m_store);
        // The assigned list has tasks and the contract; the full project
        // adds the values. Keep both.
        Project project = projects.project(id).value_or(result.value());
        project.customProperties = withUnsent(Owner::Project, id, result.value().customProperties);
        projects.writeProject(project);
        done(result.error(), project.customProperties);
    });
}

CustomFieldValues CustomFieldsActions::withUnsent(Owner owner, qint64 id,
                                                  const CustomFieldValues &server) const
{
    const QString entity =
        OutboxItem::entityOf(owner == Owner::Customer ? OutboxItem::Kind::UpdateCustomerFields
                                                      : OutboxItem::Kind::UpdateProjectFields);
    return CustomFieldsPayload::withUnsent(server, Outbox(m_store).itemsOf(entity, id));
}

void CustomFieldsActions::load(Owner owner, qint64 id, QObject *context,
                               std::function<void(const Loaded &)> done)
{
    read(owner, id, context, [done](const ApiError &error, const CustomFieldValues &values) {
        if (!error.isError()) {
            done({values, {}});
            return;
        }
        if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::NotFound) {
            done({std::nullopt, tr("You may not see this record's custom fields in MOCO.")});
            return;
        }
        done({std::nullopt, ApiErrorText::message(error)});
    });
}

void CustomFieldsActions::save(Owner owner, qint64 id, const CustomFieldsEdit &edit,
                               QObject *context,
                               std::function<void(const Saved &, const CustomFieldsEdit &)> done)
{
    if (!edit.problems().isEmpty()) {
        done({Saved::Status::Invalid, tr("Correct the marked fields first.")}, edit);
        return;
    }
    if (!edit.conflicts().isEmpty()) {
        done({Saved::Status::Conflicts, tr("Choose which value to keep for each field first.")},
             edit);
        return;
    }
    read(owner, id, context,
         [this, owner, id, edit, done](const ApiError &error, const CustomFieldValues &server) {
             CustomFieldsEdit rebased = edit;
             if (error.isError()) {
                 if (error.kind == ApiError::Kind::Network ||
                     error.kind == ApiError::Kind::Timeout ||
                     error.kind == ApiError::Kind::Server ||
                     error.kind == ApiError::Kind::RateLimited) {
                     // Offline: the outbox compares with MOCO when it sends.
                     done(store(owner, id, rebased,
                                tr("Saved here; sent to MOCO when it can be reached.")),
                          rebased);
                     return;
                 }
                 done({Saved::Status::NotStored, ApiErrorText::message(error)}, rebased);
                 return;
             }
             if (!rebased.rebase(server).isEmpty()) {
                 done({Saved::Status::Conflicts,
                       tr("Someone changed these fields in MOCO meanwhile. Choose which value to "
                          "keep.")},
                      rebased);
                 return;
             }
             done(store(owner, id, rebased, {}), rebased);
         });
}

CustomFieldsActions::Saved CustomFieldsActions::store(Owner owner, qint64 id,
                                                      const CustomFieldsEdit &edit,
                                                      const QString &note)
{
    if (!edit.hasChanges())
        return {Saved::Status::Stored, note};
    CustomFieldValues base;
    for (const QString &name : edit.changes().names())
        base.set(name, edit.asRead().value(name));
    const bool stored = owner == Owner::Customer
                            ? m_changes->updateCustomerCustomFields(id, edit.changes(), base)
                            : m_changes->updateProjectCustomFields(id, edit.changes(), base);
    if (!stored)
        return {Saved::Status::NotStored,
                tr("The change could not be stored on this computer. Nothing was sent.")};
    return {Saved::Status::Stored, note};
}
