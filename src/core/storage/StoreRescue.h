// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// Carries what the user did and MOCO has not got yet out of a damaged
// database that was set aside, into the fresh one that replaces it: the
// outbox and the activity and presence rows its items refer to. The cache of
// server data is not worth the risk; the next sync reads it again.
//
// SQLite often still reads the intact pages of a damaged file, so most
// damage leaves the outbox readable. What cannot be read is lost, and the
// caller says so.
class StoreRescue
{
public:
    struct Outcome
    {
        int waiting = 0; // unsent changes found in the damaged file (-1: unreadable)
        int carried = 0; // of those, now in the fresh database
    };

    // fresh: the new, empty database at the latest schema. damagedPath: the
    // set-aside file. All or nothing: one transaction in fresh.
    static Outcome carryUnsentChanges(QSqlDatabase &fresh, const QString &damagedPath);
};
