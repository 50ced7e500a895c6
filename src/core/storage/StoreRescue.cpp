// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StoreRescue.h"

#include "core/storage/StoreTransaction.h"

#include <QSqlQuery>
#include <QStringList>

namespace {

const QString schemaName = QStringLiteral("damaged");

QStringList columns(QSqlDatabase &db, const QString &schema, const QString &table)
{
    QStringList names;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table)))
        return names;
    while (query.next())
        names.append(query.value(1).toString());
    return names;
}

// The columns both versions of the table have: the damaged file may be of
// an older schema (it failed before its migration ran).
QString sharedColumns(QSqlDatabase &db, const QString &table)
{
    const QStringList fresh = columns(db, QStringLiteral("main"), table);
    QStringList shared;
    for (const QString &name : columns(db, schemaName, table))
        if (fresh.contains(name))
            shared.append(name);
    return shared.join(QLatin1String(", "));
}

bool copyRowsOf(QSqlDatabase &db, const QString &table, const QString &entity)
{
    const QString cols = sharedColumns(db, table);
    if (cols.isEmpty())
        return false;
    QSqlQuery query(db);
    return query.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM %3.%1 WHERE "
                                     "local_id IN (SELECT local_id FROM %3.outbox "
                                     "WHERE entity = '%4')")
                          .arg(table, cols, schemaName, entity));
}

} // namespace

StoreRescue::Outcome StoreRescue::carryUnsentChanges(QSqlDatabase &fresh,
                                                     const QString &damagedPath)
{
    Outcome outcome;
    QSqlQuery query(fresh);
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(schemaName));
    query.addBindValue(damagedPath);
    if (!query.exec()) {
        outcome.waiting = -1;
        return outcome;
    }
    const QString cols = sharedColumns(fresh, QStringLiteral("outbox"));
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1.outbox").arg(schemaName)) &&
        query.next())
        outcome.waiting = query.value(0).toInt();
    else
        outcome.waiting = -1;
    query.finish();

    if (outcome.waiting > 0 && !cols.isEmpty()) {
        StoreTransaction transaction(fresh);
        QSqlQuery copy(fresh);
        const bool copied =
            copyRowsOf(fresh, QStringLiteral("activities"), QStringLiteral("activity")) &&
            copyRowsOf(fresh, QStringLiteral("presences"), QStringLiteral("presence")) &&
            copy.exec(QStringLiteral("INSERT INTO main.outbox (%1) SELECT %1 FROM %2.outbox")
                          .arg(cols, schemaName)) &&
            transaction.commit();
        if (copied)
            outcome.carried = outcome.waiting;
    }
    query.exec(QStringLiteral("DETACH DATABASE %1").arg(schemaName));
    return outcome;
}
