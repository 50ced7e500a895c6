// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QtGlobal>

// A project/task pair: what a favourite or a recently used entry names.
struct ProjectTaskKey
{
    qint64 projectId = 0;
    qint64 taskId = 0;

    friend bool operator==(const ProjectTaskKey &, const ProjectTaskKey &) = default;
    friend size_t qHash(const ProjectTaskKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.projectId, key.taskId);
    }
};
