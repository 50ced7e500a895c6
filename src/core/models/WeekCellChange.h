// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"
#include "core/domain/ActivityDraft.h"

#include <QDate>
#include <QMetaType>
#include <QString>

// What editing one week-grid cell asks the data layer to do, decided by
// WeekGridModel::planCellEdit(); LocalChanges applies it:
//   Update → updateActivity(localId, edited)
//   Create → createActivity(draft)
//   Delete → deleteActivity(localId)
// Refused: nothing to apply; refusal says why (translated).
struct WeekCellChange
{
    enum class Kind { None, Update, Create, Delete, Refused };

    Kind kind = Kind::None;
    QDate date;
    qint64 oldTotal = 0; // seconds in the cell before, and as typed
    qint64 newTotal = 0;
    qint64 localId = 0;  // Update, Delete
    Activity edited;     // Update
    ActivityDraft draft; // Create
    QString refusal;     // Refused
};

Q_DECLARE_METATYPE(WeekCellChange)
