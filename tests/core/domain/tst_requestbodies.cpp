// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFixture.h"

#include "core/domain/Activity.h"
#include "core/domain/ActivityChanges.h"
#include "core/domain/ActivityDraft.h"
#include "core/domain/PresenceChanges.h"
#include "core/domain/PresenceDraft.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

Activity specActivity()
{
    QString error;
    const auto activity =
        Activity::fromJson(JsonFixture::load(QStringLiteral("activity_spec.json")), &error);
    if (!activity)
        qWarning("%s", qPrintable(error));
    return activity.value_or(Activity());
}

} // namespace

// The bodies the client sends: POST/PUT activities, POST/PUT presences.
class TestRequestBodies : public QObject
{
    Q_OBJECT

private slots:
    void activityDraftFields();
    void activityDraftBillableOnlyWhenSet();
    void activityDraftFromActivity();
    void activityDraftValidity_data();
    void activityDraftValidity();
    void activityChangesOnlySetFields();
    void activityChangesStopTimer();
    void activityChangesBetween();
    void presenceDraftOpenOmitsTo();
    void presenceDraftClosed();
    void presenceDraftValidity_data();
    void presenceDraftValidity();
    void presenceChanges();
};

void TestRequestBodies::activityDraftFields()
{
    ActivityDraft draft;
    draft.date = QDate(2022, 4, 17);
    draft.projectId = 9007199254740993LL;
    draft.taskId = 12540219;
    draft.seconds = 5400;
    draft.description = QStringLiteral("Straßenbahn-Fahrplan 🚋");
    draft.tag = QStringLiteral("dev");
    draft.remoteService = QStringLiteral("jira");
    draft.remoteId = QStringLiteral("JIRA-1");
    draft.remoteUrl = QStringLiteral("https://jira.example.org/JIRA-1");
    const QJsonObject body = draft.toJson();
    QCOMPARE(sortedKeys(body),
             (QStringList{"date", "description", "project_id", "remote_id", "remote_service",
                          "remote_url", "seconds", "tag", "task_id"}));
    QVERIFY(!body.contains(QStringLiteral("hours")));
    QCOMPARE(body.value(QStringLiteral("date")).toString(), QStringLiteral("2022-04-17"));
    QCOMPARE(body.value(QStringLiteral("seconds")).toInteger(), 5400);
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains("\"project_id\":9007199254740993"), text.constData());
    QVERIFY(text.contains("Straßenbahn-Fahrplan 🚋"));
}

void TestRequestBodies::activityDraftBillableOnlyWhenSet()
{
    ActivityDraft draft;
    QVERIFY(!draft.toJson().contains(QStringLiteral("billable")));
    draft.billable = false;
    QCOMPARE(draft.toJson().value(QStringLiteral("billable")), QJsonValue(false));
}

void TestRequestBodies::activityDraftFromActivity()
{
    const Activity activity = specActivity();
    const ActivityDraft draft = ActivityDraft::fromActivity(activity);
    QCOMPARE(draft.projectId, activity.project.id);
    QCOMPARE(draft.taskId, activity.task.id);
    QCOMPARE(draft.seconds, 12600);
    QCOMPARE(draft.description, activity.description);
    QCOMPARE(draft.billable, std::optional<bool>(true));
    QVERIFY(draft.isValid());
}

void TestRequestBodies::activityDraftValidity_data()
{
    QTest::addColumn<int>("broken"); // which field to break
    QTest::addColumn<bool>("valid");
    QTest::newRow("complete") << 0 << true;
    QTest::newRow("no date") << 1 << false;
    QTest::newRow("no project") << 2 << false;
    QTest::newRow("no task") << 3 << false;
    QTest::newRow("negative seconds") << 4 << false;
    QTest::newRow("zero seconds starts a timer") << 5 << true;
}

void TestRequestBodies::activityDraftValidity()
{
    QFETCH(int, broken);
    QFETCH(bool, valid);
    ActivityDraft draft{QDate(2022, 4, 17), 1, 2, 60, {}, {}, {}, {}, {}, {}};
    switch (broken) {
    case 1:
        draft.date = QDate();
        break;
    case 2:
        draft.projectId = 0;
        break;
    case 3:
        draft.taskId = 0;
        break;
    case 4:
        draft.seconds = -1;
        break;
    case 5:
        draft.seconds = 0;
        break;
    default:
        break;
    }
    QCOMPARE(draft.isValid(), valid);
}

void TestRequestBodies::activityChangesOnlySetFields()
{
    ActivityChanges changes;
    QVERIFY(changes.isEmpty());
    QVERIFY(changes.toJson().isEmpty());
    changes.description = QString(); // clearing is a change
    changes.seconds = 7200;
    QVERIFY(!changes.isEmpty());
    const QJsonObject body = changes.toJson();
    QCOMPARE(sortedKeys(body), (QStringList{"description", "seconds"}));
    QCOMPARE(body.value(QStringLiteral("description")), QJsonValue(QString()));
    QCOMPARE(body.value(QStringLiteral("seconds")).toInteger(), 7200);
}

void TestRequestBodies::activityChangesStopTimer()
{
    ActivityChanges changes;
    changes.seconds = 600;
    changes.stopTimer = true;
    const QJsonObject body = changes.toJson();
    QCOMPARE(body.value(QStringLiteral("stop_timer")), QJsonValue(true));
    ActivityChanges none;
    none.seconds = 600;
    QVERIFY(!none.toJson().contains(QStringLiteral("stop_timer")));
}

void TestRequestBodies::activityChangesBetween()
{
    const Activity original = specActivity();
    Activity edited = original;
    QVERIFY(ActivityChanges::between(original, edited).isEmpty());

    edited.description = QStringLiteral("Neu: Übergabe");
    ActivityChanges changes = ActivityChanges::between(original, edited);
    QCOMPARE(sortedKeys(changes.toJson()), QStringList{"description"});

    // Moving to another project always sends the task with it.
    edited = original;
    edited.project.id = 1;
    changes = ActivityChanges::between(original, edited);
    QCOMPARE(sortedKeys(changes.toJson()), (QStringList{"project_id", "task_id"}));
    QCOMPARE(changes.taskId, std::optional<qint64>(original.task.id));

    edited = original;
    edited.date = QDate(2020, 1, 2);
    edited.seconds = 60;
    edited.billable = false;
    changes = ActivityChanges::between(original, edited);
    const QJsonObject body = changes.toJson();
    QCOMPARE(sortedKeys(body), (QStringList{"billable", "date", "seconds"}));
    QCOMPARE(body.value(QStringLiteral("date")).toString(), QStringLiteral("2020-01-02"));
}

void TestRequestBodies::presenceDraftOpenOmitsTo()
{
    const PresenceDraft draft{QDate(2022, 4, 17), QTime(8, 5), std::nullopt, true};
    const QJsonObject body = draft.toJson();
    QCOMPARE(sortedKeys(body), (QStringList{"date", "from", "is_home_office"}));
    QCOMPARE(body.value(QStringLiteral("from")).toString(), QStringLiteral("08:05"));
    QCOMPARE(body.value(QStringLiteral("is_home_office")), QJsonValue(true));
    QVERIFY(draft.isValid());
}

void TestRequestBodies::presenceDraftClosed()
{
    // Seconds never reach the server: the format is strictly HH:MM.
    const PresenceDraft draft{QDate(2022, 4, 17), QTime(8, 30, 59), QTime(17, 0, 1), false};
    const QJsonObject body = draft.toJson();
    QCOMPARE(body.value(QStringLiteral("from")).toString(), QStringLiteral("08:30"));
    QCOMPARE(body.value(QStringLiteral("to")).toString(), QStringLiteral("17:00"));
    QCOMPARE(body.value(QStringLiteral("is_home_office")), QJsonValue(false));
}

void TestRequestBodies::presenceDraftValidity_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("from");
    QTest::addColumn<QTime>("to"); // invalid QTime = open
    QTest::addColumn<bool>("valid");
    const QDate day(2022, 4, 17);
    QTest::newRow("open") << day << QTime(9, 0) << QTime() << true;
    QTest::newRow("closed") << day << QTime(9, 0) << QTime(12, 0) << true;
    QTest::newRow("zero length") << day << QTime(9, 0) << QTime(9, 0) << true;
    QTest::newRow("ends before start") << day << QTime(9, 0) << QTime(8, 59) << false;
    QTest::newRow("no start") << day << QTime() << QTime() << false;
    QTest::newRow("no date") << QDate() << QTime(9, 0) << QTime() << false;
}

void TestRequestBodies::presenceDraftValidity()
{
    QFETCH(QDate, date);
    QFETCH(QTime, from);
    QFETCH(QTime, to);
    QFETCH(bool, valid);
    const PresenceDraft draft{date, from, to.isValid() ? std::optional<QTime>(to) : std::nullopt,
                              false};
    QCOMPARE(draft.isValid(), valid);
}

void TestRequestBodies::presenceChanges()
{
    PresenceChanges changes;
    QVERIFY(changes.isEmpty());
    QVERIFY(changes.toJson().isEmpty());
    changes.to = QTime(17, 45);
    QCOMPARE(changes.toJson(), (QJsonObject{{QStringLiteral("to"), QStringLiteral("17:45")}}));
    changes.isHomeOffice = false;
    changes.date = QDate(2022, 4, 18);
    QCOMPARE(sortedKeys(changes.toJson()), (QStringList{"date", "is_home_office", "to"}));
    QCOMPARE(changes.toJson().value(QStringLiteral("is_home_office")), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestRequestBodies)
#include "tst_requestbodies.moc"
