// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/StoreSchema.h"
#include "support/FakeClock.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// Opening the per-account database: schema, WAL, and a damaged file that
// must never crash the app nor be deleted.
class TestLocalStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultPathIsPerAccountUnderAppData();
    void freshDatabaseHasLatestSchemaAndWal();
    void dataSurvivesReopening();
    void damagedFileIsSetAsideAndRebuilt_data();
    void damagedFileIsSetAsideAndRebuilt();
    void damageDeepInsideIsFoundByTheIntegrityCheck();
    void unsentChangesAreCarriedOutOfADamagedFile();
    void newerSchemaIsRefusedAndKeptAsItIs();
    void fileThatCannotBeOpenedIsNotSetAside();
    void storeSyncsEveryCommit();

private:
    static Activity sample();
};

Activity TestLocalStore::sample()
{
    Activity activity;
    activity.id = 42;
    activity.date = QDate(2026, 11, 20);
    activity.seconds = 3600;
    activity.description = QStringLiteral("Überprüfung 🚀");
    activity.project.id = 1;
    activity.task.id = 2;
    return activity;
}

void TestLocalStore::defaultPathIsPerAccountUnderAppData()
{
    const QString a = LocalStore::defaultPath(QStringLiteral("acme/4294968001"));
    const QString b = LocalStore::defaultPath(QStringLiteral("other/4294968001"));
    QVERIFY(a != b);
    QVERIFY(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(!QFileInfo(a).fileName().contains(QLatin1Char('/')));
}

void TestLocalStore::freshDatabaseHasLatestSchemaAndWal()
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("sub/a.sqlite")));
    QVERIFY(store.open());
    QVERIFY(store.notice().isEmpty());
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), StoreSchema::latestVersion());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
}

void TestLocalStore::dataSurvivesReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        LocalStore store(path);
        QVERIFY(store.open());
        QVERIFY(ActivityCache(&store).insertLocal(sample()) > 0);
    }
    LocalStore store(path);
    QVERIFY(store.open());
    QVERIFY(store.notice().isEmpty());
    const QList<LocalActivity> rows =
        ActivityCache(&store).between(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().activity.description, sample().description);
    QCOMPARE(rows.first().activity.id, 42);
}

void TestLocalStore::damagedFileIsSetAsideAndRebuilt_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("garbage") << QByteArray("this is not a database\n").repeated(500);
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\0", 19);
}

void TestLocalStore::damagedFileIsSetAsideAndRebuilt()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    LocalStore store(path);
    QVERIFY(store.open());
    QVERIFY(!store.notice().isEmpty());
    QVERIFY(QFile::exists(store.setAsidePath())); // kept, not deleted
    QVERIFY(store.setAsidePath() != path);
    // Usable at once.
    QVERIFY(ActivityCache(&store).insertLocal(sample()) > 0);
    QCOMPARE(ActivityCache(&store).count(), 1);
}

void TestLocalStore::damageDeepInsideIsFoundByTheIntegrityCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        LocalStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.verifyIntegrity()); // a healthy file passes
        ActivityCache cache(&store);
        QVERIFY(store.database().transaction());
        Activity activity = sample();
        for (int i = 0; i < 2000; ++i) {
            activity.id = 1000 + i;
            QVERIFY(cache.insertLocal(activity) > 0);
        }
        QVERIFY(store.database().commit());
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 20 * 4096);
        file.seek(file.size() / 2 / 4096 * 4096);
        file.write(QByteArray(3 * 4096, '\x5a'));
    }
    LocalStore store(path);
    QVERIFY(store.open()); // fast open: the schema pages are intact
    QVERIFY(store.notice().isEmpty());
    QVERIFY(!store.verifyIntegrity());
    QVERIFY(!store.notice().isEmpty());
    QVERIFY(QFile::exists(store.setAsidePath()));
    QVERIFY(store.isOpen());
    QCOMPARE(ActivityCache(&store).count(), 0);
    QVERIFY(ActivityCache(&store).insertLocal(sample()) > 0);
}

void TestLocalStore::unsentChangesAreCarriedOutOfADamagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    FakeClock clock;
    {
        LocalStore store(path);
        QVERIFY(store.open());
        LocalChanges changes(&store, &clock);
        ActivityDraft draft;
        draft.date = QDate(2026, 11, 26);
        draft.projectId = 1;
        draft.taskId = 2;
        draft.seconds = 2700;
        draft.description = QStringLiteral("Offline work");
        QVERIFY(changes.createActivity(draft) > 0);
        // Cached server data written later fills the pages at the end of
        // the file; the damage goes there.
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x TEXT)")));
        QVERIFY(store.database().transaction());
        for (int i = 0; i < 400; ++i)
            QVERIFY(query.exec(QStringLiteral("INSERT INTO filler VALUES (hex(randomblob(400)))")));
        QVERIFY(store.database().commit());
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 8 * 4096);
        file.write(QByteArray(4 * 4096, '\x5a'));
    }
    LocalStore store(path);
    QVERIFY(store.open());
    QVERIFY(!store.verifyIntegrity());
    QVERIFY(QFile::exists(store.setAsidePath()));
    QVERIFY2(store.notice().contains(QLatin1String("kept")), qPrintable(store.notice()));
    // The change the user made is still waiting, with what it shows.
    const QList<OutboxItem> waiting = Outbox(&store).items();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().kind, OutboxItem::Kind::CreateActivity);
    const QList<LocalActivity> rows =
        ActivityCache(&store).between(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().activity.description, QStringLiteral("Offline work"));
    QCOMPARE(rows.first().localId, waiting.first().localId);
}

void TestLocalStore::newerSchemaIsRefusedAndKeptAsItIs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        LocalStore store(path);
        QVERIFY(store.open());
        QVERIFY(ActivityCache(&store).insertLocal(sample()) > 0);
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    LocalStore store(path);
    QVERIFY(!store.open());
    QCOMPARE(store.failure(), LocalStore::Failure::NewerVersion);
    QVERIFY2(store.error().contains(QLatin1String("newer MocoTrack")), qPrintable(store.error()));
    QVERIFY(store.setAsidePath().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("a.sqlite.damaged*")}, QDir::Files),
             QStringList());
    // Untouched: the newer version finds its data again.
    LocalStore again(path);
    QVERIFY(!again.open());
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    {
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 999);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM activities")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    raw.close();
    raw = {};
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestLocalStore::fileThatCannotBeOpenedIsNotSetAside()
{
    if (geteuid() == 0)
        QSKIP("root reads every file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        LocalStore store(path);
        QVERIFY(store.open());
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    LocalStore store(path);
    QVERIFY(!store.open());
    QCOMPARE(store.failure(), LocalStore::Failure::Unavailable);
    QVERIFY(store.setAsidePath().isEmpty());
    QVERIFY(QFile::exists(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestLocalStore::storeSyncsEveryCommit()
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(store.open());
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL: a power cut keeps the "sending" mark
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
