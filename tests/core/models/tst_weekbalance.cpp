// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/PresencesModel.h"
#include "core/models/WeekBalance.h"
#include "core/models/WeekGridModel.h"
#include "support/FakeClock.h"
#include "support/TestActivities.h"

#include <QLocale>
#include <QTest>

using State = WeekBalance::DayState;

namespace {
const QDate monday(2026, 11, 23);
const QDate friday(2026, 11, 27); // "today" in these tests

// "HH:mm"; an empty "to" is an open presence.
LocalPresence presence(qint64 localId, const QDate &date, const QString &from,
                       const QString &to = {})
{
    LocalPresence local;
    local.localId = localId;
    local.presence.id = localId + 1000;
    local.presence.date = date;
    local.presence.from = QTime::fromString(from, QStringLiteral("HH:mm"));
    if (!to.isEmpty())
        local.presence.to = QTime::fromString(to, QStringLiteral("HH:mm"));
    return local;
}

qint64 hm(int hours, int minutes)
{
    return qint64(hours) * 3600 + qint64(minutes) * 60;
}

QDate day(int index)
{
    return monday.addDays(index);
}
} // namespace

// The week's present / logged / difference per day and for the week, on an
// injected clock (FakeClock, in the system's zone like the app's clock).
class TestWeekBalance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void closedDaysDifferencesAndWeekTotals();
    void standsOutOnlyBeyondFifteenMinutes_data();
    void standsOutOnlyBeyondFifteenMinutes();
    void openIntervalOfTodayCountsUntilNowAndDoesNotStandOut();
    void dayAcrossMidnightCountsOnTheDayItBegan();
    void neverClosedPastDayHasNoDifferenceAndIsLeftOutOfTheWeek();
    void loggedWithoutPresenceIsLeftOutOfTheWeek();
    void wholeMinutesSoTheShownNumbersAddUp();
    void texts();
    void fromTheModels();

private:
    WeekBalance balance(const QList<LocalPresence> &presences,
                        const std::array<qint64, 7> &logged) const;

    FakeClock *m_clock = nullptr;
};

void TestWeekBalance::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestWeekBalance::init()
{
    m_clock = new FakeClock(QDateTime(friday, QTime(12, 15)).toUTC());
}

void TestWeekBalance::cleanup()
{
    delete m_clock;
}

WeekBalance TestWeekBalance::balance(const QList<LocalPresence> &presences,
                                     const std::array<qint64, 7> &logged) const
{
    return WeekBalance(monday, presences, logged, m_clock->utcNow(), m_clock->timeZone());
}

void TestWeekBalance::closedDaysDifferencesAndWeekTotals()
{
    const WeekBalance week =
        balance({presence(1, day(0), "08:00", "12:00"), presence(2, day(0), "13:00", "16:45"),
                 presence(3, day(1), "08:00", "16:00"), presence(4, day(2), "09:00", "17:00"),
                 // Another week's presence is no part of this one.
                 presence(5, monday.addDays(7), "08:00", "18:00")},
                {hm(7, 10), hm(7, 50), hm(8, 20), 0, 0, 0, 0});

    QCOMPARE(week.monday(), monday);
    const WeekBalance::Day &mon = week.day(0);
    QCOMPARE(mon.date, monday);
    QCOMPARE(mon.state, State::Closed);
    QCOMPARE(mon.presentSeconds, hm(7, 45));
    QCOMPARE(mon.loggedSeconds, hm(7, 10));
    QCOMPARE(mon.differenceSeconds, hm(0, 35));
    QVERIFY(mon.standsOut);
    QCOMPARE(week.dayNote(0), QStringLiteral("0:35 not logged yet"));

    QCOMPARE(week.day(1).differenceSeconds, hm(0, 10));
    QVERIFY(!week.day(1).standsOut);
    QCOMPARE(week.day(2).differenceSeconds, -hm(0, 20));
    QVERIFY(week.day(2).standsOut);
    QCOMPARE(week.dayNote(2), QStringLiteral("0:20 more than present"));
    for (int index = 3; index < 7; ++index) {
        QCOMPARE(week.day(index).state, State::NoPresence);
        QVERIFY(!week.day(index).hasDifference());
        QVERIFY(!week.day(index).standsOut);
        QCOMPARE(week.dayNote(index), QString());
    }

    QVERIFY(week.hasPresence());
    QVERIFY(!week.isClockedIn());
    QCOMPARE(week.presentSeconds(), hm(23, 45));
    QCOMPARE(week.loggedSeconds(), hm(23, 20));
    QCOMPARE(week.differenceSeconds(), hm(0, 25)); // 35 + 10 − 20
    QVERIFY(week.weekStandsOut());
    QCOMPARE(week.weekNote(), QStringLiteral("0:25 not logged yet"));
    QVERIFY(week.daysLeftOut().isEmpty());

    const WeekBalance empty = balance({}, {});
    QVERIFY(!empty.hasPresence());
    QVERIFY(!empty.weekStandsOut());
    QCOMPARE(empty.weekNote(), QString());
}

void TestWeekBalance::standsOutOnlyBeyondFifteenMinutes_data()
{
    QTest::addColumn<qint64>("logged");
    QTest::addColumn<bool>("standsOut");
    // Present 8:00.
    QTest::newRow("15 minutes not logged") << hm(7, 45) << false;
    QTest::newRow("16 minutes not logged") << hm(7, 44) << true;
    QTest::newRow("15 minutes more logged") << hm(8, 15) << false;
    QTest::newRow("16 minutes more logged") << hm(8, 16) << true;
    // Logged 8:15:59 is shown as 8:15, and the difference as the −0:15 that
    // the shown numbers give.
    QTest::newRow("15 minutes 59 seconds more logged") << hm(8, 15) + 59 << false;
}

void TestWeekBalance::standsOutOnlyBeyondFifteenMinutes()
{
    QFETCH(qint64, logged);
    QFETCH(bool, standsOut);
    const WeekBalance week = balance({presence(1, day(0), "08:00", "16:00")}, {logged});
    QCOMPARE(week.day(0).standsOut, standsOut);
    QCOMPARE(week.weekStandsOut(), standsOut);
}

void TestWeekBalance::openIntervalOfTodayCountsUntilNowAndDoesNotStandOut()
{
    // Clocked in at 08:05 on Friday; now 12:15:30.
    m_clock->advance(std::chrono::seconds(30));
    const QList<LocalPresence> presences{presence(1, day(0), "08:00", "16:00"),
                                         presence(2, friday, "08:05")};
    const std::array<qint64, 7> logged{hm(7, 0), 0, 0, 0, hm(3, 22), 0, 0};
    WeekBalance week = balance(presences, logged);
    const WeekBalance::Day &today = week.day(4);
    QCOMPARE(today.state, State::Open);
    QCOMPARE(today.presentSeconds, hm(4, 10)); // the half minute is cut off
    QCOMPARE(today.differenceSeconds, hm(0, 48));
    QVERIFY(today.hasDifference());
    QVERIFY(!today.standsOut); // the day is not over
    QCOMPARE(today.openSince, std::optional<QTime>(QTime(8, 5)));
    QCOMPARE(week.dayNote(4), QStringLiteral("Clocked in since 08:05; so far 0:48 not logged yet"));

    QVERIFY(week.isClockedIn());
    QCOMPARE(week.presentSeconds(), hm(12, 10));
    QCOMPARE(week.loggedSeconds(), hm(10, 22));
    QCOMPARE(week.differenceSeconds(), hm(1, 48));
    QVERIFY(!week.weekStandsOut()); // nor is the week
    QCOMPARE(week.weekNote(), QStringLiteral("1:48 not logged yet, so far"));

    // Half an hour later, live.
    m_clock->advance(std::chrono::minutes(30));
    week = balance(presences, logged);
    QCOMPARE(week.day(4).presentSeconds, hm(4, 40));
    QCOMPARE(week.day(4).differenceSeconds, hm(1, 18));
    QCOMPARE(week.presentSeconds(), hm(12, 40));

    // Clocked out at 12:45: settled, and now both stand out.
    QList<LocalPresence> closed = presences;
    closed[1].presence.to = QTime(12, 45);
    week = balance(closed, logged);
    QCOMPARE(week.day(4).state, State::Closed);
    QCOMPARE(week.day(4).differenceSeconds, hm(1, 18));
    QVERIFY(week.day(4).standsOut);
    QVERIFY(week.weekStandsOut());
}

void TestWeekBalance::dayAcrossMidnightCountsOnTheDayItBegan()
{
    // A presence cannot span midnight in MOCO: each belongs to its date. A
    // "to" before its "from" (22:00–01:00) ended after midnight and counts
    // on Thursday, the day it began; Friday gets nothing of it.
    const WeekBalance week =
        balance({presence(1, day(3), "18:00", "20:00"), presence(2, day(3), "22:00", "01:00"),
                 presence(3, day(2), "22:00", "00:00"), presence(4, day(1), "09:00", "09:00")},
                {0, 0, hm(2, 0), hm(5, 0), 0, 0, 0});
    QCOMPARE(week.day(3).presentSeconds, hm(5, 0));
    QCOMPARE(week.day(3).differenceSeconds, qint64(0));
    QCOMPARE(week.day(4).presentSeconds, qint64(0));
    QCOMPARE(week.day(4).state, State::NoPresence);
    // "until midnight" is two hours.
    QCOMPARE(week.day(2).presentSeconds, hm(2, 0));
    // A "to" equal to its "from" is empty, not a whole day (the one rule of
    // DaySummary, PresencesModel and PresenceDraft).
    QCOMPARE(week.day(1).state, State::Closed);
    QCOMPARE(week.day(1).presentSeconds, qint64(0));
    QCOMPARE(week.presentSeconds(), hm(7, 0));
}

void TestWeekBalance::neverClosedPastDayHasNoDifferenceAndIsLeftOutOfTheWeek()
{
    // Tuesday: clocked in again at 13:00 and never out.
    const WeekBalance week =
        balance({presence(1, day(0), "08:00", "16:00"), presence(2, day(1), "08:00", "12:00"),
                 presence(3, day(1), "13:00")},
                {hm(7, 50), hm(8, 0), 0, 0, 0, 0, 0});
    const WeekBalance::Day &tuesday = week.day(1);
    QCOMPARE(tuesday.state, State::EndUnknown);
    QCOMPARE(tuesday.presentSeconds, hm(4, 0)); // what is known: the closed part
    QCOMPARE(tuesday.loggedSeconds, hm(8, 0));
    QVERIFY(!tuesday.hasDifference());
    QCOMPARE(tuesday.differenceSeconds, qint64(0));
    QVERIFY(!tuesday.standsOut);
    QCOMPARE(tuesday.openSince, std::optional<QTime>(QTime(13, 0)));
    QVERIFY(week.dayNote(1).contains(QStringLiteral("since 13:00")));
    QVERIFY(week.dayNote(1).contains(QStringLiteral("unknown")));

    // The week counts its present and logged time, but its difference only
    // Monday's: Tuesday's −4:00 would be made up.
    QVERIFY(!week.isClockedIn());
    QCOMPARE(week.presentSeconds(), hm(12, 0));
    QCOMPARE(week.loggedSeconds(), hm(15, 50));
    QCOMPARE(week.differenceSeconds(), hm(0, 10));
    QVERIFY(!week.weekStandsOut());
    QCOMPARE(week.daysLeftOut(), QList<QDate>{day(1)});
    QCOMPARE(week.weekNote(),
             QStringLiteral(
                 "0:10 not logged yet\nNot counted: Tuesday (no presence, or never clocked out)"));

    // A never-closed one on a future day has no known end either.
    const WeekBalance later = balance({presence(1, day(6), "09:00")}, {});
    QCOMPARE(later.day(6).state, State::EndUnknown);
}

void TestWeekBalance::loggedWithoutPresenceIsLeftOutOfTheWeek()
{
    // Saturday: logged from home without clocking in.
    const WeekBalance week =
        balance({presence(1, day(0), "08:00", "16:00")}, {hm(8, 0), 0, 0, 0, 0, hm(1, 0), 0});
    QCOMPARE(week.day(5).state, State::NoPresence);
    QVERIFY(!week.day(5).hasDifference());
    QVERIFY(week.dayNote(5).startsWith(QStringLiteral("No presence on this day")));
    QCOMPARE(week.loggedSeconds(), hm(9, 0));
    QCOMPARE(week.differenceSeconds(), qint64(0));
    QCOMPARE(week.daysLeftOut(), QList<QDate>{day(5)});
    QVERIFY(week.weekNote().contains(QStringLiteral("Saturday")));
}

void TestWeekBalance::wholeMinutesSoTheShownNumbersAddUp()
{
    // Logged with seconds (a stopped timer): each day's difference is the
    // difference of the minutes shown, and the week's logged time reads as
    // the grid's week total (the sum cut off once).
    const WeekBalance week =
        balance({presence(1, day(0), "08:00", "12:10"), presence(2, day(1), "08:00", "09:00")},
                {hm(3, 22) + 50, hm(0, 59) + 40, 0, 0, 0, 0, 0});
    QCOMPARE(week.day(0).loggedSeconds, hm(3, 22));
    QCOMPARE(week.day(0).differenceSeconds, hm(0, 48)); // 4:10 − 3:22
    QCOMPARE(week.day(1).loggedSeconds, hm(0, 59));
    QCOMPARE(week.day(1).differenceSeconds, hm(0, 1));
    QCOMPARE(week.presentSeconds(), hm(5, 10));
    QCOMPARE(week.loggedSeconds(), hm(4, 22)); // 3:22:50 + 0:59:40 = 4:22:30
    // The week column adds up: 5:10 − 4:22.
    QCOMPARE(week.differenceSeconds(), week.presentSeconds() - week.loggedSeconds());
    QCOMPARE(week.differenceSeconds(), hm(0, 48));
}

void TestWeekBalance::texts()
{
    QCOMPARE(WeekBalance::durationText(hm(7, 45)), QStringLiteral("7:45"));
    QCOMPARE(WeekBalance::durationText(hm(41, 5)), QStringLiteral("41:05"));
    QCOMPARE(WeekBalance::differenceText(hm(0, 35)), QStringLiteral("+0:35"));
    QCOMPARE(WeekBalance::differenceText(-hm(0, 20)), QStringLiteral("−0:20"));
    QCOMPARE(WeekBalance::differenceText(-hm(0, 20)).at(0), QChar(0x2212)); // a real minus
    QCOMPARE(WeekBalance::differenceText(0), QStringLiteral("0:00"));
    QCOMPARE(WeekBalance::differenceMeaning(hm(0, 35)), QStringLiteral("0:35 not logged yet"));
    QCOMPARE(WeekBalance::differenceMeaning(-hm(1, 5)), QStringLiteral("1:05 more than present"));
    QCOMPARE(WeekBalance::differenceMeaning(0), QStringLiteral("All logged"));
}

void TestWeekBalance::fromTheModels()
{
    PresencesModel presences(m_clock);
    presences.setPresences(monday, monday.addDays(6),
                           {presence(1, day(0), "08:00", "16:00"), presence(2, friday, "08:05")});
    WeekGridModel grid(m_clock);
    grid.setWeek(monday, {TestActivities::stored(1, day(0), hm(7, 25)),
                          TestActivities::stored(2, friday, hm(1, 0))});
    QCOMPARE(WeekBalance::presencesOf(presences).size(), 2);

    WeekBalance week = WeekBalance::of(presences, grid, *m_clock);
    QCOMPARE(week.monday(), monday);
    QCOMPARE(week.day(0).differenceSeconds, hm(0, 35));
    QCOMPARE(week.day(4).state, State::Open);
    QCOMPARE(week.day(4).presentSeconds, hm(4, 10));
    QCOMPARE(week.day(4).loggedSeconds, hm(1, 0));
    // The model's own live total of the day agrees.
    QCOMPARE(week.day(4).presentSeconds, presences.totalSecondsOn(friday));
    m_clock->advance(std::chrono::minutes(20));
    week = WeekBalance::of(presences, grid, *m_clock);
    QCOMPARE(week.day(4).presentSeconds, hm(4, 30));
    QCOMPARE(week.day(4).presentSeconds, presences.totalSecondsOn(friday));
}

QTEST_GUILESS_MAIN(TestWeekBalance)
#include "tst_weekbalance.moc"
