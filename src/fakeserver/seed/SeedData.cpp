// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/seed/SeedData.h"

#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/seed/SeedCatalog.h"
#include "fakeserver/seed/SeedHistory.h"

void SeedData::populate(FakeDatabase &database, quint64 seed, const QDateTime &nowUtc)
{
    database.clear();
    SeedCatalog::addUsers(database.users(), nowUtc);
    SeedCatalog::addCustomFields(database.customFields(), nowUtc);
    SeedCatalog::addProjects(database.projects(), nowUtc);
    SeedHistory history(database, seed, nowUtc);
    history.addActivities();
    history.addPresences();
}
