// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalStore.h"
#include "core/storage/StoreSchema.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    QTest::addColumn<bool>("newerSchema");
    QTest::newRow("garbage") << QByteArray("this is not a database\n").repeated(500) << false;
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\0", 19) << false;
    QTest::newRow("from a newer version") << QByteArray() << true;
}

void TestLocalStore::damagedFileIsSetAsideAndRebuilt()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, newerSchema);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    if (newerSchema) {
        LocalStore store(path);
        QVERIFY(store.open());
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    } else {
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

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
