// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/seed/SeedRandom.h"

#include <QDate>
#include <QDateTime>
#include <QList>

class FakeDatabase;
struct ProjectRecord;

// Generates the seeded history that ends today: about a year of the demo
// user's activities (several thousand, a dozen per workday), fewer for the
// colleagues, presences on workdays. All timestamps lie before "now", so an
// updated_after sync never sees the future.
class SeedHistory
{
public:
    SeedHistory(FakeDatabase &database, quint64 seed, const QDateTime &nowUtc);

    void addActivities();
    void addPresences();

private:
    void addActivitiesOfDay(qint64 userId, QDate date, int count);
    QList<const ProjectRecord *> bookableProjects(qint64 userId, QDate date) const;
    QDateTime stampFor(QDate date, int minuteOffset) const;
    void addPresencesOfUser(qint64 userId, int days, bool splitDay);

    FakeDatabase &m_database;
    SeedRandom m_random;
    QDateTime m_nowUtc;
    QDate m_today;
};
