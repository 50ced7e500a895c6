// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OutboxLock.h"

OutboxLock::OutboxLock(const QString &databasePath)
    : m_path(lockFilePathFor(databasePath))
    , m_lock(m_path)
{
    // Only a dead PID makes it stale: a sender may hold it for weeks.
    m_lock.setStaleLockTime(0);
}

QString OutboxLock::lockFilePathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".sender.lock");
}

OutboxLock::Status OutboxLock::tryLock()
{
    if (m_lock.isLocked())
        return Status::Held;
    if (m_lock.tryLock(0))
        return Status::Held;
    return m_lock.error() == QLockFile::LockFailedError ? Status::HeldElsewhere : Status::Failed;
}
