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
};

} // namespace ItemDataRole
