// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"
#include "core/domain/Presence.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <chrono>
#include <optional>

// Decides whether a create whose answer never arrived (timeout, dropped
// connection, crash while sending) was stored by the server anyway. The
// sender re-reads that day from the server and asks this class before it
// sends the create again.
//
// Matching rule for an activity — a server activity counts as "ours" when
//   1. it is on the same date, for the same project id and task id,
//   2. it has the same description, tag and remote id, and either the same
//      seconds or (a 0-second create that started a timer) the server started
//      a timer on it,
//   3. no local record is linked to its id yet (it is not an entry we already
//      know, e.g. one the user made earlier with the same values), and
//   4. it was created no earlier than the first send of our create minus
//      `slack` (clock difference between this machine and the server); an
//      activity without created_at passes this rule.
// Among several matches the oldest (lowest id) is taken: the one the first
// attempt created. Accepted limit: an identical entry made on another device
// in the same minutes, while our create really was lost, would be taken for
// ours — the user then sees one entry instead of two, never a duplicate.
// Presences match on date, from, to and home office, with rules 3 and 4.
class UncertainCreateMatcher
{
public:
    static std::optional<Activity> match(const Activity &mine, const QList<Activity> &onServer,
                                         const QSet<qint64> &linkedServerIds,
                                         const QDateTime &firstSentAt, std::chrono::seconds slack);
    static std::optional<Presence> match(const Presence &mine, const QList<Presence> &onServer,
                                         const QSet<qint64> &linkedServerIds,
                                         const QDateTime &firstSentAt, std::chrono::seconds slack);
};
