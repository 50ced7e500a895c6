// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StoreSchema.h"

#include "core/storage/StoreTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Append only: a released step is never edited, a change is a new step.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: the first schema
        {
            QStringLiteral("CREATE TABLE projects (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE custom_field_definitions (id INTEGER PRIMARY KEY, "
                           "entity TEXT NOT NULL, json TEXT NOT NULL)"),
            // local_id is what the UI holds; server_id arrives with the create.
            // json = what the user sees (local edits applied); server_json =
            // the last version the server sent (the "theirs" of a conflict).
            QStringLiteral("CREATE TABLE activities (local_id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "server_id INTEGER UNIQUE, date TEXT NOT NULL, json TEXT NOT NULL, "
                           "server_json TEXT, deleted INTEGER NOT NULL DEFAULT 0, "
                           "server_deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX activities_date ON activities(date)"),
            QStringLiteral("CREATE TABLE presences (local_id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "server_id INTEGER UNIQUE, date TEXT NOT NULL, json TEXT NOT NULL, "
                           "deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX presences_date ON presences(date)"),
            QStringLiteral("CREATE TABLE sync_cursors (resource TEXT PRIMARY KEY, "
                           "updated_after TEXT, last_full_read TEXT)"),
            QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "kind TEXT NOT NULL, entity TEXT NOT NULL, local_id INTEGER NOT NULL, "
                           "payload TEXT NOT NULL, base_updated_at TEXT, "
                           "state TEXT NOT NULL DEFAULT 'pending', first_sent_at TEXT, "
                           "attempts INTEGER NOT NULL DEFAULT 0, error_message TEXT, "
                           "created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_entity ON outbox(entity, local_id)"),
        },
        // 2: a refused item keeps the server's per-field messages (JSON
        // object: field key → list of messages), so the editor can show them
        // under the field they concern.
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN field_errors TEXT"),
        },
        // 3: when the latest attempt left: a create in doubt is re-read over
        // a settle period counted from it, also after a restart.
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN last_sent_at TEXT"),
        },
        // 4: customers with their custom field values (GET /companies/{id}),
        // and whether the user may read an entity's field definitions.
        {
            QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE custom_field_access (entity TEXT PRIMARY KEY, "
                           "readable INTEGER NOT NULL)"),
        },
    };
    return steps;
}

int userVersion(QSqlDatabase &db, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    return *ok ? query.value(0).toInt() : 0;
}

} // namespace

int StoreSchema::latestVersion()
{
    return static_cast<int>(migrations().size());
}

StoreSchema::Result StoreSchema::migrate(QSqlDatabase &db, QString *error)
{
    bool ok = false;
    int version = userVersion(db, &ok);
    if (!ok) {
        *error = db.lastError().text();
        return Result::Failed;
    }
    if (version > latestVersion()) {
        *error = QStringLiteral("schema version %1 is newer than this MocoTrack (%2)")
                     .arg(version)
                     .arg(latestVersion());
        return Result::NewerVersion;
    }
    while (version < latestVersion()) {
        StoreTransaction transaction(db);
        QSqlQuery query(db);
        for (const QString &statement : migrations().at(version)) {
            if (!query.exec(statement)) {
                *error = query.lastError().text();
                return Result::Failed;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) ||
            !transaction.commit()) {
            *error = db.lastError().text();
            return Result::Failed;
        }
        ++version;
    }
    return Result::Migrated;
}
