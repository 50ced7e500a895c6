// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ShownPeriod.h"

#include <QTest>

class TestShownPeriod : public QObject
{
    Q_OBJECT
private slots:
    void dayShowsOneDay();
    void weekRunsMondayToSunday();
    void navigatingMovesByTheModesLength();
    void switchingBackToTheDayKeepsTheDate();
};

void TestShownPeriod::dayShowsOneDay()
{
    const ShownPeriod day(QDate(2026, 11, 27), ShownPeriod::Mode::Day);
    QCOMPARE(day.from(), QDate(2026, 11, 27));
    QCOMPARE(day.to(), QDate(2026, 11, 27));
    QVERIFY(day.contains(QDate(2026, 11, 27)));
    QVERIFY(!day.contains(QDate(2026, 11, 28)));
}

void TestShownPeriod::weekRunsMondayToSunday()
{
    // Friday 27 November 2026; a week across the turn of the year too.
    const ShownPeriod week(QDate(2026, 11, 27), ShownPeriod::Mode::Week);
    QCOMPARE(week.from(), QDate(2026, 11, 23));
    QCOMPARE(week.to(), QDate(2026, 11, 29));
    const ShownPeriod newYear(QDate(2027, 1, 1), ShownPeriod::Mode::Week);
    QCOMPARE(newYear.from(), QDate(2026, 12, 28));
    QCOMPARE(newYear.to(), QDate(2027, 1, 3));
}

void TestShownPeriod::navigatingMovesByTheModesLength()
{
    const ShownPeriod day(QDate(2026, 3, 1), ShownPeriod::Mode::Day);
    QCOMPARE(day.previous().date(), QDate(2026, 2, 28));
    QCOMPARE(day.next().date(), QDate(2026, 3, 2));
    const ShownPeriod week = day.withMode(ShownPeriod::Mode::Week);
    QCOMPARE(week.previous().from(), QDate(2026, 2, 16));
    QCOMPARE(week.next().from(), QDate(2026, 3, 2));
}

void TestShownPeriod::switchingBackToTheDayKeepsTheDate()
{
    const ShownPeriod week(QDate(2026, 11, 27), ShownPeriod::Mode::Week);
    QCOMPARE(week.next().withMode(ShownPeriod::Mode::Day).date(), QDate(2026, 12, 4));
}

QTEST_GUILESS_MAIN(TestShownPeriod)
#include "tst_shownperiod.moc"
