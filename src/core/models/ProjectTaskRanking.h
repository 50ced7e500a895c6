// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The one rule that orders project/task pairs in the picker (timer bar, quick add, editor, tray)
// for what the user typed. Groups, in this order:
//   1. Exact: every typed word is a whole word of the project (name or identifier) or of the
//      task, and at least one names the project and another one the task. "Dokumentation
//      Dokumentation" is exact for project Dokumentation / task Dokumentation, not for a
//      project that only has a task of that name.
//   2. Favourites (FavoriteProjects), 3. recently used, 4. the rest.
// Within a group: favourites before others (only the exact group mixes them), then the more
// recently used, then the caller's order (customer, project, task by name) — ties compare equal
// so a stable sort keeps it. Words compare as SearchText folds them (case, accents, ä = ae).
class ProjectTaskRanking
{
public:
    enum class Group { Exact, Favorite, Recent, Other };

    // What the rule looks at for one pair; build the word lists once per pair.
    struct Entry
    {
        QStringList projectWords; // SearchText::words() of the identifier and the project name
        QStringList taskWords;    // SearchText::words() of the task name
        bool favorite = false;
        int recentIndex = -1; // 0 = most recently used; -1 = not recent
    };

    explicit ProjectTaskRanking(const QString &typed = {});
    // Already folded and split (SearchText::needles), as the filter proxies hold them.
    explicit ProjectTaskRanking(const QStringList &needles);

    Group groupOf(const Entry &entry) const;
    // True when `a` comes before `b`; false both ways for a tie.
    bool before(const Entry &a, const Entry &b) const;

private:
    bool isExact(const Entry &entry) const;

    QStringList m_needles;
};
