// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/UnsentChanges.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class ApiClient;
class Clock;
class ColleagueOutbox;

// Changes a staff user made while acting as colleagues keep going to MOCO
// after the window has switched to someone else, and after a restart, until
// they arrive or the user discards them: one ColleagueOutbox per colleague
// with unsent changes, all on the account's request queue. An outbox that
// has delivered everything is closed.
class BackgroundOutboxes : public QObject
{
    Q_OBJECT
public:
    // storePath: the database of the colleague with that id.
    BackgroundOutboxes(ApiClient *account, Clock *clock,
                       std::function<QString(qint64 colleagueId)> storePath,
                       QObject *parent = nullptr);
    ~BackgroundOutboxes() override;

    // Starts delivering the colleague's store if it has unsent changes.
    void keepDelivering(qint64 colleagueId, const QString &name = {});
    // Stops delivering it here (the window shows that colleague now, and
    // its own data layer takes over the store and its lock).
    void release(qint64 colleagueId);
    // Everything waits no longer: the network is back, or the user asked.
    void sendNow();
    // Names the colleagues in the list of unsent changes.
    void setColleagueName(qint64 colleagueId, const QString &name);

    QList<qint64> colleagues() const { return m_outboxes.keys(); }
    QList<UnsentChange> unsent() const;
    // Items still deliverable (not waiting for the user).
    int deliverable() const;

signals:
    void changed();

private:
    void closeIfDone(qint64 colleagueId);

    ApiClient *m_account;
    Clock *m_clock;
    std::function<QString(qint64)> m_storePath;
    QHash<qint64, ColleagueOutbox *> m_outboxes;
};
