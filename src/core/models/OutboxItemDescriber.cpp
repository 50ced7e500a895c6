// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/OutboxItemDescriber.h"

#include "core/models/DisplayFormat.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/ActivityCreatePayload.h"
#include "core/storage/CustomFieldsPayload.h"
#include "core/storage/CustomerCache.h"
#include "core/storage/EditPayload.h"
#include "core/storage/LocalStore.h"
#include "core/storage/PresenceCache.h"
#include "core/storage/PresenceCreatePayload.h"
#include "core/storage/ProjectCache.h"

#include <QJsonValue>
#include <QLocale>

// The texts keep AttentionModel's translation context: they were written
// for it and its translations apply unchanged.
namespace {

const QString separator = QStringLiteral(" · ");

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString projectTaskText(const Activity &activity)
{
    const QString project = activity.project.name.isEmpty()
                                ? AttentionModel::tr("Project %1").arg(activity.project.id)
                                : activity.project.name;
    const QString task = activity.task.name.isEmpty()
                             ? AttentionModel::tr("Task %1").arg(activity.task.id)
                             : activity.task.name;
    return project + separator + task;
}

QString descriptionText(const Activity &activity)
{
    return activity.description.isEmpty() ? AttentionModel::tr("(no description)")
                                          : activity.description;
}

QString durationText(const Activity &activity)
{
    const QString duration = DisplayFormat::hoursMinutes(activity.seconds);
    return activity.isRunning() ? AttentionModel::tr("%1, timer running").arg(duration) : duration;
}

// One line: the subject of a row and of the discard confirmation.
QString activityLine(const Activity &activity)
{
    return QStringList{dateText(activity.date), projectTaskText(activity),
                       descriptionText(activity), durationText(activity)}
        .join(separator);
}

// Several lines: one side of a conflict.
QString activityLines(const Activity &activity)
{
    return QStringList{dateText(activity.date), projectTaskText(activity),
                       descriptionText(activity), durationText(activity)}
        .join(QLatin1Char('\n'));
}

QString presenceLine(const Presence &presence)
{
    const QString from = presence.from ? DisplayFormat::timeOfDay(*presence.from) : QString();
    const QString to = presence.to ? DisplayFormat::timeOfDay(*presence.to) : QString();
    QString line = dateText(presence.date) + separator +
                   AttentionModel::tr("%1–%2", "presence from–to").arg(from, to);
    if (presence.isHomeOffice)
        line += separator + AttentionModel::tr("Home office");
    return line;
}

QString failedMessage(const OutboxItem &item)
{
    const QString message = item.readableError();
    return message.isEmpty() ? AttentionModel::tr("MOCO did not accept the change.") : message;
}

} // namespace

AttentionModel::Entry OutboxItemDescriber::describe(const OutboxItem &item, int laterItems) const
{
    AttentionModel::Entry entry;
    entry.kind = item.state == OutboxItem::State::Conflict ? AttentionModel::Kind::Conflict
                                                           : AttentionModel::Kind::Failed;
    entry.seq = item.seq;
    entry.localId = item.localId;
    entry.entity = item.entity();
    entry.action = item.kind;
    entry.fieldErrors = item.fieldErrors;
    entry.message = failedMessage(item);
    if (entry.entity == QLatin1String("activity"))
        describeActivity(item, &entry);
    else if (entry.entity == QLatin1String("presence"))
        describePresence(item, &entry);
    else
        describeFields(item, &entry);
    if (laterItems > 0)
        entry.discardWarning +=
            QLatin1Char(' ') +
            AttentionModel::tr("%n later change(s) of the same item are discarded too.", nullptr,
                               laterItems);
    return entry;
}

void OutboxItemDescriber::describeActivity(const OutboxItem &item, Entry *entry) const
{
    const std::optional<LocalActivity> row = ActivityCache(m_store).find(item.localId);
    std::optional<Activity> mine;
    if (row)
        mine = row->activity;
    else if (item.kind == OutboxItem::Kind::CreateActivity) {
        if (const auto create = ActivityCreatePayload::fromJson(item.payload))
            mine = create->activity;
    } else if (const auto edit = EditPayload<Activity>::fromJson(item.payload)) {
        mine = edit->after;
    }
    const QString subject = mine ? activityLine(*mine) : AttentionModel::tr("an activity");
    const bool deletion =
        item.kind == OutboxItem::Kind::DeleteActivity || (row && row->deletedLocally);

    switch (item.kind) {
    case OutboxItem::Kind::CreateActivity:
        entry->subject = AttentionModel::tr("New activity: %1").arg(subject);
        entry->discardWarning =
            AttentionModel::tr("The new activity “%1” will not be sent to MOCO and is removed.")
                .arg(subject);
        break;
    case OutboxItem::Kind::DeleteActivity:
        entry->subject = AttentionModel::tr("Deleted activity: %1").arg(subject);
        entry->discardWarning =
            AttentionModel::tr("The activity “%1” will not be deleted in MOCO and shows again.")
                .arg(subject);
        break;
    case OutboxItem::Kind::StartTimer:
        entry->subject = AttentionModel::tr("Timer started: %1").arg(subject);
        entry->discardWarning =
            AttentionModel::tr("The timer start of “%1” will not be sent to MOCO.").arg(subject);
        break;
    case OutboxItem::Kind::StopTimer:
        entry->subject = AttentionModel::tr("Timer stopped: %1").arg(subject);
        entry->discardWarning =
            AttentionModel::tr("The timer stop of “%1” will not be sent to MOCO; the "
                               "version in MOCO shows again.")
                .arg(subject);
        break;
    default:
        entry->subject = AttentionModel::tr("Changed activity: %1").arg(subject);
        entry->discardWarning =
            AttentionModel::tr("Your change to “%1” will be lost; the version in MOCO shows "
                               "again.")
                .arg(subject);
        break;
    }

    if (mine) {
        entry->mine = activityLines(*mine);
        if (deletion)
            entry->mine =
                AttentionModel::tr("You deleted this activity.") + QLatin1Char('\n') + entry->mine;
    }
    entry->canFix = entry->kind == AttentionModel::Kind::Failed && !deletion && row.has_value() &&
                    !row->activity.billed;

    if (entry->kind != AttentionModel::Kind::Conflict)
        return;
    entry->theirsDeleted = row && (row->serverDeleted || !row->server);
    if (entry->theirsDeleted) {
        entry->theirs = AttentionModel::tr("Deleted in MOCO");
        entry->message =
            deletion ? AttentionModel::tr("This activity was deleted in MOCO too.")
                     : AttentionModel::tr("This activity was deleted in MOCO while your change "
                                          "was waiting to be sent.");
    } else {
        entry->theirs = row && row->server ? activityLines(*row->server) : QString();
        entry->message =
            deletion ? AttentionModel::tr("This activity was changed in MOCO while your deletion "
                                          "was waiting to be sent.")
                     : AttentionModel::tr("This activity was changed in MOCO while your change "
                                          "was waiting to be sent.");
    }
}

void OutboxItemDescriber::describePresence(const OutboxItem &item, Entry *entry) const
{
    std::optional<Presence> mine;
    if (const std::optional<LocalPresence> row = PresenceCache(m_store).find(item.localId))
        mine = row->presence;
    else if (item.kind == OutboxItem::Kind::CreatePresence) {
        if (const auto create = PresenceCreatePayload::fromJson(item.payload))
            mine = create->presence;
    } else if (const auto edit = EditPayload<Presence>::fromJson(item.payload)) {
        mine = edit->before;
    }
    const QString subject = mine ? presenceLine(*mine) : AttentionModel::tr("a presence");
    entry->mine = subject;
    switch (item.kind) {
    case OutboxItem::Kind::CreatePresence:
        entry->subject = AttentionModel::tr("New presence: %1").arg(subject);
        entry->discardWarning =
            AttentionModel::tr("The new presence %1 will not be sent to MOCO and is removed.")
                .arg(subject);
        break;
    case OutboxItem::Kind::DeletePresence:
        entry->subject = AttentionModel::tr("Deleted presence: %1").arg(subject);
        entry->discardWarning =
            AttentionModel::tr("The presence %1 will not be deleted in MOCO.").arg(subject);
        break;
    default:
        entry->subject = AttentionModel::tr("Changed presence: %1").arg(subject);
        entry->discardWarning =
            AttentionModel::tr("Your change to the presence %1 will not be sent to MOCO.")
                .arg(subject);
        break;
    }
}

void OutboxItemDescriber::describeFields(const OutboxItem &item, Entry *entry) const
{
    QString name;
    if (item.kind == OutboxItem::Kind::UpdateCustomerFields) {
        const std::optional<Customer> customer = CustomerCache(m_store).customer(item.localId);
        name = customer ? customer->name : AttentionModel::tr("Customer %1").arg(item.localId);
    } else {
        const std::optional<Project> project = ProjectCache(m_store).project(item.localId);
        name = project ? project->name : AttentionModel::tr("Project %1").arg(item.localId);
    }
    entry->subject = AttentionModel::tr("Custom fields of %1").arg(name);
    QStringList lines;
    const std::optional<CustomFieldsPayload> payload = CustomFieldsPayload::fromJson(item.payload);
    if (payload) {
        for (auto it = payload->changes.values().cbegin(); it != payload->changes.values().cend();
             ++it)
            lines.append(
                AttentionModel::tr("%1: %2", "custom field: value").arg(it.key(), it->text()));
    }
    entry->mine = lines.join(QLatin1Char('\n'));
    entry->discardWarning =
        AttentionModel::tr("Your changes to the custom fields of %1 will not be sent to MOCO.")
            .arg(name);
}
