// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// The custom data roles of the models in core/models, in one place so views,
// delegates and tests agree on their numbers and value types.
namespace ItemDataRole {

enum Role : int {
    ActivityId = Qt::UserRole + 1, // qint64
    Seconds,                       // qint64: the duration, live while a timer runs
    IsRunning,                     // bool: a timer runs on this activity
    TimerStartedAt,                // QDateTime (UTC); invalid when not running
    IsBilled,                      // bool: billed activities are read-only in MOCO
    CustomerName,                  // QString; empty when the activity has none

    // ProjectsModel (customer → project → task)
    NodeKind,          // int: ProjectsModel::Kind
    ProjectId,         // qint64; 0 on a customer row
    TaskId,            // qint64; 0 on customer and project rows
    CustomerId,        // qint64
    ProjectIdentifier, // QString, e.g. "P-1042"; "" when none
    IsBillable,        // bool: task (or project) billable: the editor's default
    IsFavorite,        // bool: a starred project/task pair (or a parent of one)
    RecentIndex, // int: 0 for the most recently used pair, 1 for the next …; -1 if not recent
    ProjectName, // QString: the project's name without its identifier (project, task rows)

    // ActivitiesModel
    LocalId,        // qint64: LocalActivity::localId, the stable key for edits
    ActivityDate,   // QDate
    IsPending,      // bool: local changes wait in the outbox
    NeedsAttention, // bool: MOCO refused a change, or it conflicts
    ErrorMessage,   // QString: MOCO's message for a refused change
    SortKey,        // typed per column (QDate, QString, qint64, bool), for generic proxies

    // WeekGridModel
    CellDate, // QDate of a day column; invalid for the total column

    // PresencesModel (LocalId, Seconds, IsPending and NeedsAttention too)
    IsOpen, // bool: clocked in, no end yet
};

} // namespace ItemDataRole
