// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/UnsentChanges.h"

#include <QObject>
#include <QString>

#include <memory>

class ApiClient;
class Clock;
class LocalStore;
class OutboxLock;
class OutboxSender;

// Delivers the outbox of one colleague a staff user acted as, while the
// window shows someone else: the colleague's store, a sender, the store's
// outbox lock and the account's client acting as that colleague (same
// request queue, same rate budget). Nothing is read from MOCO here beyond
// what the sender needs to settle its changes.
class ColleagueOutbox : public QObject
{
    Q_OBJECT
public:
    ColleagueOutbox(const QString &databasePath, ApiClient *account, Clock *clock,
                    qint64 colleagueId, QObject *parent = nullptr);
    ~ColleagueOutbox() override;

    // Opens the store and, when this process may deliver it (its outbox
    // lock), starts the sender. False when the store cannot be opened.
    bool start();
    void sendNow();

    qint64 colleagueId() const { return m_colleagueId; }
    LocalStore *store() const { return m_store; }
    OutboxSender *sender() const { return m_sender; }
    // The colleague's name for the list of unsent changes; the id until set.
    void setColleagueName(const QString &name) { m_name = name; }
    QString colleagueName() const;
    QList<UnsentChange> unsent() const;
    // Items the sender can still deliver (not the ones needing the user).
    int deliverable() const;

signals:
    // Something was delivered or changed state.
    void changed();

private:
    qint64 m_colleagueId;
    QString m_name;
    std::unique_ptr<ApiClient> m_api;
    LocalStore *m_store;
    OutboxSender *m_sender;
    std::unique_ptr<OutboxLock> m_lock;
};
