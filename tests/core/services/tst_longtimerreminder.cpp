// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/LongTimerReminder.h"
#include "support/FakeClock.h"

#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;

namespace {
// A reminder on a fake clock with its limit set, and the reminders it gave.
struct ReminderOnFakeClock
{
    explicit ReminderOnFakeClock(int limitHours)
        : reminder(&clock)
        , due(&reminder, &LongTimerReminder::due)
    {
        reminder.setLimitHours(limitHours);
    }

    FakeClock clock;
    LongTimerReminder reminder;
    QSignalSpy due;
};
} // namespace

// "Still working on …?" comes once per timer run, after the configured
// hours of that run, measured on the wall clock (sleep and clock changes
// included).
class TestLongTimerReminder : public QObject
{
    Q_OBJECT

private slots:
    void remindsOnceWhenTheRunPassesTheLimit()
    {
        ReminderOnFakeClock t(8);
        auto &[clock, reminder, due] = t;
        reminder.setRunning(7, clock.utcNow());
        QCOMPARE(reminder.dueAt(), clock.utcNow().addSecs(8 * 3600));
        clock.advance(7h + 59min);
        QCOMPARE(due.count(), 0);
        clock.advance(1min);
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.first().first().toLongLong(), 7);
        QVERIFY(!reminder.dueAt().isValid());
        // The server's start time replaces the local one: the same run.
        reminder.setRunning(7, clock.utcNow().addSecs(-8 * 3600 + 3));
        clock.advance(3h);
        QCOMPARE(due.count(), 1);
    }

    void aTimerFoundRunningLongAgoRemindsAtOnce()
    {
        // The app restarts (or resumes) while a forgotten timer runs.
        ReminderOnFakeClock t(8);
        auto &[clock, reminder, due] = t;
        reminder.setRunning(3, clock.utcNow().addSecs(-9 * 3600));
        QCOMPARE(due.count(), 1);
    }

    void aNewRunMayRemindAgain()
    {
        ReminderOnFakeClock t(1);
        auto &[clock, reminder, due] = t;
        reminder.setRunning(3, clock.utcNow());
        clock.advance(61min);
        QCOMPARE(due.count(), 1);
        reminder.setIdle();
        reminder.setRunning(3, clock.utcNow());
        clock.advance(61min);
        QCOMPARE(due.count(), 2);
        // Stopped and started again without the app seeing it idle.
        reminder.setRunning(3, clock.utcNow());
        clock.advance(61min);
        QCOMPARE(due.count(), 3);
    }

    void stoppingBeforeTheLimitNeverReminds()
    {
        ReminderOnFakeClock t(1);
        auto &[clock, reminder, due] = t;
        reminder.setRunning(3, clock.utcNow());
        clock.advance(30min);
        reminder.setIdle();
        clock.advance(2h);
        QCOMPARE(due.count(), 0);
    }

    void zeroHoursSwitchesItOff()
    {
        ReminderOnFakeClock t(0);
        auto &[clock, reminder, due] = t;
        reminder.setRunning(3, clock.utcNow().addSecs(-30 * 3600));
        clock.advance(1h);
        QCOMPARE(due.count(), 0);
        QVERIFY(!reminder.dueAt().isValid());
        // Switching it on again with a run already over the limit.
        reminder.setLimitHours(8);
        QCOMPARE(due.count(), 1);
    }

    void aWallClockJumpIsNoticed()
    {
        // Resume from a night's sleep or a clock change: monotonic time
        // barely moved, the wall clock did.
        ReminderOnFakeClock t(8);
        auto &[clock, reminder, due] = t;
        reminder.setRunning(3, clock.utcNow());
        clock.setUtcNow(clock.utcNow().addSecs(10 * 3600));
        QCOMPARE(due.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLongTimerReminder)
#include "tst_longtimerreminder.moc"
