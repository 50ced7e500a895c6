// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/UncertainCreateMatcher.h"

namespace {

bool createdInTime(const QDateTime &createdAt, const QDateTime &firstSentAt,
                   std::chrono::seconds slack)
{
    if (!createdAt.isValid() || !firstSentAt.isValid())
        return true;
    return createdAt >= firstSentAt.addSecs(-slack.count());
}

template<typename T, typename Same>
std::optional<T> oldestMatch(const QList<T> &onServer, const QSet<qint64> &linked,
                             const QDateTime &firstSentAt, std::chrono::seconds slack, Same same)
{
    std::optional<T> best;
    for (const T &candidate : onServer) {
        if (linked.contains(candidate.id) || !same(candidate) ||
            !createdInTime(candidate.createdAt, firstSentAt, slack))
            continue;
        if (!best || candidate.id < best->id)
            best = candidate;
    }
    return best;
}

} // namespace

std::optional<Activity> UncertainCreateMatcher::match(const Activity &mine,
                                                      const QList<Activity> &onServer,
                                                      const QSet<qint64> &linkedServerIds,
                                                      const QDateTime &firstSentAt,
                                                      std::chrono::seconds slack)
{
    return oldestMatch(onServer, linkedServerIds, firstSentAt, slack, [&](const Activity &a) {
        const bool sameTime =
            a.seconds == mine.seconds || (mine.seconds == 0 && a.timerStartedAt.has_value());
        return a.date == mine.date && a.project.id == mine.project.id &&
               a.task.id == mine.task.id && a.description == mine.description &&
               a.tag == mine.tag && a.remoteId == mine.remoteId && sameTime;
    });
}

std::optional<Presence> UncertainCreateMatcher::match(const Presence &mine,
                                                      const QList<Presence> &onServer,
                                                      const QSet<qint64> &linkedServerIds,
                                                      const QDateTime &firstSentAt,
                                                      std::chrono::seconds slack)
{
    return oldestMatch(onServer, linkedServerIds, firstSentAt, slack, [&](const Presence &p) {
        return p.date == mine.date && p.from == mine.from && p.to == mine.to &&
               p.isHomeOffice == mine.isHomeOffice;
    });
}
