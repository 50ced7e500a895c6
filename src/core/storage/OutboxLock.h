// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

// The right to deliver one store's outbox: a lock file beside the database
// ("<database>.sender.lock"), held for as long as this process may send.
// Whatever starts a second process on the same store (a race at start-up,
// another launcher), only one of them ever sends: exactly once needs one
// sender. A lock left by a crashed process (its PID is gone) is taken over.
// Released on destruction.
class OutboxLock
{
public:
    enum class Status {
        Held,          // this process may send
        HeldElsewhere, // another live process sends this outbox
        Failed,        // the lock file cannot be written (see error())
    };

    explicit OutboxLock(const QString &databasePath);
    OutboxLock(const OutboxLock &) = delete;
    OutboxLock &operator=(const OutboxLock &) = delete;

    static QString lockFilePathFor(const QString &databasePath);

    // Takes the lock if no live process holds it; Held again when held.
    Status tryLock();
    bool isLocked() const { return m_lock.isLocked(); }
    QLockFile::LockError error() const { return m_lock.error(); }
    QString filePath() const { return m_path; }

private:
    QString m_path;
    QLockFile m_lock;
};
