// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sync/OfflineTestBed.h"
#include "core/actions/PresenceActions.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/PresenceCache.h"
#include "support/FakeClock.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// Clock in and out without a window: what MOCO ends up with is what counts,
// over real HTTP through the outbox.
class TestPresenceActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void clockInThenOutReachesMocoOnceAsOneInterval();
    void outWithinTheMinuteOfInIsRefusedAndStaysOpen();
    void inAgainInTheMinuteOfOutContinuesTheInterval();
    void homeOfficeMarksTheWholeDay();
    void offlineAndLostAnswersArriveOnce();
    void inAgainAfterMocoHasTheClockOutIsRefused();
    void inAgainWithAnotherChangeUnsentIsRefusedOnceMocoHasTheEnd();
    void malformedTimesAreRefusedBeforeAnythingIsSent_data();
    void malformedTimesAreRefusedBeforeAnythingIsSent();
    void addedCorrectedAndDeletedIntervalsReachMocoOnce();
    void anOverlapStaysOnItsIntervalUntilCorrected();
    void aRefusedCorrectionDoesNotHoldBackTheDelete();

private:
    QList<QJsonObject> onMoco();
    std::optional<LocalPresence> shown(qint64 localId);
    void waitUntilDelivered();

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<OfflineTestBed> m_bed;
    std::unique_ptr<PresenceActions> m_actions;
    QDate m_today;
};

void TestPresenceActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestPresenceActions::init()
{
    // A day in the future of the demo data: no presences yet.
    m_today = QDate::currentDate().addDays(30);
    m_clock = std::make_unique<FakeClock>(QDateTime(m_today, QTime(9, 14, 30)).toUTC());
    m_bed = OfflineTestBed::afterReset(&m_server, {m_clock.get(), 3, false});
    m_actions = std::make_unique<PresenceActions>(m_bed->store(), m_bed->changes(), m_clock.get());
}

void TestPresenceActions::cleanup()
{
    m_actions.reset();
    m_bed.reset();
    m_clock.reset();
}

QList<QJsonObject> TestPresenceActions::onMoco()
{
    const QJsonArray all =
        m_server
            .control(
                "GET",
                QStringLiteral("/state/presences?user_id=%1").arg(FakeServerProcess::demoUserId))
            .object()
            .value(QStringLiteral("presences"))
            .toArray();
    QList<QJsonObject> onDay;
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("date")).toString() ==
            m_today.toString(Qt::ISODate))
            onDay.append(value.toObject());
    }
    return onDay;
}

std::optional<LocalPresence> TestPresenceActions::shown(qint64 localId)
{
    return PresenceCache(m_bed->store()).find(localId);
}

void TestPresenceActions::waitUntilDelivered()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 15000);
}

void TestPresenceActions::clockInThenOutReachesMocoOnceAsOneInterval()
{
    QVERIFY(!m_actions->isClockedIn());
    QVERIFY(m_actions->clockIn().ok());
    QVERIFY(m_actions->isClockedIn());
    QVERIFY(!m_actions->clockIn().ok()); // once is enough
    waitUntilDelivered();
    QList<QJsonObject> moco = onMoco();
    QCOMPARE(moco.size(), 1);
    QCOMPARE(moco.first().value(QStringLiteral("from")).toString(), QStringLiteral("09:14"));
    QVERIFY(moco.first().value(QStringLiteral("to")).isNull());

    m_clock->advance(8h + 1min);
    QVERIFY(m_actions->toggle().ok());
    QVERIFY(!m_actions->isClockedIn());
    waitUntilDelivered();
    moco = onMoco();
    QCOMPARE(moco.size(), 1);
    QCOMPARE(moco.first().value(QStringLiteral("to")).toString(), QStringLiteral("17:15"));
}

void TestPresenceActions::outWithinTheMinuteOfInIsRefusedAndStaysOpen()
{
    QVERIFY(m_actions->clockIn().ok());
    m_clock->advance(20s); // 09:14:50
    const ActionResult out = m_actions->clockOut();
    QCOMPARE(out.status, ActionResult::Status::Refused);
    QVERIFY2(out.message.contains(QStringLiteral("09:14")), qPrintable(out.message));
    QVERIFY(m_actions->isClockedIn());
    m_clock->advance(20s); // 09:15:10
    QVERIFY(m_actions->clockOut().ok());
    waitUntilDelivered();
    const QList<QJsonObject> moco = onMoco();
    QCOMPARE(moco.size(), 1);
    QCOMPARE(moco.first().value(QStringLiteral("to")).toString(), QStringLiteral("09:15"));
}

void TestPresenceActions::inAgainInTheMinuteOfOutContinuesTheInterval()
{
    QVERIFY(m_actions->clockIn().ok());
    m_clock->advance(2h);
    QVERIFY(m_actions->clockOut().ok()); // 11:14
    m_clock->advance(10s);
    QVERIFY(m_actions->clockIn().ok()); // clicked twice by mistake
    QVERIFY(m_actions->isClockedIn());
    waitUntilDelivered();
    QList<QJsonObject> moco = onMoco();
    QCOMPARE(moco.size(), 1);
    QVERIFY(moco.first().value(QStringLiteral("to")).isNull());

    // Later in the morning: in again inside an interval is refused.
    m_clock->advance(1h);
    QVERIFY(m_actions->clockOut().ok()); // 12:14
    m_clock->setUtcNow(QDateTime(m_today, QTime(10, 0)).toUTC());
    const ActionResult inside = m_actions->clockIn();
    QCOMPARE(inside.status, ActionResult::Status::Refused);
    waitUntilDelivered();
    moco = onMoco();
    QCOMPARE(moco.size(), 1);
    QCOMPARE(moco.first().value(QStringLiteral("to")).toString(), QStringLiteral("12:14"));
}

void TestPresenceActions::homeOfficeMarksTheWholeDay()
{
    QCOMPARE(m_actions->setHomeOfficeToday(true).status, ActionResult::Status::Refused);
    QVERIFY(m_actions->clockIn().ok());
    m_clock->advance(3h);
    QVERIFY(m_actions->clockOut().ok());
    m_clock->advance(45min);
    QVERIFY(m_actions->clockIn().ok());
    QVERIFY(m_actions->setHomeOfficeToday(true).ok());
    QVERIFY(m_actions->isHomeOfficeToday());
    waitUntilDelivered();
    const QList<QJsonObject> moco = onMoco();
    QCOMPARE(moco.size(), 2);
    for (const QJsonObject &presence : moco)
        QVERIFY(presence.value(QStringLiteral("is_home_office")).toBool());
}

void TestPresenceActions::offlineAndLostAnswersArriveOnce()
{
    // MOCO is unreachable for a while, then stores the clock-in but its
    // answer is lost on the way back (twice): sent again, it must not make
    // a second presence.
    QJsonObject lost{{QStringLiteral("method"), QStringLiteral("POST")},
                     {QStringLiteral("path"), QStringLiteral("/api/v1/users/presences")},
                     {QStringLiteral("dropAfterStore"), true}};
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 1500},
                                               {QStringLiteral("queue"), QJsonArray{lost, lost}}}));
    QVERIFY(m_actions->clockIn().ok());
    m_clock->advance(4h);
    QVERIFY(m_actions->clockOut().ok());
    QVERIFY(m_bed->outboxSize() > 0);
    // Retries wait on the test's clock: it moves on while we wait.
    const auto delivered = [this] {
        m_clock->advance(250ms);
        return m_bed->outboxSize() == 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(delivered(), 20000);
    const QList<QJsonObject> moco = onMoco();
    QCOMPARE(moco.size(), 1);
    QCOMPARE(moco.first().value(QStringLiteral("from")).toString(), QStringLiteral("09:14"));
    QCOMPARE(moco.first().value(QStringLiteral("to")).toString(), QStringLiteral("13:14"));
}

void TestPresenceActions::inAgainAfterMocoHasTheClockOutIsRefused()
{
    QVERIFY(m_actions->clockIn().ok());
    m_clock->advance(2h);
    QVERIFY(m_actions->clockOut().ok()); // 11:14
    waitUntilDelivered();
    m_clock->advance(10s);
    // MOCO has the end: reopening would need "to": null, which is not known
    // to work. Refused with when to try, and nothing changes.
    const ActionResult again = m_actions->clockIn();
    QCOMPARE(again.status, ActionResult::Status::Refused);
    QVERIFY2(again.message.contains(QStringLiteral("11:14")), qPrintable(again.message));
    QVERIFY(!m_actions->isClockedIn());
    QCOMPARE(m_bed->outboxSize(), 0);
    m_clock->advance(1min);
    QVERIFY(m_actions->clockIn().ok());
    waitUntilDelivered();
    QCOMPARE(onMoco().size(), 2);
}

void TestPresenceActions::inAgainWithAnotherChangeUnsentIsRefusedOnceMocoHasTheEnd()
{
    QVERIFY(m_actions->clockIn().ok());
    m_clock->advance(2h);
    QVERIFY(m_actions->clockOut().ok()); // 11:14
    waitUntilDelivered();
    // Offline: the home office mark waits in the outbox, so the presence
    // has an unsent change, but not its end: MOCO has 11:14.
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 1500}}));
    QVERIFY(m_actions->setHomeOfficeToday(true).ok());
    m_clock->advance(10s);
    const ActionResult again = m_actions->clockIn();
    QCOMPARE(again.status, ActionResult::Status::Refused);
    QVERIFY(!m_actions->isClockedIn());
    const auto delivered = [this] {
        m_clock->advance(250ms);
        return m_bed->outboxSize() == 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(delivered(), 20000);
    const QList<QJsonObject> moco = onMoco();
    QCOMPARE(moco.size(), 1);
    QCOMPARE(moco.first().value(QStringLiteral("to")).toString(), QStringLiteral("11:14"));
    QVERIFY(moco.first().value(QStringLiteral("is_home_office")).toBool());
}

void TestPresenceActions::malformedTimesAreRefusedBeforeAnythingIsSent_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    QTest::newRow("an hour alone") << "8"
                                   << "12:00"
                                   << "from"
                                   << "“8” is not a time";
    QTest::newRow("no start") << ""
                              << "12:00"
                              << "from"
                              << "Enter when you started";
    QTest::newRow("hour 25") << "08:00"
                             << "25:00"
                             << "to"
                             << "“25:00” is not a time";
    QTest::newRow("one minute digit") << "8:5"
                                      << "12:00"
                                      << "from"
                                      << "HH:MM";
    QTest::newRow("letters") << "acht"
                             << "12:00"
                             << "from"
                             << "HH:MM";
    QTest::newRow("the same minute") << "08:00"
                                     << "08:00"
                                     << "to"
                                     << "the same minute";
    QTest::newRow("past midnight") << "22:00"
                                   << "02:00"
                                   << "to"
                                   << "midnight";
    QTest::newRow("open on another day") << "08:00"
                                         << ""
                                         << "to"
                                         << "Only today's";
}

void TestPresenceActions::malformedTimesAreRefusedBeforeAnythingIsSent()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const QDate day = QTest::currentDataTag() == QByteArray("open on another day")
                          ? m_today.addDays(-1)
                          : m_today;
    const ActionResult added = m_actions->add(day, from, to);
    QCOMPARE(added.status, ActionResult::Status::Refused);
    QCOMPARE(added.field, field);
    QVERIFY2(added.message.contains(says), qPrintable(added.message));
    QCOMPARE(m_bed->outboxSize(), 0);
    QVERIFY(PresenceCache(m_bed->store()).between(day, day).isEmpty());
}

void TestPresenceActions::addedCorrectedAndDeletedIntervalsReachMocoOnce()
{
    // Typed the way people type: "8:00" and "12.30" are 08:00 and 12:30.
    const ActionResult morning =
        m_actions->add(m_today, QStringLiteral("8:00"), QStringLiteral("12.30"));
    QVERIFY2(morning.ok(), qPrintable(morning.message));
    const ActionResult afternoon =
        m_actions->add(m_today, QStringLiteral("13:00"), QStringLiteral("17:00"));
    QVERIFY(afternoon.ok());
    waitUntilDelivered();
    QCOMPARE(onMoco().size(), 2);

    QVERIFY(
        m_actions->edit(morning.localId, QStringLiteral("07:45"), QStringLiteral("12:30")).ok());
    waitUntilDelivered();
    QList<QJsonObject> moco = onMoco();
    QCOMPARE(moco.size(), 2);
    QStringList froms;
    for (const QJsonObject &presence : moco)
        froms.append(presence.value(QStringLiteral("from")).toString());
    froms.sort();
    QCOMPARE(froms, (QStringList{QStringLiteral("07:45"), QStringLiteral("13:00")}));

    QVERIFY(m_actions->remove(afternoon.localId).ok());
    waitUntilDelivered();
    moco = onMoco();
    QCOMPARE(moco.size(), 1);
    QCOMPARE(moco.first().value(QStringLiteral("to")).toString(), QStringLiteral("12:30"));
}

void TestPresenceActions::anOverlapStaysOnItsIntervalUntilCorrected()
{
    const ActionResult morning =
        m_actions->add(m_today, QStringLiteral("08:00"), QStringLiteral("12:00"));
    QVERIFY(morning.ok());
    waitUntilDelivered();
    const std::optional<LocalPresence> before = shown(morning.localId);
    QVERIFY(before);

    // 11:00–13:00 overlaps: MOCO answers 422 {"from":["range overlaps"]}.
    const ActionResult overlapping =
        m_actions->add(m_today, QStringLiteral("11:00"), QStringLiteral("13:00"));
    QVERIFY(overlapping.ok()); // stored; MOCO judges the overlap
    QTRY_VERIFY_WITH_TIMEOUT(shown(overlapping.localId)->needsAttention, 15000);
    const LocalPresence refused = *shown(overlapping.localId);
    QVERIFY2(refused.errorMessage.contains(QStringLiteral("range overlaps")) &&
                 refused.errorMessage.contains(QStringLiteral("From")),
             qPrintable(refused.errorMessage));
    // Nothing else changes: the refused interval keeps what was typed, the
    // other one and MOCO stay as they were.
    QCOMPARE(*refused.presence.from, QTime(11, 0));
    QCOMPARE(*shown(morning.localId), *before);
    QCOMPARE(onMoco().size(), 1);

    // Corrected, it goes out and the note goes.
    QVERIFY(m_actions->edit(overlapping.localId, QStringLiteral("12:00"), QStringLiteral("13:00"))
                .ok());
    waitUntilDelivered();
    QVERIFY(!shown(overlapping.localId)->needsAttention);
    QVERIFY(shown(overlapping.localId)->errorMessage.isEmpty());
    QCOMPARE(onMoco().size(), 2);
}

void TestPresenceActions::aRefusedCorrectionDoesNotHoldBackTheDelete()
{
    const ActionResult morning =
        m_actions->add(m_today, QStringLiteral("08:00"), QStringLiteral("12:00"));
    const ActionResult afternoon =
        m_actions->add(m_today, QStringLiteral("13:00"), QStringLiteral("17:00"));
    QVERIFY(morning.ok() && afternoon.ok());
    waitUntilDelivered();
    // Stretching the morning into the afternoon is refused by MOCO …
    QVERIFY(
        m_actions->edit(morning.localId, QStringLiteral("08:00"), QStringLiteral("14:00")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(shown(morning.localId)->needsAttention, 15000);
    // What MOCO still holds is what counts; the refused times stay shown.
    QCOMPARE(*shown(morning.localId)->presence.to, QTime(14, 0));
    QVERIFY(shown(morning.localId)->onMoco);
    QCOMPARE(*shown(morning.localId)->onMoco->to, QTime(12, 0));
    // … a second correction replaces the refused one instead of queueing
    // behind it …
    QVERIFY(
        m_actions->edit(morning.localId, QStringLiteral("08:00"), QStringLiteral("15:00")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(shown(morning.localId)->needsAttention, 15000);
    // … and deleting the afternoon, then the morning, goes through.
    QVERIFY(m_actions->remove(morning.localId).ok());
    QVERIFY(m_actions->remove(afternoon.localId).ok());
    waitUntilDelivered();
    QVERIFY(onMoco().isEmpty());
}

QTEST_GUILESS_MAIN(TestPresenceActions)
#include "tst_presenceactions.moc"
