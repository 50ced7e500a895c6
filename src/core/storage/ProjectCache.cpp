// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectCache.h"

#include "core/storage/LocalStore.h"
#include "core/storage/StoreJson.h"
#include "core/storage/StoreTransaction.h"

#include <QSqlQuery>
#include <QVariant>

ProjectCache::ProjectCache(LocalStore *store)
    : m_store(store)
{}

QList<Project> ProjectCache::projects() const
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    QList<Project> projects;
    if (!query.exec(QStringLiteral("SELECT json FROM projects ORDER BY id")))
        return projects;
    QString error;
    while (query.next()) {
        if (std::optional<Project> project =
                Project::fromJson(StoreJson::toObject(query.value(0).toString()), &error))
            projects.append(*project);
    }
    return projects;
}

std::optional<Project> ProjectCache::project(qint64 id) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT json FROM projects WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QString error;
    return Project::fromJson(StoreJson::toObject(query.value(0).toString()), &error);
}

bool ProjectCache::replaceProjects(const QList<Project> &projects)
{
    StoreTransaction transaction(m_store->database());
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("DELETE FROM projects")))
        return false;
    for (const Project &project : projects) {
        if (!writeProject(project))
            return false;
    }
    return transaction.commit();
}

bool ProjectCache::writeProject(const Project &project)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO projects (id, json) VALUES (?, ?)"));
    query.addBindValue(project.id);
    query.addBindValue(StoreJson::toText(project.toJson()));
    return query.exec();
}
