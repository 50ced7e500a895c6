// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ProjectTaskKey.h"

#include <QObject>
#include <QSet>
#include <QString>

// Starred project/task pairs of one account, persisted at once in
// <AppConfigLocation>/favorites.ini (next to the app's own settings file),
// one group per account key "<user id>@<host>" (CredentialStore::accountKey).
// Only ids are stored: nothing secret. Recent pairs come from
// TimerService/ActivityCache.
class FavoriteProjects : public QObject
{
    Q_OBJECT
public:
    explicit FavoriteProjects(const QString &accountKey, QObject *parent = nullptr);

    QSet<ProjectTaskKey> favorites() const { return m_favorites; }
    bool isFavorite(const ProjectTaskKey &key) const { return m_favorites.contains(key); }
    // Stars an unstarred pair, unstars a starred one; saved at once.
    void toggle(const ProjectTaskKey &key);
    // The file all accounts' favourites live in.
    static QString filePath();

signals:
    void changed();

private:
    void save() const;

    QString m_accountKey;
    QSet<ProjectTaskKey> m_favorites;
};
