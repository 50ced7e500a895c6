// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/FakeDatabase.h"

FakeDatabase::FakeDatabase(QObject *parent)
    : QObject(parent)
{}

void FakeDatabase::clear()
{
    m_users.clear();
    m_projects.clear();
    m_activities.clear();
    m_presences.clear();
    m_customFields.clear();
}

QJsonObject FakeDatabase::toStorage() const
{
    return QJsonObject{
        {QStringLiteral("version"), storageVersion},
        {QStringLiteral("users"), m_users.toStorage()},
        {QStringLiteral("projects"), m_projects.toStorage()},
        {QStringLiteral("activities"), m_activities.toStorage()},
        {QStringLiteral("presences"), m_presences.toStorage()},
        {QStringLiteral("custom_fields"), m_customFields.toStorage()},
    };
}

bool FakeDatabase::fromStorage(const QJsonObject &object, QString *error)
{
    if (object.value(QStringLiteral("version")).toInt() != storageVersion) {
        if (error)
            *error = QStringLiteral("unsupported state version");
        return false;
    }
    m_users.fromStorage(object.value(QStringLiteral("users")).toArray());
    m_projects.fromStorage(object.value(QStringLiteral("projects")).toObject());
    m_activities.fromStorage(object.value(QStringLiteral("activities")).toObject());
    m_presences.fromStorage(object.value(QStringLiteral("presences")).toObject());
    m_customFields.fromStorage(object.value(QStringLiteral("custom_fields")).toArray());
    if (m_users.all().isEmpty()) {
        if (error)
            *error = QStringLiteral("state has no users");
        return false;
    }
    return true;
}
