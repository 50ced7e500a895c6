// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/StoreSchema.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Users update MocoTrack with changes still in their outbox: a database of
// an older schema must open with everything in it, and gain what the new
// version stores (a refusal's per-field messages).
class TestStoreSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void versionOneDatabaseMigratesWithItsOutbox();
    void fieldErrorsAreKeptWithTheRefusedItem();
    void fixingARefusedItemClearsItsFieldErrors();

private:
    static Activity sample();
};

Activity TestStoreSchema::sample()
{
    Activity activity;
    activity.date = QDate(2026, 11, 20);
    activity.seconds = 5400;
    activity.description = QStringLiteral("Wireframes Angebot");
    activity.project.id = 1;
    activity.project.name = QStringLiteral("App für den Außendienst");
    activity.task.id = 2;
    activity.task.name = QStringLiteral("Design & UX");
    return activity;
}

void TestStoreSchema::versionOneDatabaseMigratesWithItsOutbox()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        // The schema as MocoTrack released it at version 1, with one
        // activity created offline and its waiting create.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        const QStringList statements = {
            QStringLiteral("CREATE TABLE projects (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE custom_field_definitions (id INTEGER PRIMARY KEY, "
                           "entity TEXT NOT NULL, json TEXT NOT NULL)"),
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
            QStringLiteral("INSERT INTO outbox (kind, entity, local_id, payload, state, "
                           "error_message, created_at) VALUES ('create_activity', 'activity', 1, "
                           "'{}', 'failed', 'Projekt ist archiviert', '2026-11-20T08:00:00Z')"),
            QStringLiteral("PRAGMA user_version = 1"),
        };
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        Activity offline = sample();
        offline.description = QStringLiteral("offline");
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO activities (local_id, date, json) "
                                             "VALUES (1, '2026-11-20', ?)")));
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(offline.toJson()).toJson(QJsonDocument::Compact)));
        QVERIFY(query.exec());
        query.clear();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version1"));

    LocalStore store(path);
    QVERIFY(store.open());
    QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice())); // migrated, not set aside
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), StoreSchema::latestVersion());
    QVERIFY(StoreSchema::latestVersion() >= 2);

    const QList<OutboxItem> items = Outbox(&store).items();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().state, OutboxItem::State::Failed);
    QCOMPARE(items.first().errorMessage, QStringLiteral("Projekt ist archiviert"));
    QVERIFY(items.first().fieldErrors.isEmpty());
    const std::optional<LocalActivity> row = ActivityCache(&store).find(1);
    QVERIFY(row && row->needsAttention);
    QCOMPARE(row->activity.description, QStringLiteral("offline"));
    QCOMPARE(row->errorMessage, QStringLiteral("Projekt ist archiviert"));

    // The new column works on the migrated file.
    QVERIFY(Outbox(&store).setFailed(items.first().seq, QStringLiteral("x"),
                                     {{QStringLiteral("date"), {QStringLiteral("ungültig")}}}));
    QCOMPARE(ActivityCache(&store).find(1)->fieldErrors.value(QStringLiteral("date")),
             QStringList{QStringLiteral("ungültig")});
}

void TestStoreSchema::fieldErrorsAreKeptWithTheRefusedItem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    const QMap<QString, QStringList> errors = {
        {QStringLiteral("description"), {QStringLiteral("ist zu lang")}},
        {QStringLiteral("task_id"), {QStringLiteral("ist nicht gültig"), QStringLiteral("fehlt")}},
        {QStringLiteral("base"), {QStringLiteral("Projekt ist archiviert")}},
    };
    qint64 localId = 0;
    {
        LocalStore store(path);
        QVERIFY(store.open());
        localId = ActivityCache(&store).insertLocal(sample());
        OutboxItem item;
        item.localId = localId;
        item.createdAt = QDateTime::currentDateTimeUtc();
        const qint64 seq = Outbox(&store).add(item);
        QVERIFY(seq > 0);
        QVERIFY(Outbox(&store).setFailed(seq, QStringLiteral("raw"), errors));
    }
    // Still there after a restart.
    LocalStore store(path);
    QVERIFY(store.open());
    const std::optional<LocalActivity> row = ActivityCache(&store).find(localId);
    QVERIFY(row && row->needsAttention);
    QCOMPARE(row->fieldErrors, errors);
    // For people: field names, not keys; the record-level message as it is.
    QVERIFY2(row->errorMessage.contains(QStringLiteral("Description: ist zu lang")),
             qPrintable(row->errorMessage));
    QVERIFY2(row->errorMessage.contains(QStringLiteral("Task: ist nicht gültig, fehlt")),
             qPrintable(row->errorMessage));
    QVERIFY(row->errorMessage.contains(QStringLiteral("Projekt ist archiviert")));
    QVERIFY(!row->errorMessage.contains(QStringLiteral("task_id")));
    QVERIFY(!row->errorMessage.contains(QStringLiteral("base")));
    const QList<LocalActivity> listed =
        ActivityCache(&store).between(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().fieldErrors, errors);
    QCOMPARE(Outbox(&store).items().first().fieldErrors, errors);
}

void TestStoreSchema::fixingARefusedItemClearsItsFieldErrors()
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(store.open());
    const qint64 localId = ActivityCache(&store).insertLocal(sample());
    OutboxItem item;
    item.localId = localId;
    item.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 seq = Outbox(&store).add(item);
    QVERIFY(
        Outbox(&store).setFailed(seq, QStringLiteral("raw"),
                                 {{QStringLiteral("description"), {QStringLiteral("zu lang")}}}));
    QVERIFY(Outbox(&store).setState(seq, OutboxItem::State::Pending));
    const std::optional<LocalActivity> row = ActivityCache(&store).find(localId);
    QVERIFY(!row->needsAttention);
    QVERIFY(row->fieldErrors.isEmpty());
    QVERIFY(row->errorMessage.isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_storeschema.moc"
