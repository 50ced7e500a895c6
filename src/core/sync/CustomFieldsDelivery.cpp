// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/CustomFieldsDelivery.h"

#include "core/api/ApiClient.h"
#include "core/domain/CustomPropertiesUpdate.h"
#include "core/storage/CustomFieldsPayload.h"
#include "core/storage/CustomerCache.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/ProjectCache.h"
#include "core/storage/StoreTransaction.h"

namespace {

using Kind = DeliveryOutcome::Kind;

bool isCustomer(const OutboxItem &item)
{
    return item.kind == OutboxItem::Kind::UpdateCustomerFields;
}

} // namespace

void CustomFieldsDelivery::send(const OutboxItem &item, Done done)
{
    std::optional<CustomFieldsPayload> payload = CustomFieldsPayload::fromJson(item.payload);
    if (!payload) {
        done(DeliveryOutcome::of(Kind::Unreadable));
        return;
    }
    // Reading first also gives the complete map the PUT must carry.
    const auto withServerValues = [this, item, read = *payload,
                                   done](const ApiError &error, bool reachedServer,
                                         const CustomFieldValues &server) {
        CustomFieldsPayload payload = read;
        if (error.isError()) {
            done(DeliveryOutcome::failed(error, reachedServer, false));
            return;
        }
        const QString conflict = changedMeanwhile(&payload, server);
        if (!conflict.isEmpty()) {
            if (!Outbox(m_context.store).setPayload(item.seq, payload.toJson())) {
                done(DeliveryOutcome::of(Kind::StoreFailed));
                return;
            }
            done(DeliveryOutcome::of(Kind::Refused,
                                     ApiError::make(ApiError::Kind::Validation, conflict)));
            return;
        }
        CustomPropertiesUpdate update(server);
        for (auto it = payload.changes.values().cbegin(); it != payload.changes.values().cend();
             ++it)
            update.set(it.key(), it.value());
        put(item, update, done);
    };
    if (isCustomer(item))
        m_context.api->fetchCustomer(
            item.localId, this, [withServerValues](const ApiResult<Customer> &fresh) {
                withServerValues(fresh.error(), fresh.reachedServer(),
                                 fresh.ok() ? fresh.value().customProperties : CustomFieldValues());
            });
    else
        m_context.api->fetchProject(
            item.localId, this, [withServerValues](const ApiResult<Project> &fresh) {
                withServerValues(fresh.error(), fresh.reachedServer(),
                                 fresh.ok() ? fresh.value().customProperties : CustomFieldValues());
            });
}

QString CustomFieldsDelivery::changedMeanwhile(CustomFieldsPayload *payload,
                                               const CustomFieldValues &server) const
{
    QStringList fields;
    for (auto it = payload->changes.values().cbegin(); it != payload->changes.values().cend();
         ++it) {
        const QString &name = it.key();
        if (!payload->base.contains(name))
            continue; // stored before bases existed, or set deliberately over MOCO's value
        const CustomFieldValue now = server.value(name);
        if (now == payload->base.value(name) || now == it.value())
            continue;
        //: A custom field changed in MOCO and here: %1 field name, %2 MOCO's value, %3 the user's
        fields.append(
            tr("%1 is “%2” in MOCO, yours is “%3”").arg(name, now.text(), it.value().text()));
        payload->base.set(name, now);
    }
    if (fields.isEmpty())
        return {};
    return tr("Changed in MOCO meanwhile: %1. “Try again” sends yours; “Discard” keeps MOCO's.")
        .arg(fields.join(QStringLiteral("; ")));
}

void CustomFieldsDelivery::put(const OutboxItem &item, const CustomPropertiesUpdate &update,
                               Done done)
{
    if (!markSending(item)) {
        done(DeliveryOutcome::of(Kind::StoreFailed));
        return;
    }
    const auto recorded = [this, item, done](const ApiError &error, bool reachedServer,
                                             const CustomFieldValues &server) {
        if (error.isError())
            done(DeliveryOutcome::failed(error, reachedServer, true));
        else
            done(DeliveryOutcome::stored(record(item, server)));
    };
    if (isCustomer(item))
        m_context.api->updateCustomerCustomProperties(
            item.localId, update, this, [recorded](const ApiResult<Customer> &result) {
                recorded(result.error(), result.reachedServer(),
                         result.ok() ? result.value().customProperties : CustomFieldValues());
            });
    else
        m_context.api->updateProjectCustomProperties(
            item.localId, update, this, [recorded](const ApiResult<Project> &result) {
                recorded(result.error(), result.reachedServer(),
                         result.ok() ? result.value().customProperties : CustomFieldValues());
            });
}

bool CustomFieldsDelivery::record(const OutboxItem &item, const CustomFieldValues &server)
{
    Outbox outbox(m_context.store);
    StoreTransaction transaction(m_context.store->database());
    bool ok = transaction.isActive() && outbox.remove(item.seq);
    // Later changes of the same record, not sent yet, stay shown.
    const CustomFieldValues shown =
        CustomFieldsPayload::withUnsent(server, outbox.itemsOf(item.entity(), item.localId));
    if (isCustomer(item)) {
        CustomerCache customers(m_context.store);
        if (std::optional<Customer> cached = customers.customer(item.localId)) {
            cached->customProperties = shown;
            ok = ok && customers.writeCustomer(*cached);
        }
    } else {
        ProjectCache projects(m_context.store);
        if (std::optional<Project> cached = projects.project(item.localId)) {
            cached->customProperties = shown;
            ok = ok && projects.writeProject(*cached);
        }
    }
    return ok && transaction.commit();
}
