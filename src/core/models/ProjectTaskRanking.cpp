// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ProjectTaskRanking.h"

#include "core/models/SearchText.h"

#include <limits>
#include <tuple>

ProjectTaskRanking::ProjectTaskRanking(const QString &typed)
    : m_needles(SearchText::needles(typed))
{}

ProjectTaskRanking::ProjectTaskRanking(const QStringList &needles)
    : m_needles(needles)
{}

bool ProjectTaskRanking::isExact(const Entry &entry) const
{
    // Two different typed words must carry the project and the task: one word equal to both
    // names ("Design" for project Design / task Design) names only one of them.
    qsizetype projectHit = -1;
    qsizetype taskHit = -1;
    bool projectAndTask = false;
    for (qsizetype i = 0; i < m_needles.size(); ++i) {
        const bool inProject = entry.projectWords.contains(m_needles.at(i));
        const bool inTask = entry.taskWords.contains(m_needles.at(i));
        if (!inProject && !inTask)
            return false;
        if (inProject && taskHit >= 0 && taskHit != i)
            projectAndTask = true;
        if (inTask && projectHit >= 0 && projectHit != i)
            projectAndTask = true;
        if (inProject && projectHit < 0)
            projectHit = i;
        if (inTask && taskHit < 0)
            taskHit = i;
    }
    return projectAndTask;
}

ProjectTaskRanking::Group ProjectTaskRanking::groupOf(const Entry &entry) const
{
    if (m_needles.size() >= 2 && isExact(entry))
        return Group::Exact;
    if (entry.favorite)
        return Group::Favorite;
    if (entry.recentIndex >= 0)
        return Group::Recent;
    return Group::Other;
}

bool ProjectTaskRanking::before(const Entry &a, const Entry &b) const
{
    const auto key = [this](const Entry &entry) {
        return std::make_tuple(static_cast<int>(groupOf(entry)), entry.favorite ? 0 : 1,
                               entry.recentIndex >= 0 ? entry.recentIndex
                                                      : std::numeric_limits<int>::max());
    };
    return key(a) < key(b);
}
