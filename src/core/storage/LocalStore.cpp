// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LocalStore.h"

#include "core/storage/StoreSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

QString LocalStore::defaultPath(const QString &accountKey)
{
    QString safe = accountKey;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/accounts/") + safe + QStringLiteral(".sqlite");
}

void LocalStore::removeAccountData(const QString &accountKey)
{
    const QFileInfo database(defaultPath(accountKey));
    const QString own = database.fileName();
    const QString colleagues =
        QFileInfo(defaultPath(accountKey + QStringLiteral("/as/"))).completeBaseName();
    QDir dir = database.dir();
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (name.startsWith(own) || name.startsWith(colleagues))
            dir.remove(name);
    }
}

LocalStore::LocalStore(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_connectionName(QStringLiteral("mocotrack-store-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

LocalStore::~LocalStore()
{
    closeConnection();
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool LocalStore::open()
{
    if (m_open)
        return true;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QString error;
    if (openConnection(&error)) {
        m_open = true;
        return true;
    }
    if (m_busy) {
        // Another MocoTrack holds it: the file is fine, never set it aside.
        closeConnection();
        m_error = error;
        return false;
    }
    // Unreadable, not a database, or from a newer version: keep the file for
    // inspection and start over; the server has the data.
    return rebuild(error);
}

bool LocalStore::verifyIntegrity()
{
    if (!m_open)
        return false;
    QString result;
    {
        QSqlQuery query(database());
        if (query.exec(QStringLiteral("PRAGMA quick_check")) && query.next())
            result = query.value(0).toString();
        else
            result = query.lastError().text();
    }
    if (result == QLatin1String("ok"))
        return true;
    rebuild(result);
    return false;
}

bool LocalStore::rebuild(const QString &reason)
{
    closeConnection();
    QString error = reason;
    if (!setAside()) {
        m_error = error;
        return false;
    }
    m_notice = QCoreApplication::translate(
                   "LocalStore", "The local copy of your MOCO data was damaged and has been set "
                                 "aside as %1. MocoTrack is loading your data from MOCO again; "
                                 "changes that had not been sent yet could not be recovered.")
                   .arg(QFileInfo(m_setAsidePath).fileName());
    if (!openConnection(&error)) {
        closeConnection();
        m_error = error;
        return false;
    }
    m_open = true;
    return true;
}

bool LocalStore::openConnection(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // Reading the schema fails on a file that is not a database or whose
    // first pages are damaged. A full integrity check would read the whole
    // file and make start-up grow with the cache (bench_cold_start_cache);
    // damage further in surfaces as SQLITE_CORRUPT on the query that meets it.
    const bool checked =
        query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"));
    // SQLITE_BUSY (5) / SQLITE_LOCKED (6): in use, not damaged.
    const QString code = query.lastError().nativeErrorCode();
    m_busy = !checked && (code == QLatin1String("5") || code == QLatin1String("6"));
    if (!checked || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    // WAL: readers never block the writer, and a commit is one append.
    // synchronous=NORMAL in WAL mode still never corrupts; a power cut may
    // lose the last commit, a crashed process loses nothing.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !query.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        *error = query.lastError().text();
        return false;
    }
    query.finish();
    return StoreSchema::migrate(db, error);
}

void LocalStore::closeConnection()
{
    m_open = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool LocalStore::setAside()
{
    if (!QFile::exists(m_filePath))
        return true;
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    m_setAsidePath = m_filePath + QStringLiteral(".damaged-") + stamp;
    if (!QFile::rename(m_filePath, m_setAsidePath))
        return false;
    // The journal files belong to the damaged file: keep them beside it.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_filePath + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, m_setAsidePath + QLatin1String(suffix));
    }
    return true;
}
