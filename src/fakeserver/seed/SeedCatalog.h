// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

class CustomFieldStore;
class ProjectStore;
class UserStore;

// The fixed part of the seed: people, customers with hard names (umlauts,
// accents, emoji, CJK, one very long), projects with tasks and contracts,
// and custom field definitions of every kind with values.
class SeedCatalog
{
public:
    static void addUsers(UserStore &users, const QDateTime &nowUtc);
    static void addCustomFields(CustomFieldStore &fields, const QDateTime &nowUtc);
    static void addProjects(ProjectStore &projects, const QDateTime &nowUtc);
};
