// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class FakeDatabase;
struct ProjectRecord;

// The two project shapes: the reduced one of GET /projects/assigned and the
// full one of GET /projects/{id} (moco-api.md §5).
class ProjectJson
{
public:
    static QJsonObject assigned(const ProjectRecord &project, qint64 userId,
                                const FakeDatabase &database);
    static QJsonObject full(const ProjectRecord &project, const FakeDatabase &database);
};
