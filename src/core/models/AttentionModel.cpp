// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/AttentionModel.h"

#include "core/models/DisplayFormat.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/ActivityCreatePayload.h"
#include "core/storage/EditPayload.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/PresenceCache.h"
#include "core/storage/PresenceCreatePayload.h"
#include "core/storage/ProjectCache.h"
#include "core/storage/ProjectFieldsPayload.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>

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

AttentionModel::AttentionModel(LocalStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_entries = read();
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.kind == Kind::Conflict ? tr("Conflict: %1").arg(entry.subject)
                                            : tr("Not accepted: %1").arg(entry.subject);
    case Qt::ToolTipRole:
    case MessageRole:
        return entry.message;
    case KindRole:
        return static_cast<int>(entry.kind);
    case SeqRole:
        return entry.seq;
    case LocalIdRole:
        return entry.localId;
    case EntityRole:
        return entry.entity;
    case ActionRole:
        return static_cast<int>(entry.action);
    case SubjectRole:
        return entry.subject;
    case MineRole:
        return entry.mine;
    case TheirsRole:
        return entry.theirs;
    case TheirsDeletedRole:
        return entry.theirsDeleted;
    case FieldErrorsRole: {
        QVariantMap errors;
        for (auto it = entry.fieldErrors.cbegin(); it != entry.fieldErrors.cend(); ++it)
            errors.insert(it.key(), it.value());
        return errors;
    }
    case CanFixRole:
        return entry.canFix;
    case DiscardWarningRole:
        return entry.discardWarning;
    default:
        return {};
    }
}

QHash<int, QByteArray> AttentionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(SeqRole, "seq");
    names.insert(LocalIdRole, "localId");
    names.insert(EntityRole, "entity");
    names.insert(ActionRole, "action");
    names.insert(MessageRole, "message");
    names.insert(SubjectRole, "subject");
    names.insert(MineRole, "mine");
    names.insert(TheirsRole, "theirs");
    names.insert(TheirsDeletedRole, "theirsDeleted");
    names.insert(FieldErrorsRole, "fieldErrors");
    names.insert(CanFixRole, "canFix");
    names.insert(DiscardWarningRole, "discardWarning");
    return names;
}

int AttentionModel::rowOfSeq(qint64 seq) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).seq == seq)
            return row;
    }
    return -1;
}

void AttentionModel::refresh()
{
    const QList<Entry> fresh = read();
    const int before = count();
    // Both lists are in seq order: drop what is gone, then walk them side by
    // side, updating rows that stay and inserting new ones where they belong.
    for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
        const qint64 seq = m_entries.at(row).seq;
        const bool stays = std::any_of(fresh.cbegin(), fresh.cend(),
                                       [seq](const Entry &entry) { return entry.seq == seq; });
        if (!stays) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (row < m_entries.size() && m_entries.at(row).seq == fresh.at(row).seq) {
            if (!(m_entries.at(row) == fresh.at(row))) {
                m_entries[row] = fresh.at(row);
                emit dataChanged(index(row), index(row));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_entries.insert(row, fresh.at(row));
        endInsertRows();
    }
    if (count() != before)
        emit countChanged(count());
}

QList<AttentionModel::Entry> AttentionModel::read() const
{
    QList<Entry> entries;
    if (!m_store || !m_store->isOpen())
        return entries;
    Outbox outbox(m_store);
    const QList<OutboxItem> all = outbox.items();
    for (const OutboxItem &item : all) {
        if (!item.needsAttention())
            continue;
        const int later = static_cast<int>(
            std::count_if(all.cbegin(), all.cend(), [&item](const OutboxItem &other) {
                return other.seq > item.seq && other.entity() == item.entity() &&
                       other.localId == item.localId;
            }));
        entries.append(entryFor(item, later));
    }
    return entries;
}

AttentionModel::Entry AttentionModel::entryFor(const OutboxItem &item, int laterItems) const
{
    Entry entry;
    entry.kind = item.state == OutboxItem::State::Conflict ? Kind::Conflict : Kind::Failed;
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
        describeProject(item, &entry);
    if (laterItems > 0)
        entry.discardWarning +=
            QLatin1Char(' ') +
            tr("%n later change(s) of the same item are discarded too.", nullptr, laterItems);
    return entry;
}

void AttentionModel::describeActivity(const OutboxItem &item, Entry *entry) const
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
    const QString subject = mine ? activityLine(*mine) : tr("an activity");
    const bool deletion =
        item.kind == OutboxItem::Kind::DeleteActivity || (row && row->deletedLocally);

    switch (item.kind) {
    case OutboxItem::Kind::CreateActivity:
        entry->subject = tr("New activity: %1").arg(subject);
        entry->discardWarning =
            tr("The new activity “%1” will not be sent to MOCO and is removed.").arg(subject);
        break;
    case OutboxItem::Kind::DeleteActivity:
        entry->subject = tr("Deleted activity: %1").arg(subject);
        entry->discardWarning =
            tr("The activity “%1” will not be deleted in MOCO and shows again.").arg(subject);
        break;
    case OutboxItem::Kind::StartTimer:
        entry->subject = tr("Timer started: %1").arg(subject);
        entry->discardWarning =
            tr("The timer start of “%1” will not be sent to MOCO.").arg(subject);
        break;
    case OutboxItem::Kind::StopTimer:
        entry->subject = tr("Timer stopped: %1").arg(subject);
        entry->discardWarning = tr("The timer stop of “%1” will not be sent to MOCO; the "
                                   "version in MOCO shows again.")
                                    .arg(subject);
        break;
    default:
        entry->subject = tr("Changed activity: %1").arg(subject);
        entry->discardWarning = tr("Your change to “%1” will be lost; the version in MOCO shows "
                                   "again.")
                                    .arg(subject);
        break;
    }

    if (mine) {
        entry->mine = activityLines(*mine);
        if (deletion)
            entry->mine = tr("You deleted this activity.") + QLatin1Char('\n') + entry->mine;
    }
    entry->canFix =
        entry->kind == Kind::Failed && !deletion && row.has_value() && !row->activity.billed;

    if (entry->kind != Kind::Conflict)
        return;
    entry->theirsDeleted = row && (row->serverDeleted || !row->server);
    if (entry->theirsDeleted) {
        entry->theirs = tr("Deleted in MOCO");
        entry->message = deletion ? tr("This activity was deleted in MOCO too.")
                                  : tr("This activity was deleted in MOCO while your change "
                                       "was waiting to be sent.");
    } else {
        entry->theirs = row && row->server ? activityLines(*row->server) : QString();
        entry->message = deletion ? tr("This activity was changed in MOCO while your deletion "
                                       "was waiting to be sent.")
                                  : tr("This activity was changed in MOCO while your change "
                                       "was waiting to be sent.");
    }
}

void AttentionModel::describePresence(const OutboxItem &item, Entry *entry) const
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
    const QString subject = mine ? presenceLine(*mine) : tr("a presence");
    entry->mine = subject;
    switch (item.kind) {
    case OutboxItem::Kind::CreatePresence:
        entry->subject = tr("New presence: %1").arg(subject);
        entry->discardWarning =
            tr("The new presence %1 will not be sent to MOCO and is removed.").arg(subject);
        break;
    case OutboxItem::Kind::DeletePresence:
        entry->subject = tr("Deleted presence: %1").arg(subject);
        entry->discardWarning = tr("The presence %1 will not be deleted in MOCO.").arg(subject);
        break;
    default:
        entry->subject = tr("Changed presence: %1").arg(subject);
        entry->discardWarning =
            tr("Your change to the presence %1 will not be sent to MOCO.").arg(subject);
        break;
    }
}

void AttentionModel::describeProject(const OutboxItem &item, Entry *entry) const
{
    const std::optional<Project> project = ProjectCache(m_store).project(item.localId);
    const QString name = project ? project->name : tr("Project %1").arg(item.localId);
    entry->subject = tr("Custom fields of %1").arg(name);
    QStringList lines;
    const std::optional<ProjectFieldsPayload> payload =
        ProjectFieldsPayload::fromJson(item.payload);
    const QJsonObject changes = payload ? payload->changes.toJson() : QJsonObject();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QVariant value = it.value().toVariant();
        const QString text = value.typeId() == QMetaType::QVariantList
                                 ? value.toStringList().join(QStringLiteral(", "))
                                 : value.toString();
        lines.append(tr("%1: %2", "custom field: value").arg(it.key(), text));
    }
    entry->mine = lines.join(QLatin1Char('\n'));
    entry->discardWarning =
        tr("Your changes to the custom fields of %1 will not be sent to MOCO.").arg(name);
}
