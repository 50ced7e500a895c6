// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

// The SQLite database of one account: the cache of server data and the
// outbox of changes not yet delivered. Opening it never fails for a damaged
// file: that file is set aside (renamed, never deleted), a fresh database is
// created in its place, the unsent changes are carried over as far as they
// can be read, and notice() tells the user why the cache is empty. Any other
// failure (in use, from a newer MocoTrack, no permission, disk full) leaves
// the file as it is.
class LocalStore : public QObject
{
    Q_OBJECT
public:
    // <AppDataLocation>/accounts/<accountKey>.sqlite; accountKey is made file-name safe.
    static QString defaultPath(const QString &accountKey);
    // Removes every file of that account under defaultPath(): its database
    // with SQLite's side files and lock files, damaged copies set aside, and
    // the stores kept under "<accountKey>/as/…" beside it. Only for a store
    // that is not open.
    static void removeAccountData(const QString &accountKey);
    // The colleagues whose stores are kept under "<accountKey>/as/<id>".
    static QList<qint64> colleagueStoreIds(const QString &accountKey);

    enum class Failure {
        None,
        InUse,        // another process holds it locked
        NewerVersion, // written by a newer MocoTrack (after a downgrade)
        Unavailable,  // cannot be opened or created at all
    };

    explicit LocalStore(QString filePath, QObject *parent = nullptr);
    ~LocalStore() override;
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    // Opens (creating or migrating as needed). False with failure() and a
    // translated error() when the file cannot be used as it is and must not
    // be replaced.
    bool open();
    bool isOpen() const { return m_open; }
    QSqlDatabase database() const;
    QString filePath() const { return m_filePath; }
    QString error() const { return m_error; }
    Failure failure() const { return m_failure; }

    // The full check open() skips to keep start-up fast: run it once the
    // first data is on screen. A damaged database is set aside and replaced
    // by a fresh one (notice() says so): then false, and views re-read.
    bool verifyIntegrity();

    // Non-empty after open() or verifyIntegrity() had to set a damaged
    // database aside.
    QString notice() const { return m_notice; }
    QString setAsidePath() const { return m_setAsidePath; }

private:
    enum class Opened {
        Ok,
        InUse,
        NewerVersion,
        Damaged,
        Unavailable,
    };
    Opened openConnection(QString *error);
    static Opened classify(const QString &sqliteCode);
    void closeConnection();
    bool setAside();
    bool rebuild(const QString &reason);

    QString m_filePath;
    QString m_connectionName;
    QString m_error;
    QString m_notice;
    QString m_setAsidePath;
    Failure m_failure = Failure::None;
    bool m_open = false;
};
