// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/OutboxItem.h"

#include <QAbstractListModel>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class LocalStore;

// Everything that waits for the user, one row per outbox item that MOCO
// refused (Failed) or that collides with a change made in MOCO meanwhile
// (Conflict), oldest first. Each row says in words what it concerns (date,
// project · task, description, duration), the server's message, and for a
// conflict both versions, so the user can decide without opening anything.
//
// Read from the store (Outbox, ActivityCache, PresenceCache, ProjectCache);
// connect refresh() to AccountDataLayer::storeChanged and
// LocalChanges::changed. refresh() updates rows in place, so a view keeps
// its selection while a sync runs.
class AttentionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind {
        Failed,   // MOCO refused the change: fix, try again or discard
        Conflict, // changed or deleted in MOCO meanwhile: keep mine or take theirs
    };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 200, // int: Kind
        SeqRole,                       // qint64: the outbox item (retry, discard)
        LocalIdRole,                   // qint64: the activity's / presence's local id, project id
        EntityRole,                    // QString: "activity", "presence", "project"
        ActionRole,                    // int: OutboxItem::Kind
        MessageRole,                   // QString: why it needs the user
        SubjectRole,                   // QString: one line naming what it concerns
        MineRole,                      // QString: my version, several lines
        TheirsRole,                    // QString: MOCO's version, or "Deleted in MOCO"
        TheirsDeletedRole,             // bool: a conflict with a deletion in MOCO
        FieldErrorsRole,               // QVariantMap: field key → QStringList
        CanFixRole,                    // bool: the activity editor can fix it
        DiscardWarningRole,            // QString: what Discard loses, for the confirmation
    };
    Q_ENUM(Role)

    struct Entry
    {
        Kind kind = Kind::Failed;
        qint64 seq = 0;
        qint64 localId = 0;
        QString entity;
        OutboxItem::Kind action = OutboxItem::Kind::CreateActivity;
        QString message;
        QString subject;
        QString mine;
        QString theirs;
        bool theirsDeleted = false;
        QMap<QString, QStringList> fieldErrors;
        bool canFix = false;
        QString discardWarning;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    explicit AttentionModel(LocalStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Entry &entryAt(int row) const { return m_entries.at(row); }
    int rowOfSeq(qint64 seq) const; // -1 when absent
    int count() const { return static_cast<int>(m_entries.size()); }

public slots:
    void refresh();

signals:
    void countChanged(int count);

private:
    QList<Entry> read() const;

    LocalStore *m_store;
    QList<Entry> m_entries;
};
