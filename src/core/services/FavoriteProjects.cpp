// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/FavoriteProjects.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>

namespace {

const QString favoritesKey = QStringLiteral("favorites");

// "<project id>:<task id>": readable in the file, and a task id of 0 (a
// whole project) survives.
QString encode(const ProjectTaskKey &key)
{
    return QStringLiteral("%1:%2").arg(key.projectId).arg(key.taskId);
}

std::optional<ProjectTaskKey> decode(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    bool projectOk = false;
    bool taskOk = false;
    const ProjectTaskKey key{parts.at(0).toLongLong(&projectOk), parts.at(1).toLongLong(&taskOk)};
    if (!projectOk || !taskOk || key.projectId <= 0 || key.taskId < 0)
        return std::nullopt;
    return key;
}

} // namespace

FavoriteProjects::FavoriteProjects(const QString &accountKey, QObject *parent)
    : QObject(parent)
    , m_accountKey(accountKey)
{
    QSettings settings(filePath(), QSettings::IniFormat);
    settings.beginGroup(m_accountKey);
    const QStringList stored = settings.value(favoritesKey).toStringList();
    for (const QString &text : stored) {
        if (const std::optional<ProjectTaskKey> key = decode(text))
            m_favorites.insert(*key);
    }
}

QString FavoriteProjects::filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("favorites.ini"));
}

void FavoriteProjects::toggle(const ProjectTaskKey &key)
{
    if (key.projectId <= 0)
        return;
    if (!m_favorites.remove(key))
        m_favorites.insert(key);
    save();
    emit changed();
}

void FavoriteProjects::save() const
{
    QStringList texts;
    texts.reserve(m_favorites.size());
    for (const ProjectTaskKey &key : m_favorites)
        texts.append(encode(key));
    // Sorted: the file stays stable between saves (diffable, no churn).
    std::sort(texts.begin(), texts.end());
    QSettings settings(filePath(), QSettings::IniFormat);
    settings.beginGroup(m_accountKey);
    if (texts.isEmpty())
        settings.remove(favoritesKey);
    else
        settings.setValue(favoritesKey, texts);
    settings.endGroup();
    settings.sync();
}
