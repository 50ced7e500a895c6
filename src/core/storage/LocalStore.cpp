// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LocalStore.h"

#include "core/storage/StoreRescue.h"
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

QList<qint64> LocalStore::colleagueStoreIds(const QString &accountKey)
{
    const QFileInfo prefix(defaultPath(accountKey + QStringLiteral("/as/")));
    const QString base = prefix.completeBaseName();
    const QRegularExpression name(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(base) + QStringLiteral("([0-9]+)\\.sqlite")));
    QList<qint64> ids;
    const QStringList names = prefix.dir().entryList(QDir::Files);
    for (const QString &file : names) {
        const QRegularExpressionMatch match = name.match(file);
        if (match.hasMatch())
            ids.append(match.captured(1).toLongLong());
    }
    return ids;
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
    m_failure = Failure::None;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QString error;
    const Opened opened = openConnection(&error);
    if (opened == Opened::Ok) {
        m_open = true;
        return true;
    }
    closeConnection();
    switch (opened) {
    case Opened::Damaged:
        // Provably damaged (not a database, or SQLite says corrupt): keep
        // the file for inspection, start a fresh one and carry the unsent
        // changes over.
        return rebuild(error);
    case Opened::InUse:
        m_failure = Failure::InUse;
        m_error = error;
        return false;
    case Opened::NewerVersion:
        // After a downgrade: the file is fine and its outbox may hold work
        // that only the newer version can read. Never touch it.
        m_failure = Failure::NewerVersion;
        m_error = QCoreApplication::translate(
            "LocalStore", "This data was written by a newer MocoTrack; install it again or "
                          "sign out to start fresh.");
        return false;
    case Opened::Ok:
    case Opened::Unavailable:
        break;
    }
    // Permissions, a full disk, an I/O error: nothing says the file is bad.
    m_failure = Failure::Unavailable;
    m_error = error;
    return false;
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
        m_failure = Failure::Unavailable;
        m_error = error;
        return false;
    }
    if (openConnection(&error) != Opened::Ok) {
        closeConnection();
        m_failure = Failure::Unavailable;
        m_error = error;
        return false;
    }
    m_open = true;
    QSqlDatabase db = database();
    const StoreRescue::Outcome rescued = StoreRescue::carryUnsentChanges(db, m_setAsidePath);
    const QString file = QFileInfo(m_setAsidePath).fileName();
    if (rescued.waiting == 0 || (rescued.waiting > 0 && rescued.carried == rescued.waiting))
        m_notice = QCoreApplication::translate(
                       "LocalStore",
                       "The local copy of your MOCO data was damaged and has been "
                       "set aside as %1. MocoTrack is loading your data from MOCO "
                       "again; %n change(s) not sent yet were kept and will be sent.",
                       nullptr, rescued.carried)
                       .arg(file);
    else
        m_notice = QCoreApplication::translate(
                       "LocalStore", "The local copy of your MOCO data was damaged and has been "
                                     "set aside as %1. MocoTrack is loading your data from MOCO "
                                     "again; changes that had not been sent yet could not be "
                                     "read from it.")
                       .arg(file);
    return true;
}

LocalStore::Opened LocalStore::openConnection(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        *error = db.lastError().text();
        return classify(db.lastError().nativeErrorCode());
    }
    QSqlQuery query(db);
    // Reading the schema fails on a file that is not a database or whose
    // first pages are damaged. A full integrity check would read the whole
    // file and make start-up grow with the cache (bench_cold_start_cache);
    // damage further in surfaces as SQLITE_CORRUPT on the query that meets it.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")) ||
        !query.next()) {
        *error = query.lastError().text();
        return classify(query.lastError().nativeErrorCode());
    }
    // WAL: readers never block the writer, and a commit is one append.
    // synchronous=FULL syncs the log on every commit: after a power cut the
    // "sending" mark of an item is still there, so its create is looked for
    // in MOCO before it is sent again (NORMAL could forget the last commit).
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !query.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        *error = query.lastError().text();
        return classify(query.lastError().nativeErrorCode());
    }
    query.finish();
    switch (StoreSchema::migrate(db, error)) {
    case StoreSchema::Result::Migrated:
        return Opened::Ok;
    case StoreSchema::Result::NewerVersion:
        return Opened::NewerVersion;
    case StoreSchema::Result::Failed:
        break;
    }
    return classify(db.lastError().nativeErrorCode());
}

LocalStore::Opened LocalStore::classify(const QString &sqliteCode)
{
    // Primary result codes (the low byte of extended ones).
    const int primary = sqliteCode.toInt() & 0xff;
    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Opened::InUse;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Opened::Damaged;
    default:
        return Opened::Unavailable;
    }
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
