// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// The versioned schema of LocalStore. The version lives in PRAGMA
// user_version; every migration moves it forward by one, inside one
// transaction, so a crash mid-migration leaves the previous version intact.
class StoreSchema
{
public:
    static int latestVersion();
    enum class Result {
        Migrated,     // at latestVersion() now
        NewerVersion, // written by a newer MocoTrack: left untouched
        Failed,       // a step failed (error); the previous version is intact
    };
    // Brings db to latestVersion().
    static Result migrate(QSqlDatabase &db, QString *error);
};
