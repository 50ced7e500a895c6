// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/AttentionModel.h"

#include "core/models/OutboxItemDescriber.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"

#include <algorithm>

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
        entries.append(OutboxItemDescriber(m_store).describe(item, later));
    }
    return entries;
}
