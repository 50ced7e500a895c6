// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/api/Outcome.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

class FakeDatabase;
class QueryParams;
class ServerClock;
struct PresenceRecord;
struct UserRecord;

// MOCO's rules for presences (moco-api.md §6):
// - from/to are HH:MM; a malformed time is a 500, as on the live service;
// - overlapping ranges, or a second open range, give {"from":["range overlaps"]};
// - is_home_office belongs to the whole day: setting it on one presence sets
//   it on every presence of that date; a new presence without it joins the day's;
// - touch clocks in (opens at now) or out (closes at now); start and stop in
//   the same minute discard the presence; a conflict answers 423.
class PresenceService
{
public:
    PresenceService(FakeDatabase &database, const ServerClock &clock);

    Outcome create(const UserRecord &actor, const QJsonObject &body, qint64 *createdId);
    Outcome update(const UserRecord &actor, qint64 id, const QJsonObject &body);
    Outcome remove(const UserRecord &actor, qint64 id, PresenceRecord *removed);
    Outcome touch(const UserRecord &actor, const QJsonObject &body, const QueryParams &query,
                  PresenceRecord *result);

    static bool visibleTo(const UserRecord &actor, const PresenceRecord &presence);
    // Starting a timer clocks the user in at the current minute, unless they
    // are clocked in already or the minute lies in a recorded range.
    void openIfClockedOut(qint64 userId);

private:
    struct Range
    {
        int from = 0;
        std::optional<int> to; // nullopt: open
    };
    bool overlaps(qint64 userId, QDate date, const Range &range, qint64 exceptId) const;
    void setHomeOffice(qint64 userId, QDate date, bool homeOffice);
    std::optional<bool> homeOfficeOfDay(qint64 userId, QDate date, qint64 exceptId) const;
    Outcome access(const UserRecord &actor, qint64 id, PresenceRecord **presence);

    FakeDatabase &m_database;
    const ServerClock &m_clock;
};
