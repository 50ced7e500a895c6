// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LocalChanges.h"

#include "core/services/Clock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/ActivityCreatePayload.h"
#include "core/storage/CustomFieldsPayload.h"
#include "core/storage/CustomerCache.h"
#include "core/storage/EditPayload.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/PresenceCache.h"
#include "core/storage/PresenceCreatePayload.h"
#include "core/storage/ProjectCache.h"
#include "core/storage/StoreTransaction.h"
#include "core/storage/TimerPayload.h"

#include <algorithm>

namespace {

const QString activityEntity = QStringLiteral("activity");
const QString presenceEntity = QStringLiteral("presence");

} // namespace

LocalChanges::LocalChanges(LocalStore *store, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{}

qint64 LocalChanges::enqueue(OutboxItem::Kind kind, qint64 localId, const QJsonObject &payload,
                             const QDateTime &base)
{
    OutboxItem item;
    item.kind = kind;
    item.localId = localId;
    item.payload = payload;
    item.baseUpdatedAt = base;
    item.createdAt = m_clock->utcNow();
    return Outbox(m_store).add(item);
}

bool LocalChanges::finish(bool ok)
{
    if (ok)
        emit changed();
    return ok;
}

qint64 LocalChanges::createActivity(const ActivityDraft &draft)
{
    // A timer the user did not ask for: createRunningActivity() is the way to one.
    if (draft.seconds <= 0)
        return 0;
    return create(draft, false);
}

qint64 LocalChanges::createRunningActivity(const ActivityDraft &draft)
{
    if (draft.seconds != 0)
        return 0;
    return create(draft, true);
}

qint64 LocalChanges::create(const ActivityDraft &draft, bool startsTimer)
{
    if (!draft.isValid())
        return 0;
    Activity activity;
    activity.date = draft.date;
    activity.seconds = draft.seconds;
    activity.description = draft.description;
    activity.billable = draft.billable.value_or(true);
    activity.tag = draft.tag;
    activity.remoteService = draft.remoteService;
    activity.remoteId = draft.remoteId;
    activity.remoteUrl = draft.remoteUrl;
    activity.project.id = draft.projectId;
    activity.task.id = draft.taskId;
    if (std::optional<Project> project = ProjectCache(m_store).project(draft.projectId)) {
        activity.project.name = project->name;
        activity.project.identifier = project->identifier;
        activity.customer = project->customer;
        if (const Task *task = project->findTask(draft.taskId))
            activity.task.name = task->name;
    }
    if (startsTimer)
        activity.timerStartedAt = m_clock->utcNow();
    StoreTransaction transaction(m_store->database());
    const qint64 localId = ActivityCache(m_store).insertLocal(activity);
    if (localId == 0)
        return 0;
    ActivityCreatePayload payload;
    payload.activity = activity;
    payload.billable = draft.billable;
    payload.startsTimer = startsTimer;
    if (enqueue(OutboxItem::Kind::CreateActivity, localId, payload.toJson()) == 0 ||
        !transaction.commit())
        return 0;
    emit changed();
    return localId;
}

bool LocalChanges::updateActivity(qint64 localId, const Activity &edited)
{
    ActivityCache cache(m_store);
    Outbox outbox(m_store);
    const std::optional<LocalActivity> row = cache.find(localId);
    if (!row || row->deletedLocally)
        return false;
    Activity shown = edited;
    shown.id = row->activity.id;
    StoreTransaction transaction(m_store->database());
    const QList<OutboxItem> items = outbox.itemsOf(activityEntity, localId);
    const OutboxItem *last = items.isEmpty() ? nullptr : &items.last();
    bool ok = cache.writeLocal(localId, shown);
    // A create not sent yet, or a refused item being fixed, simply carries
    // the new values: one request instead of two.
    if (last && last->kind == OutboxItem::Kind::CreateActivity &&
        (last->state == OutboxItem::State::Pending || last->state == OutboxItem::State::Failed)) {
        std::optional<ActivityCreatePayload> payload =
            ActivityCreatePayload::fromJson(last->payload);
        if (payload)
            payload->activity = shown;
        ok = ok && payload && outbox.setPayload(last->seq, payload->toJson()) &&
             outbox.setState(last->seq, OutboxItem::State::Pending);
    } else if (last && last->kind == OutboxItem::Kind::UpdateActivity &&
               last->state == OutboxItem::State::Failed) {
        std::optional<EditPayload<Activity>> edit = EditPayload<Activity>::fromJson(last->payload);
        if (edit)
            edit->after = shown;
        ok = ok && edit && outbox.setPayload(last->seq, edit->toJson()) &&
             outbox.setState(last->seq, OutboxItem::State::Pending);
    } else {
        const QDateTime base = row->server ? row->server->updatedAt : QDateTime();
        ok = ok && enqueue(OutboxItem::Kind::UpdateActivity, localId,
                           EditPayload<Activity>{row->activity, shown}.toJson(), base) != 0;
    }
    return finish(ok && transaction.commit());
}

bool LocalChanges::deleteActivity(qint64 localId)
{
    ActivityCache cache(m_store);
    Outbox outbox(m_store);
    const std::optional<LocalActivity> row = cache.find(localId);
    if (!row || row->deletedLocally)
        return false;
    StoreTransaction transaction(m_store->database());
    const QList<OutboxItem> items = outbox.itemsOf(activityEntity, localId);
    const bool neverSent = !row->isOnServer() && !items.isEmpty() &&
                           items.first().kind == OutboxItem::Kind::CreateActivity &&
                           (items.first().state == OutboxItem::State::Pending ||
                            items.first().state == OutboxItem::State::Failed);
    bool ok;
    if (neverSent) {
        // The server never saw it: forget it entirely.
        ok = outbox.removeAllOf(activityEntity, localId) && cache.remove(localId);
    } else {
        const QDateTime base = row->server ? row->server->updatedAt : QDateTime();
        ok = cache.markDeleted(localId) &&
             enqueue(OutboxItem::Kind::DeleteActivity, localId, {}, base) != 0;
    }
    return finish(ok && transaction.commit());
}

bool LocalChanges::startTimer(qint64 localId)
{
    ActivityCache cache(m_store);
    std::optional<LocalActivity> row = cache.find(localId);
    if (!row || row->deletedLocally || row->activity.isRunning())
        return false;
    const QDateTime now = m_clock->utcNow();
    const QJsonObject payload = TimerPayload{now, row->activity.seconds}.toJson(true);
    row->activity.timerStartedAt = now;
    StoreTransaction transaction(m_store->database());
    const QDateTime base = row->server ? row->server->updatedAt : QDateTime();
    const bool ok = cache.writeLocal(localId, row->activity) &&
                    enqueue(OutboxItem::Kind::StartTimer, localId, payload, base) != 0;
    return finish(ok && transaction.commit());
}

qint64 LocalChanges::stoppedSeconds(const Activity &running, const QDateTime &nowUtc)
{
    if (!running.timerStartedAt || !nowUtc.isValid())
        return running.seconds;
    const qint64 run = std::max<qint64>(0, running.timerStartedAt->secsTo(nowUtc));
    return running.seconds + (run + 30) / 60 * 60;
}

bool LocalChanges::stopTimer(qint64 localId)
{
    ActivityCache cache(m_store);
    Outbox outbox(m_store);
    std::optional<LocalActivity> row = cache.find(localId);
    if (!row || row->deletedLocally || !row->activity.isRunning())
        return false;
    const QDateTime now = m_clock->utcNow();
    row->activity.seconds = stoppedSeconds(row->activity, now);
    row->activity.timerStartedAt.reset();
    StoreTransaction transaction(m_store->database());
    const QList<OutboxItem> items = outbox.itemsOf(activityEntity, localId);
    const OutboxItem *last = items.isEmpty() ? nullptr : &items.last();
    bool ok = cache.writeLocal(localId, row->activity);
    // Not sent yet: the create goes out with the seconds and without a timer
    // (one request, and no run on the server the user never saw). Not with 0
    // seconds, though: a 0-second create for today would start a timer.
    if (last && last->kind == OutboxItem::Kind::CreateActivity &&
        (last->state == OutboxItem::State::Pending || last->state == OutboxItem::State::Failed) &&
        row->activity.seconds > 0) {
        std::optional<ActivityCreatePayload> payload =
            ActivityCreatePayload::fromJson(last->payload);
        if (payload) {
            payload->activity = row->activity;
            payload->startsTimer = false;
            payload->sentSeconds.reset();
        }
        ok = ok && payload && outbox.setPayload(last->seq, payload->toJson());
    } else {
        const QDateTime base = row->server ? row->server->updatedAt : QDateTime();
        ok = ok && enqueue(OutboxItem::Kind::StopTimer, localId,
                           TimerPayload{now, row->activity.seconds}.toJson(false), base) != 0;
    }
    return finish(ok && transaction.commit());
}

qint64 LocalChanges::createPresence(const Presence &presence)
{
    Presence shown = presence;
    shown.id = 0;
    StoreTransaction transaction(m_store->database());
    const qint64 localId = PresenceCache(m_store).insertLocal(shown);
    if (localId == 0 ||
        enqueue(OutboxItem::Kind::CreatePresence, localId, PresenceCreatePayload{shown}.toJson()) ==
            0 ||
        !transaction.commit())
        return 0;
    emit changed();
    return localId;
}

bool LocalChanges::updatePresence(qint64 localId, const Presence &edited)
{
    PresenceCache cache(m_store);
    Outbox outbox(m_store);
    const std::optional<LocalPresence> row = cache.find(localId);
    if (!row)
        return false;
    Presence shown = edited;
    shown.id = row->presence.id;
    StoreTransaction transaction(m_store->database());
    const QList<OutboxItem> items = outbox.itemsOf(presenceEntity, localId);
    bool ok = cache.writeLocal(localId, shown);
    if (!items.isEmpty() && items.last().kind == OutboxItem::Kind::CreatePresence &&
        items.last().state != OutboxItem::State::Sending &&
        items.last().state != OutboxItem::State::Uncertain) {
        ok = ok && outbox.setPayload(items.last().seq, PresenceCreatePayload{shown}.toJson()) &&
             outbox.setState(items.last().seq, OutboxItem::State::Pending);
    } else if (!items.isEmpty() && items.last().kind == OutboxItem::Kind::UpdatePresence &&
               (items.last().state == OutboxItem::State::Pending ||
                items.last().state == OutboxItem::State::Failed)) {
        // An edit not sent yet, or refused by MOCO (a 422 overlap): the new
        // edit replaces it, from what MOCO last had. A refused one would
        // otherwise block every later change of this presence.
        const OutboxItem &last = items.last();
        const std::optional<EditPayload<Presence>> earlier =
            EditPayload<Presence>::fromJson(last.payload);
        const Presence before = earlier ? earlier->before : row->presence;
        if (before == shown)
            ok = ok && outbox.remove(last.seq); // back to what MOCO has: nothing to send
        else
            ok = ok && outbox.setPayload(last.seq, EditPayload<Presence>{before, shown}.toJson()) &&
                 outbox.setState(last.seq, OutboxItem::State::Pending);
    } else {
        ok = ok && enqueue(OutboxItem::Kind::UpdatePresence, localId,
                           EditPayload<Presence>{row->presence, shown}.toJson()) != 0;
    }
    return finish(ok && transaction.commit());
}

bool LocalChanges::isPresenceEndUnsent(qint64 localId) const
{
    const QList<OutboxItem> items = Outbox(m_store).itemsOf(presenceEntity, localId);
    if (items.isEmpty())
        return false; // MOCO has what is shown, its end included
    const OutboxItem &last = items.last();
    // Sending or uncertain: MOCO may hold the end already. In conflict: the
    // user decides between versions first.
    if (last.state != OutboxItem::State::Pending && last.state != OutboxItem::State::Failed)
        return false;
    if (last.kind == OutboxItem::Kind::CreatePresence)
        return true;
    if (last.kind != OutboxItem::Kind::UpdatePresence)
        return false;
    const std::optional<EditPayload<Presence>> edit = EditPayload<Presence>::fromJson(last.payload);
    return edit && !edit->before.to;
}

bool LocalChanges::deletePresence(qint64 localId)
{
    PresenceCache cache(m_store);
    Outbox outbox(m_store);
    const std::optional<LocalPresence> row = cache.find(localId);
    if (!row)
        return false;
    StoreTransaction transaction(m_store->database());
    const QList<OutboxItem> items = outbox.itemsOf(presenceEntity, localId);
    bool ok;
    const auto isUnsent = [](const OutboxItem &item) {
        return item.state == OutboxItem::State::Pending || item.state == OutboxItem::State::Failed;
    };
    if (row->presence.id == 0 && !items.isEmpty() &&
        items.first().kind == OutboxItem::Kind::CreatePresence && isUnsent(items.first())) {
        // Never on MOCO (not sent yet, or refused): nothing to delete there.
        ok = outbox.removeAllOf(presenceEntity, localId) && cache.remove(localId);
    } else {
        // Edits not sent or refused would only be undone by the delete, and
        // a refused one would hold it back.
        ok = true;
        for (const OutboxItem &item : items) {
            if (item.kind == OutboxItem::Kind::UpdatePresence && isUnsent(item))
                ok = ok && outbox.remove(item.seq);
        }
        ok = ok && cache.markDeleted(localId) &&
             enqueue(OutboxItem::Kind::DeletePresence, localId, {}) != 0;
    }
    return finish(ok && transaction.commit());
}

bool LocalChanges::updateProjectCustomFields(qint64 projectId, const CustomFieldValues &changes,
                                             const CustomFieldValues &base)
{
    ProjectCache projects(m_store);
    std::optional<Project> project = projects.project(projectId);
    if (!project || changes.isEmpty())
        return false;
    project->customProperties = project->customProperties.mergedWith(changes);
    StoreTransaction transaction(m_store->database());
    const bool ok = projects.writeProject(*project) &&
                    enqueue(OutboxItem::Kind::UpdateProjectFields, projectId,
                            CustomFieldsPayload{changes, base}.toJson()) != 0;
    return finish(ok && transaction.commit());
}

bool LocalChanges::updateCustomerCustomFields(qint64 customerId, const CustomFieldValues &changes,
                                              const CustomFieldValues &base)
{
    CustomerCache customers(m_store);
    std::optional<Customer> customer = customers.customer(customerId);
    if (!customer || changes.isEmpty())
        return false;
    customer->customProperties = customer->customProperties.mergedWith(changes);
    StoreTransaction transaction(m_store->database());
    const bool ok = customers.writeCustomer(*customer) &&
                    enqueue(OutboxItem::Kind::UpdateCustomerFields, customerId,
                            CustomFieldsPayload{changes, base}.toJson()) != 0;
    return finish(ok && transaction.commit());
}

bool LocalChanges::restoreCustomFields(const OutboxItem &item, const CustomFieldValues &base)
{
    if (item.kind == OutboxItem::Kind::UpdateCustomerFields) {
        CustomerCache customers(m_store);
        std::optional<Customer> customer = customers.customer(item.localId);
        if (!customer)
            return true;
        customer->customProperties = customer->customProperties.mergedWith(base);
        return customers.writeCustomer(*customer);
    }
    ProjectCache projects(m_store);
    std::optional<Project> project = projects.project(item.localId);
    if (!project)
        return true;
    project->customProperties = project->customProperties.mergedWith(base);
    return projects.writeProject(*project);
}

bool LocalChanges::retry(qint64 seq)
{
    Outbox outbox(m_store);
    const std::optional<OutboxItem> item = outbox.item(seq);
    if (!item || item->state != OutboxItem::State::Failed)
        return false;
    return finish(outbox.setState(seq, OutboxItem::State::Pending));
}

bool LocalChanges::discard(qint64 seq)
{
    Outbox outbox(m_store);
    const std::optional<OutboxItem> item = outbox.item(seq);
    if (!item)
        return false;
    StoreTransaction transaction(m_store->database());
    bool ok = true;
    for (const OutboxItem &later : outbox.itemsOf(item->entity(), item->localId)) {
        if (later.seq >= seq)
            ok = ok && outbox.remove(later.seq);
    }
    if (item->entity() == activityEntity) {
        ActivityCache cache(m_store);
        if (const std::optional<LocalActivity> row = cache.find(item->localId)) {
            if (row->server)
                ok = ok && cache.writeBoth(item->localId, *row->server);
            else if (!outbox.hasUndelivered(activityEntity, item->localId))
                ok = ok && cache.remove(item->localId);
        }
    } else if (item->entity() == presenceEntity && item->kind == OutboxItem::Kind::CreatePresence) {
        ok = ok && PresenceCache(m_store).remove(item->localId);
    } else if (item->kind == OutboxItem::Kind::UpdateProjectFields ||
               item->kind == OutboxItem::Kind::UpdateCustomerFields) {
        // The fields show MOCO's values again, as far as they are known.
        if (const std::optional<CustomFieldsPayload> fields =
                CustomFieldsPayload::fromJson(item->payload))
            ok = ok && restoreCustomFields(*item, fields->base);
    }
    return finish(ok && transaction.commit());
}

bool LocalChanges::keepMine(qint64 activityLocalId)
{
    ActivityCache cache(m_store);
    Outbox outbox(m_store);
    const std::optional<LocalActivity> row = cache.find(activityLocalId);
    if (!row)
        return false;
    const QList<OutboxItem> items = outbox.itemsOf(activityEntity, activityLocalId);
    StoreTransaction transaction(m_store->database());
    bool ok = true;
    if (row->serverDeleted || !row->server) {
        // Gone on the server: my version comes back as a new activity.
        Activity mine = row->activity;
        mine.id = 0;
        ok = outbox.removeAllOf(activityEntity, activityLocalId) &&
             cache.writeLocal(activityLocalId, mine) &&
             cache.writeServerVersion(activityLocalId, std::nullopt, false) &&
             enqueue(OutboxItem::Kind::CreateActivity, activityLocalId,
                     ActivityCreatePayload{mine, std::nullopt, false, std::nullopt}.toJson()) != 0;
    } else if (std::any_of(items.cbegin(), items.cend(), [](const OutboxItem &item) {
                   return item.kind == OutboxItem::Kind::DeleteActivity;
               })) {
        // I deleted it, they changed it: delete their version.
        ok = outbox.removeAllOf(activityEntity, activityLocalId) &&
             enqueue(OutboxItem::Kind::DeleteActivity, activityLocalId, {},
                     row->server->updatedAt) != 0;
    } else {
        // Replace whatever is queued by one update from theirs to mine.
        ok = outbox.removeAllOf(activityEntity, activityLocalId);
        if (row->activity.isRunning() != row->server->isRunning()) {
            ok = ok && enqueue(row->activity.isRunning() ? OutboxItem::Kind::StartTimer
                                                         : OutboxItem::Kind::StopTimer,
                               activityLocalId, {}, row->server->updatedAt) != 0;
        }
        ok = ok && enqueue(OutboxItem::Kind::UpdateActivity, activityLocalId,
                           EditPayload<Activity>{*row->server, row->activity}.toJson(),
                           row->server->updatedAt) != 0;
    }
    return finish(ok && transaction.commit());
}

bool LocalChanges::takeTheirs(qint64 activityLocalId)
{
    ActivityCache cache(m_store);
    const std::optional<LocalActivity> row = cache.find(activityLocalId);
    if (!row)
        return false;
    StoreTransaction transaction(m_store->database());
    bool ok = Outbox(m_store).removeAllOf(activityEntity, activityLocalId);
    if (row->serverDeleted || !row->server)
        ok = ok && cache.remove(activityLocalId);
    else
        ok = ok && cache.writeBoth(activityLocalId, *row->server);
    return finish(ok && transaction.commit());
}
