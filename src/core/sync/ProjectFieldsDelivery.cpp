// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ProjectFieldsDelivery.h"

#include "core/api/ApiClient.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/ProjectCache.h"
#include "core/storage/ProjectFieldsPayload.h"
#include "core/storage/StoreTransaction.h"

namespace {
using Kind = DeliveryOutcome::Kind;
}

void ProjectFieldsDelivery::send(const OutboxItem &item, Done done)
{
    const std::optional<ProjectFieldsPayload> payload =
        ProjectFieldsPayload::fromJson(item.payload);
    if (!payload) {
        done(DeliveryOutcome::of(Kind::Unreadable));
        return;
    }
    m_context.api->fetchProject(
        item.localId, this,
        [this, item, changes = payload->changes, done](const ApiResult<Project> &fresh) {
            if (!fresh.ok()) {
                done(DeliveryOutcome::failed(fresh.error(), fresh.reachedServer(), false));
                return;
            }
            CustomPropertiesUpdate update(fresh.value().customProperties);
            for (auto it = changes.values().cbegin(); it != changes.values().cend(); ++it)
                update.set(it.key(), it.value());
            if (!markSending(item)) {
                done(DeliveryOutcome::of(Kind::StoreFailed));
                return;
            }
            m_context.api->updateProjectCustomProperties(
                item.localId, update, this, [this, item, done](const ApiResult<Project> &result) {
                    if (result.ok())
                        done(DeliveryOutcome::stored(recordProject(item, result.value())));
                    else
                        done(DeliveryOutcome::failed(result.error(), result.reachedServer(), true));
                });
        });
}

bool ProjectFieldsDelivery::recordProject(const OutboxItem &item, const Project &server)
{
    ProjectCache projects(m_context.store);
    const std::optional<Project> cached = projects.project(item.localId);
    Project stored = cached.value_or(server);
    stored.customProperties = server.customProperties;
    StoreTransaction transaction(m_context.store->database());
    const bool ok = transaction.isActive() && projects.writeProject(stored) &&
                    Outbox(m_context.store).remove(item.seq);
    return ok && transaction.commit();
}
