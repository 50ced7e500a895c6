// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

// The demo session's cache folder: temporary, removed when the session ends,
// and locked while it lives. A demo app that crashed cannot remove its folder,
// so every new demo session first removes folders whose lock is stale (the
// owning process is gone — QLockFile checks the PID).
class DemoStoreDirectory
{
public:
    // Folders younger than this are never swept: another demo may have just
    // created one and not locked it yet.
    static constexpr std::chrono::seconds sweepGrace{60};

    explicit DemoStoreDirectory(const QString &parentPath);

    bool isValid() const { return m_directory.isValid() && m_lock && m_lock->isLocked(); }
    QString path() const { return m_directory.path(); }
    QString filePath(const QString &name) const { return m_directory.filePath(name); }

    // Removes abandoned demo folders below parentPath; returns how many.
    static int removeAbandoned(const QString &parentPath, std::chrono::seconds grace = sweepGrace);

private:
    // Declared before the lock: the lock is released before the folder goes.
    QTemporaryDir m_directory;
    std::unique_ptr<QLockFile> m_lock;
};
