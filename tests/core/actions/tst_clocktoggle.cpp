// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sync/OfflineTestBed.h"
#include "core/actions/ActivityActions.h"
#include "core/actions/ClockToggle.h"
#include "core/actions/PresenceActions.h"
#include "core/api/ApiClient.h"
#include "core/services/AppPreferences.h"
#include "core/storage/PresenceCache.h"
#include "core/sync/OutboxSender.h"
#include "core/sync/SyncService.h"
#include "core/sync/TimerService.h"
#include "support/FakeClock.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// Clocking in and out with a timer running, and the presence MOCO opens
// when a timer starts: over real HTTP to the fake server, through the
// outbox, as the window and the tray use it.
class TestClockToggle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void clockInAndOutTwoHoursLaterIsOneIntervalOf120Minutes();
    void clockOutWithATimerAsksAndStopsItWhenTold();
    void clockOutKeepsTheTimerAndRemembersTheAnswer();
    void aTimerStartShowsMocosPresenceAfterTheNextSync();
    void aClockInAfterMocoOpenedOneTakesItOverOnce();

private:
    QList<QJsonObject> presencesOnMoco();
    void clearTodayOnMoco();
    qint64 createOnMoco(const QTime &from);
    bool timerRunsOnMoco();
    void waitUntilDelivered();
    ActionResult startTimer();

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<OfflineTestBed> m_bed;
    std::unique_ptr<AppPreferences> m_preferences;
    std::unique_ptr<PresenceActions> m_presences;
    std::unique_ptr<ActivityActions> m_activities;
    std::unique_ptr<ClockToggle> m_toggle;
    QDate m_today;
};

void TestClockToggle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestClockToggle::init()
{
    const QString name = QCoreApplication::applicationName();
    QSettings(QSettings::NativeFormat, QSettings::UserScope, name, name).clear();
    // The server's today (a timer runs only today), at a fixed morning minute.
    m_today = QDate::currentDate();
    m_clock = std::make_unique<FakeClock>(QDateTime(m_today, QTime(9, 14, 30)).toUTC());
    m_bed = OfflineTestBed::afterReset(&m_server, {m_clock.get(), 3, true});
    // As AccountDataLayer wires it.
    connect(m_bed->sender(), &OutboxSender::timerStartDelivered, m_bed->sync(),
            &SyncService::refreshPresences);
    clearTodayOnMoco();
    // The demo data may have a timer running today; start from idle.
    m_bed->timer()->reload();
    m_bed->timer()->stop();
    waitUntilDelivered();

    m_preferences = std::make_unique<AppPreferences>();
    m_presences =
        std::make_unique<PresenceActions>(m_bed->store(), m_bed->changes(), m_clock.get());
    m_activities = std::make_unique<ActivityActions>(m_bed->store(), m_bed->changes(),
                                                     m_bed->timer(), m_clock.get());
    m_toggle =
        std::make_unique<ClockToggle>(m_presences.get(), m_activities.get(), m_preferences.get());
}

void TestClockToggle::cleanup()
{
    m_toggle.reset();
    m_activities.reset();
    m_presences.reset();
    m_preferences.reset();
    m_bed.reset();
    m_clock.reset();
}

QList<QJsonObject> TestClockToggle::presencesOnMoco()
{
    QList<QJsonObject> onDay;
    const QJsonArray all =
        m_server.state(QStringLiteral("presences"), FakeServerProcess::demoUserId);
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("date")).toString() ==
            m_today.toString(Qt::ISODate))
            onDay.append(value.toObject());
    }
    return onDay;
}

// The seed clocks the demo user in today; these tests begin the day anew.
void TestClockToggle::clearTodayOnMoco()
{
    for (const QJsonObject &presence : presencesOnMoco()) {
        bool done = false;
        m_bed->api()->deletePresence(presence.value(QStringLiteral("id")).toInteger(), this,
                                     [&done](const ApiResult<ApiNothing> &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    QVERIFY(presencesOnMoco().isEmpty());
}

// A presence made in MOCO (the web app, a timer start elsewhere) that this
// computer has not synced.
qint64 TestClockToggle::createOnMoco(const QTime &from)
{
    PresenceDraft draft;
    draft.date = m_today;
    draft.from = from;
    qint64 id = 0;
    bool done = false;
    m_bed->api()->createPresence(draft, this, [&](const ApiResult<Presence> &result) {
        if (result.ok())
            id = result.value().id;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return id;
}

bool TestClockToggle::timerRunsOnMoco()
{
    const QJsonArray all =
        m_server.state(QStringLiteral("activities"), FakeServerProcess::demoUserId);
    for (const QJsonValue &value : all) {
        if (!value.toObject().value(QStringLiteral("timer_started_at")).toString().isEmpty())
            return true;
    }
    return false;
}

void TestClockToggle::waitUntilDelivered()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 15000);
}

ActionResult TestClockToggle::startTimer()
{
    return m_activities->startNewTimer({OfflineTestBed::projectId, OfflineTestBed::taskId},
                                       QStringLiteral("clock-toggle call"));
}

void TestClockToggle::clockInAndOutTwoHoursLaterIsOneIntervalOf120Minutes()
{
    QVERIFY(!m_toggle->isClockedIn());
    QVERIFY(m_toggle->toggle().ok());
    QCOMPARE(m_toggle->presentSince(), QTime(9, 14));
    m_clock->advance(2h);
    QVERIFY(!m_toggle->needsTimerChoice()); // no timer runs
    QVERIFY(m_toggle->toggle().ok());
    QVERIFY(!m_toggle->isClockedIn());
    waitUntilDelivered();
    const QList<QJsonObject> moco = presencesOnMoco();
    QCOMPARE(moco.size(), 1);
    const QTime from = QTime::fromString(moco.first().value(QStringLiteral("from")).toString(),
                                         QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(moco.first().value(QStringLiteral("to")).toString(),
                                       QStringLiteral("HH:mm"));
    QCOMPARE(from.secsTo(to), 120 * 60);
}

void TestClockToggle::clockOutWithATimerAsksAndStopsItWhenTold()
{
    QVERIFY(m_toggle->toggle().ok());
    QVERIFY(startTimer().ok());
    waitUntilDelivered();
    QVERIFY(timerRunsOnMoco());
    m_clock->advance(1h);

    QVERIFY(m_toggle->needsTimerChoice());
    QVERIFY(m_toggle->clockOut(ClockToggle::TimerChoice::StopTimer, false).ok());
    QVERIFY(!m_toggle->isClockedIn());
    QVERIFY(!m_bed->timer()->running());
    waitUntilDelivered();
    QVERIFY(!timerRunsOnMoco());
    const QList<QJsonObject> moco = presencesOnMoco();
    QCOMPARE(moco.size(), 1);
    QCOMPARE(moco.first().value(QStringLiteral("to")).toString(), QStringLiteral("10:14"));
    // Not remembered: the next clock-out with a timer asks again.
    QCOMPARE(m_preferences->timerOnClockOut(), AppPreferences::TimerOnClockOut::Ask);
}

void TestClockToggle::clockOutKeepsTheTimerAndRemembersTheAnswer()
{
    QVERIFY(m_toggle->toggle().ok());
    QVERIFY(startTimer().ok());
    // Online: MOCO has the timer before the clock-out. (Sent together
    // offline, the clock-out would be folded into the unsent clock-in, and
    // MOCO would open a second presence for the timer that starts after it.)
    waitUntilDelivered();
    m_clock->advance(1h);
    QVERIFY(m_toggle->needsTimerChoice());
    QVERIFY(m_toggle->clockOut(ClockToggle::TimerChoice::KeepTimer, true).ok());
    QVERIFY(!m_toggle->isClockedIn());
    QVERIFY(m_bed->timer()->running());
    waitUntilDelivered();
    QVERIFY(timerRunsOnMoco());
    QCOMPARE(presencesOnMoco().size(), 1);

    // "Don't ask again": the next clock-out keeps the timer without asking.
    m_clock->advance(30min);
    QVERIFY(m_toggle->toggle().ok());
    m_clock->advance(30min);
    QVERIFY(!m_toggle->needsTimerChoice());
    QVERIFY(m_toggle->toggle().ok());
    QVERIFY(m_bed->timer()->running());
    waitUntilDelivered();
    QVERIFY(timerRunsOnMoco());
    QCOMPARE(presencesOnMoco().size(), 2);
}

void TestClockToggle::aTimerStartShowsMocosPresenceAfterTheNextSync()
{
    QVERIFY(!m_toggle->isClockedIn());
    QVERIFY(startTimer().ok());
    // MOCO opened a presence with the timer; the delivery reads it back.
    QTRY_VERIFY_WITH_TIMEOUT(m_toggle->isClockedIn(), 15000);
    QCOMPARE(presencesOnMoco().size(), 1);
    const std::optional<LocalPresence> open = m_presences->openToday();
    QVERIFY(open);
    QCOMPARE(open->presence.id, presencesOnMoco().first().value(QStringLiteral("id")).toInteger());
}

void TestClockToggle::aClockInAfterMocoOpenedOneTakesItOverOnce()
{
    // MOCO has an open presence from 10:00 this computer does not know yet;
    // the user clocks in at 09:14 (offline earlier, say). MOCO refuses a
    // second open one: the clock-in takes over MOCO's, from the earlier minute.
    const qint64 theirs = createOnMoco(QTime(10, 0));
    QVERIFY(theirs != 0);
    QVERIFY(m_toggle->toggle().ok());
    waitUntilDelivered();
    const QList<QJsonObject> moco = presencesOnMoco();
    QCOMPARE(moco.size(), 1);
    QCOMPARE(moco.first().value(QStringLiteral("id")).toInteger(), theirs);
    QCOMPARE(moco.first().value(QStringLiteral("from")).toString(), QStringLiteral("09:14"));
    QVERIFY(moco.first().value(QStringLiteral("to")).isNull());
    const QList<LocalPresence> local = PresenceCache(m_bed->store()).between(m_today, m_today);
    QCOMPARE(local.size(), 1);
    QCOMPARE(local.first().presence.id, theirs);
    QVERIFY(!local.first().needsAttention);

    // A sync afterwards shows the same one presence.
    QVERIFY(m_bed->syncOnce());
    QCOMPARE(PresenceCache(m_bed->store()).between(m_today, m_today).size(), 1);
}

QTEST_GUILESS_MAIN(TestClockToggle)
#include "tst_clocktoggle.moc"
