// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/api/Outcome.h"

#include <QDateTime>
#include <QJsonObject>

class FakeDatabase;
class PresenceService;
class ServerClock;
struct ActivityRecord;
struct UserRecord;

// MOCO's rules for activities and their timers (moco-api.md §4):
// - date, project_id, task_id are required; the task must belong to the
//   project, both active, the user assigned (active contract);
// - a create dated today with 0 seconds starts its timer;
// - timers only on today's activities, one running timer per user;
// - seconds do not grow while a timer runs; stopping adds the elapsed time
//   in whole (rounded) minutes;
// - changing seconds of a running activity needs stop_timer: true;
// - billed activities cannot be changed or deleted;
// - updated_at moves forward on every write.
class ActivityService
{
public:
    ActivityService(FakeDatabase &database, const ServerClock &clock, PresenceService &presences);

    Outcome create(const UserRecord &actor, const QJsonObject &body, qint64 *createdId);
    Outcome update(const UserRecord &actor, qint64 id, const QJsonObject &body);
    Outcome remove(const UserRecord &actor, qint64 id);
    Outcome startTimer(const UserRecord &actor, qint64 id);
    Outcome stopTimer(const UserRecord &actor, qint64 id);

private:
    Outcome access(const UserRecord &actor, qint64 id, ActivityRecord **activity);
    void checkBooking(qint64 userId, qint64 projectId, qint64 taskId, FieldErrors &errors) const;
    bool defaultBillable(qint64 userId, qint64 projectId, qint64 taskId) const;
    double rateOf(qint64 projectId, qint64 taskId) const;
    void stopRunning(ActivityRecord &activity, const QDateTime &now) const;
    void startRunning(ActivityRecord &activity, const QDateTime &now);
    // Now, or one second past the previous stamp when writes come faster.
    QDateTime nextStamp(const QDateTime &previous) const;

    FakeDatabase &m_database;
    const ServerClock &m_clock;
    PresenceService &m_presences;
};
