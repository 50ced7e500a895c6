// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/data/ActivityStore.h"
#include "fakeserver/data/CustomFieldStore.h"
#include "fakeserver/data/PresenceStore.h"
#include "fakeserver/data/ProjectStore.h"
#include "fakeserver/data/UserStore.h"

#include <QJsonObject>
#include <QObject>

// All of the account's data. Every write path calls notifyChanged() once
// it is done, which is what --data-dir persistence listens to.
class FakeDatabase : public QObject
{
    Q_OBJECT
public:
    static constexpr int storageVersion = 1;

    explicit FakeDatabase(QObject *parent = nullptr);

    UserStore &users() { return m_users; }
    const UserStore &users() const { return m_users; }
    ProjectStore &projects() { return m_projects; }
    const ProjectStore &projects() const { return m_projects; }
    ActivityStore &activities() { return m_activities; }
    const ActivityStore &activities() const { return m_activities; }
    PresenceStore &presences() { return m_presences; }
    const PresenceStore &presences() const { return m_presences; }
    CustomFieldStore &customFields() { return m_customFields; }
    const CustomFieldStore &customFields() const { return m_customFields; }

    void clear();
    void notifyChanged() { emit changed(); }

    QJsonObject toStorage() const;
    bool fromStorage(const QJsonObject &object, QString *error);

signals:
    void changed();

private:
    UserStore m_users;
    ProjectStore m_projects;
    ActivityStore m_activities;
    PresenceStore m_presences;
    CustomFieldStore m_customFields;
};
