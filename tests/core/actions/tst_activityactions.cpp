// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sync/OfflineTestBed.h"
#include "core/actions/ActivityActions.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "support/FakeServerProcess.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

// What the user does to activities and Edit → Undo/Redo, without a window:
// each action and each undo goes through the outbox to the fake server over
// real HTTP, and what MOCO ends up with is what counts.
class TestActivityActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void zeroSecondsIsRefusedAndNothingIsStored();
    void anAddIsUndoneAndRedoneInMoco();
    void anEditIsNamedByWhatChangedAndUndone();
    void aDeleteComesBackOnceWithItsTime();
    void undoFollowsAnActivityThroughItsRecreation();
    void billedActivitiesAreNeitherChangedNorDeleted();
    void aDuplicateIsUndoneToo();
    void aStartedAndAStoppedTimerAreUndone();
    void aNewTimerIsUndoneWithoutATraceAndTheOtherRunsAgain();

private:
    ActionResult addNow(const QString &description, qint64 seconds);
    void waitUntilDelivered();
    QList<QJsonObject> onServer(const QString &prefix) const
    {
        return m_bed->serverActivities(prefix);
    }

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<OfflineTestBed> m_bed;
    std::unique_ptr<ActivityActions> m_actions;
};

void TestActivityActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestActivityActions::init()
{
    m_bed = OfflineTestBed::afterReset(&m_server, {nullptr, 3, true});
    m_actions = std::make_unique<ActivityActions>(m_bed->store(), m_bed->changes(), m_bed->timer(),
                                                  m_bed->clock());
}

void TestActivityActions::cleanup()
{
    m_actions.reset();
    m_bed.reset();
}

ActionResult TestActivityActions::addNow(const QString &description, qint64 seconds)
{
    return m_actions->add(
        OfflineTestBed::draft(QDate::currentDate().addDays(-1), seconds, description));
}

void TestActivityActions::waitUntilDelivered()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 15000);
}

void TestActivityActions::zeroSecondsIsRefusedAndNothingIsStored()
{
    // MOCO would start a timer on a 0-second create of today.
    const ActionResult result =
        m_actions->add(OfflineTestBed::draft(QDate::currentDate(), 0, QStringLiteral("zero")));
    QCOMPARE(result.status, ActionResult::Status::Refused);
    QCOMPARE(result.field, QStringLiteral("seconds"));
    QVERIFY(result.message.contains(QStringLiteral("0:00")));
    QCOMPARE(m_bed->outboxSize(), 0);
    QCOMPARE(m_actions->history()->count(), 0);
    // The create path itself refuses it too, whoever calls it.
    QCOMPARE(m_bed->changes()->createActivity(
                 OfflineTestBed::draft(QDate::currentDate(), 0, QStringLiteral("zero"))),
             0);
    QCOMPARE(m_bed->outboxSize(), 0);
}

void TestActivityActions::anAddIsUndoneAndRedoneInMoco()
{
    const ActionResult added = addNow(QStringLiteral("undo-add"), 3600);
    QVERIFY(added.ok());
    QVERIFY(added.localId != 0);
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-add")).size(), 1);
    QCOMPARE(m_actions->history()->undoText(), QStringLiteral("Add “undo-add”"));

    m_actions->history()->undo();
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-add")).size(), 0);

    QSignalSpy touched(m_actions.get(), &ActivityActions::rowTouched);
    m_actions->history()->redo();
    QCOMPARE(touched.count(), 1);
    waitUntilDelivered();
    const QList<QJsonObject> back = onServer(QStringLiteral("undo-add"));
    QCOMPARE(back.size(), 1); // once, not twice
    QCOMPARE(back.first().value(QStringLiteral("seconds")).toInteger(), 3600);
}

void TestActivityActions::anEditIsNamedByWhatChangedAndUndone()
{
    const ActionResult added = addNow(QStringLiteral("undo-edit"), 1800);
    waitUntilDelivered();
    Activity edited = ActivityCache(m_bed->store()).find(added.localId)->activity;
    edited.seconds = 5400;
    QVERIFY(m_actions->save(added.localId, edited).ok());
    QCOMPARE(m_actions->history()->undoText(), QStringLiteral("Change duration of “undo-edit”"));
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-edit")).first().value("seconds").toInteger(), 5400);

    m_actions->history()->undo();
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-edit")).first().value("seconds").toInteger(), 1800);
    m_actions->history()->redo();
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-edit")).first().value("seconds").toInteger(), 5400);

    edited = ActivityCache(m_bed->store()).find(added.localId)->activity;
    edited.description = QStringLiteral("undo-edit renamed");
    QVERIFY(m_actions->save(added.localId, edited).ok());
    QCOMPARE(m_actions->history()->undoText(), QStringLiteral("Change description of “undo-edit”"));
}

void TestActivityActions::aDeleteComesBackOnceWithItsTime()
{
    const ActionResult added = addNow(QStringLiteral("undo-delete"), 2700);
    waitUntilDelivered();
    const ActionResult removed = m_actions->remove(added.localId);
    QVERIFY(removed.ok());
    // The undo bar's line names it.
    QVERIFY2(removed.message.contains(QStringLiteral("undo-delete")), qPrintable(removed.message));
    QCOMPARE(m_actions->history()->undoText(), QStringLiteral("Delete “undo-delete”"));
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-delete")).size(), 0);

    m_actions->history()->undo();
    waitUntilDelivered();
    const QList<QJsonObject> back = onServer(QStringLiteral("undo-delete"));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().value(QStringLiteral("seconds")).toInteger(), 2700);

    m_actions->history()->redo();
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-delete")).size(), 0);
}

void TestActivityActions::undoFollowsAnActivityThroughItsRecreation()
{
    // Add, change the duration, delete; then undo all three and redo them.
    const ActionResult added = addNow(QStringLiteral("undo-chain"), 600);
    Activity edited = ActivityCache(m_bed->store()).find(added.localId)->activity;
    edited.seconds = 1200;
    QVERIFY(m_actions->save(added.localId, edited).ok());
    QVERIFY(m_actions->remove(added.localId).ok());
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-chain")).size(), 0);

    m_actions->history()->undo(); // the delete: re-created with a new local id
    m_actions->history()->undo(); // the edit, on that new row
    waitUntilDelivered();
    QList<QJsonObject> now = onServer(QStringLiteral("undo-chain"));
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().value(QStringLiteral("seconds")).toInteger(), 600);

    m_actions->history()->undo(); // the add
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-chain")).size(), 0);

    m_actions->history()->redo();
    m_actions->history()->redo();
    waitUntilDelivered();
    now = onServer(QStringLiteral("undo-chain"));
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().value(QStringLiteral("seconds")).toInteger(), 1200);
}

void TestActivityActions::billedActivitiesAreNeitherChangedNorDeleted()
{
    std::optional<LocalActivity> billed;
    for (const LocalActivity &row :
         ActivityCache(m_bed->store())
             .between(QDate::currentDate().addYears(-1), QDate::currentDate())) {
        if (row.activity.billed) {
            billed = row;
            break;
        }
    }
    if (!billed)
        QSKIP("no billed activity in the synced days");
    QCOMPARE(m_actions->remove(billed->localId).status, ActionResult::Status::Refused);
    QCOMPARE(m_actions->save(billed->localId, billed->activity).status,
             ActionResult::Status::Refused);
    QCOMPARE(m_bed->outboxSize(), 0);
    QCOMPARE(m_actions->history()->count(), 0);
}

void TestActivityActions::aDuplicateIsUndoneToo()
{
    const ActionResult added = addNow(QStringLiteral("undo-copy"), 900);
    const ActionResult copy = m_actions->duplicate(added.localId);
    QVERIFY(copy.ok());
    QVERIFY(copy.localId != added.localId);
    QCOMPARE(m_actions->history()->undoText(), QStringLiteral("Duplicate “undo-copy”"));
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-copy")).size(), 2);
    m_actions->history()->undo();
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-copy")).size(), 1);
}

void TestActivityActions::aStartedAndAStoppedTimerAreUndone()
{
    const QDate today = m_bed->clock()->today();
    const ActionResult added =
        m_actions->add(OfflineTestBed::draft(today, 1800, QStringLiteral("undo-timer")));
    QVERIFY(added.ok());
    waitUntilDelivered();
    const auto onMoco = [this] {
        const QList<QJsonObject> rows = onServer(QStringLiteral("undo-timer"));
        return rows.size() == 1 ? rows.first() : QJsonObject();
    };
    const auto runsOnMoco = [&onMoco] {
        return !onMoco().value(QStringLiteral("timer_started_at")).toString().isEmpty();
    };

    QVERIFY(m_actions->startTimer(added.localId).ok());
    QCOMPARE(m_actions->history()->undoText(), QStringLiteral("Start timer on “undo-timer”"));
    waitUntilDelivered();
    QVERIFY(runsOnMoco());

    // Undo: stopped, with the half hour it had, not the seconds it ran.
    m_actions->history()->undo();
    waitUntilDelivered();
    QVERIFY(!runsOnMoco());
    QCOMPARE(onMoco().value(QStringLiteral("seconds")).toInteger(), 1800);
    QVERIFY(!m_bed->timer()->running());

    m_actions->history()->redo();
    waitUntilDelivered();
    QVERIFY(runsOnMoco());
    QCOMPARE(m_bed->timer()->running()->localId, added.localId);

    QVERIFY(m_actions->stopTimer().ok());
    QCOMPARE(m_actions->history()->undoText(), QStringLiteral("Stop timer on “undo-timer”"));
    waitUntilDelivered();
    QVERIFY(!runsOnMoco());
    m_actions->history()->undo(); // it runs again
    waitUntilDelivered();
    QVERIFY(runsOnMoco());
    QCOMPARE(onServer(QStringLiteral("undo-timer")).size(), 1);
}

void TestActivityActions::aNewTimerIsUndoneWithoutATraceAndTheOtherRunsAgain()
{
    const QDate today = m_bed->clock()->today();
    const ActionResult first =
        m_actions->add(OfflineTestBed::draft(today, 600, QStringLiteral("undo-first")));
    QVERIFY(m_actions->startTimer(first.localId).ok());
    waitUntilDelivered();

    // The timer bar starts a new one: the first one stops.
    const ActionResult started = m_actions->startNewTimer(
        {OfflineTestBed::projectId, OfflineTestBed::taskId}, QStringLiteral("undo-new"));
    QVERIFY(started.ok());
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-new")).size(), 1);
    QCOMPARE(m_bed->timer()->running()->localId, started.localId);

    m_actions->history()->undo();
    waitUntilDelivered();
    QCOMPARE(onServer(QStringLiteral("undo-new")).size(), 0);
    QVERIFY(m_bed->timer()->running());
    QCOMPARE(m_bed->timer()->running()->localId, first.localId);

    // Redo makes it again, once, and it runs.
    m_actions->history()->redo();
    waitUntilDelivered();
    const QList<QJsonObject> again = onServer(QStringLiteral("undo-new"));
    QCOMPARE(again.size(), 1);
    QVERIFY(!again.first().value(QStringLiteral("timer_started_at")).toString().isEmpty());
    QCOMPARE(m_bed->timer()->running()->activity.description, QStringLiteral("undo-new"));
}

QTEST_GUILESS_MAIN(TestActivityActions)
#include "tst_activityactions.moc"
