// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/DaySummary.h"

#include <QLocale>
#include <QTest>

namespace {
const QDate day(2026, 11, 27);
const QTimeZone berlin("Europe/Berlin");

using Span = std::pair<QString, QString>; // "HH:mm", "" = open

QList<LocalPresence> presences(const QList<Span> &spans, const QDate &date = day)
{
    QList<LocalPresence> result;
    qint64 localId = 0;
    for (const Span &span : spans) {
        LocalPresence local;
        local.localId = ++localId;
        local.presence.date = date;
        local.presence.from = QTime::fromString(span.first, QStringLiteral("HH:mm"));
        if (!span.second.isEmpty())
            local.presence.to = QTime::fromString(span.second, QStringLiteral("HH:mm"));
        result.append(local);
    }
    return result;
}

qint64 hm(int hours, int minutes)
{
    return qint64(hours) * 3600 + qint64(minutes) * 60;
}
} // namespace

class TestDaySummary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void summary_data();
    void summary();
};

void TestDaySummary::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestDaySummary::summary_data()
{
    QTest::addColumn<QDate>("shownDay");
    QTest::addColumn<qint64>("logged");
    QTest::addColumn<QList<LocalPresence>>("presences");
    QTest::addColumn<QDateTime>("now"); // Berlin wall clock
    QTest::addColumn<qint64>("present");
    QTest::addColumn<qint64>("gap");
    QTest::addColumn<QString>("text");

    const QDateTime noon(day, QTime(12, 15), berlin);
    QTest::newRow("no presence: only the logged time")
        << day << hm(3, 22) << QList<LocalPresence>() << noon << qint64(0) << qint64(0)
        << QStringLiteral("Logged 3:22");
    QTest::newRow("nothing at all") << day << qint64(0) << QList<LocalPresence>() << noon
                                    << qint64(0) << qint64(0) << QStringLiteral("Logged 0:00");
    QTest::newRow("open presence counts until now")
        << day << hm(3, 22) << presences({{"08:05", ""}}) << noon << hm(4, 10) << hm(0, 48)
        << QStringLiteral("Present 4:10 · Logged 3:22 · 0:48 not logged yet");
    QTest::newRow("closed presences: sum and span")
        << day << hm(7, 0) << presences({{"13:00", "17:30"}, {"08:00", "12:00"}})
        << QDateTime(day, QTime(18, 0), berlin) << hm(8, 30) << hm(1, 30)
        << QStringLiteral("Present 8:30 · Logged 7:00 · 1:30 not logged yet");
    QTest::newRow("closed and open: the span stays open")
        << day << hm(4, 0) << presences({{"08:00", "12:00"}, {"12:45", ""}})
        << QDateTime(day, QTime(13, 45), berlin) << hm(5, 0) << hm(1, 0)
        << QStringLiteral("Present 5:00 · Logged 4:00 · 1:00 not logged yet");
    QTest::newRow("logged more than present")
        << day << hm(4, 20) << presences({{"08:00", "12:10"}}) << noon << hm(4, 10) << -hm(0, 10)
        << QStringLiteral("Present 4:10 · Logged 4:20 · 0:10 more than present");
    QTest::newRow("all logged: no difference")
        << day << hm(4, 10) << presences({{"08:00", "12:10"}}) << noon << hm(4, 10) << qint64(0)
        << QStringLiteral("Present 4:10 · Logged 4:10");
    QTest::newRow("gap from whole minutes: the shown numbers add up")
        << day << hm(3, 22) + 50 << presences({{"08:00", "12:10"}}) << noon << hm(4, 10)
        << hm(0, 48) << QStringLiteral("Present 4:10 · Logged 3:22 · 0:48 not logged yet");
    QTest::newRow("open presence on a past day: no end, no gap")
        << day.addDays(-1) << hm(2, 0)
        << presences({{"08:00", "09:00"}, {"10:00", ""}}, day.addDays(-1)) << noon << hm(1, 0)
        << qint64(0) << QStringLiteral("Present 1:00 · Logged 2:00");
    QTest::newRow("presences of other days are ignored")
        << day << hm(1, 0) << presences({{"08:00", "17:00"}}, day.addDays(1)) << noon << qint64(0)
        << qint64(0) << QStringLiteral("Logged 1:00");
    QTest::newRow("until midnight")
        << day << hm(1, 0) << presences({{"22:00", "00:00"}})
        << QDateTime(day.addDays(1), QTime(0, 30), berlin) << hm(2, 0) << hm(1, 0)
        << QStringLiteral("Present 2:00 · Logged 1:00 · 1:00 not logged yet");
    QTest::newRow("past midnight is the latest end")
        << day << hm(3, 0) << presences({{"20:00", "22:00"}, {"23:00", "01:00"}})
        << QDateTime(day.addDays(1), QTime(2, 0), berlin) << hm(4, 0) << hm(1, 0)
        << QStringLiteral("Present 4:00 · Logged 3:00 · 1:00 not logged yet");
    QTest::newRow("to equal to from: an empty presence, not a whole day")
        << day << qint64(0) << presences({{"08:00", "09:00"}, {"12:00", "12:00"}}) << noon
        << hm(1, 0) << hm(1, 0)
        << QStringLiteral("Present 1:00 · Logged 0:00 · 1:00 not logged yet");
    QTest::newRow("open just after midnight on the new day")
        << day << qint64(0) << presences({{"00:00", ""}}) << QDateTime(day, QTime(0, 5), berlin)
        << hm(0, 5) << hm(0, 5)
        << QStringLiteral("Present 0:05 · Logged 0:00 · 0:05 not logged yet");
    QTest::newRow("open, clock behind the start: never negative")
        << day << qint64(0) << presences({{"13:00", ""}}) << noon << qint64(0) << qint64(0)
        << QStringLiteral("Present 0:00 · Logged 0:00");
    // 11:00–13:00 was refused by MOCO (it overlaps 08:00–12:00) and never
    // stored there: it is not working time, and is not counted twice.
    QList<LocalPresence> withRefused = presences({{"08:00", "12:00"}, {"11:00", "13:00"}});
    withRefused[1].needsAttention = true;
    withRefused[1].errorMessage = QStringLiteral("From: range overlaps");
    QTest::newRow("a new interval MOCO refused counts nothing")
        << day << hm(4, 0) << withRefused << QDateTime(day, QTime(18, 0), berlin) << hm(4, 0)
        << qint64(0) << QStringLiteral("Present 4:00 · Logged 4:00");
    // 08:00–12:00 is on MOCO; stretching it to 14:00 was refused (it
    // overlaps 13:00–17:00): MOCO's 08:00–12:00 counts, not 08:00–14:00.
    QList<LocalPresence> refusedCorrection = presences({{"08:00", "14:00"}, {"13:00", "17:00"}});
    refusedCorrection[0].presence.id = 31;
    refusedCorrection[1].presence.id = 32;
    refusedCorrection[0].needsAttention = true;
    refusedCorrection[0].onMoco = presences({{"08:00", "12:00"}}).first().presence;
    refusedCorrection[0].onMoco->id = 31;
    QTest::newRow("a refused correction counts as MOCO has it")
        << day << hm(8, 0) << refusedCorrection << QDateTime(day, QTime(18, 0), berlin) << hm(8, 0)
        << qint64(0) << QStringLiteral("Present 8:00 · Logged 8:00");
}

void TestDaySummary::summary()
{
    QFETCH(QDate, shownDay);
    QFETCH(qint64, logged);
    QFETCH(QList<LocalPresence>, presences);
    QFETCH(QDateTime, now);
    QFETCH(qint64, present);
    QFETCH(qint64, gap);
    QFETCH(QString, text);

    const DaySummary summary(shownDay, logged, presences, now.toUTC(), berlin);
    QCOMPARE(summary.loggedSeconds(), logged);
    QCOMPARE(summary.presentSeconds(), present);
    QCOMPARE(summary.gapSeconds(), gap);
    QCOMPARE(summary.text(), text);
}

QTEST_GUILESS_MAIN(TestDaySummary)
#include "tst_daysummary.moc"
