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

private:
    QList<QJsonObject> onMoco();
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

QTEST_GUILESS_MAIN(TestPresenceActions)
#include "tst_presenceactions.moc"
