// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DemoStoreDirectory.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace {

const QString folderPrefix = QStringLiteral("mocotrack-demo-");
const QString lockName = QStringLiteral("demo.lock");

// Sweeps before creating, so a new session never counts its own folder.
QString templateAfterSweep(const QString &parentPath)
{
    DemoStoreDirectory::removeAbandoned(parentPath);
    return QDir(parentPath).filePath(folderPrefix + QStringLiteral("XXXXXX"));
}

} // namespace

DemoStoreDirectory::DemoStoreDirectory(const QString &parentPath)
    : m_directory(templateAfterSweep(parentPath))
{
    if (!m_directory.isValid())
        return;
    m_lock = std::make_unique<QLockFile>(m_directory.filePath(lockName));
    m_lock->tryLock(0);
}

int DemoStoreDirectory::removeAbandoned(const QString &parentPath, std::chrono::seconds grace)
{
    const QDateTime youngest = QDateTime::currentDateTimeUtc().addSecs(-grace.count());
    int removed = 0;
    const QFileInfoList folders =
        QDir(parentPath)
            .entryInfoList({folderPrefix + QLatin1Char('*')},
                           QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        if (folder.lastModified().toUTC() > youngest)
            continue;
        QLockFile lock(QDir(folder.filePath()).filePath(lockName));
        // Succeeds only when nobody holds the lock: no lock file, or one left
        // by a process that no longer runs.
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        if (QDir(folder.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}
