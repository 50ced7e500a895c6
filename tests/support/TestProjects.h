// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Project.h"

// Projects and tasks as MOCO sends them, for tests that fill a ProjectsModel
// or a ProjectCache by hand: active and billable unless a test changes that.
namespace TestProjects {

Task task(qint64 id, const QString &name, bool billable = true);
Project project(qint64 id, const QString &identifier, const QString &name, qint64 customerId,
                const QString &customer, QList<Task> tasks);

} // namespace TestProjects
