// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/CalendarWeek.h"
#include "core/models/ItemDataRole.h"
#include "core/models/WeekGridModel.h"
#include "support/FakeClock.h"
#include "support/TestActivities.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Kind = WeekCellChange::Kind;

namespace {
LocalActivity local(qint64 localId, const QDate &date, qint64 projectId, qint64 taskId,
                    const QString &description, qint64 seconds)
{
    LocalActivity l = TestActivities::stored(localId, date, seconds, description);
    l.activity.project =
        ProjectRef{projectId, QString(), QStringLiteral("Projekt %1").arg(projectId), true};
    l.activity.task = TaskRef{taskId, QStringLiteral("Aufgabe %1").arg(taskId), true};
    l.activity.customer = NamedRef{1, QStringLiteral("Müller & Söhne GmbH")};
    return l;
}

const QTimeZone berlin("Europe/Berlin");
} // namespace

class TestWeekGridModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void rowsGroupProjectTaskAndDescription();
    void totalsAddUpRowsAndDays();
    void weekOfTodayFollowsTheLocalCalendarAcrossDst_data();
    void weekOfTodayFollowsTheLocalCalendarAcrossDst();
    void dstWeeksKeepEveryDayAndTheirTotals_data();
    void dstWeeksKeepEveryDayAndTheirTotals();
    void timerPastMidnightCountsLiveOnItsDay();
    void editingACellPlansTheChange_data();
    void editingACellPlansTheChange();
    void setDataReportsTheChangeAndWritesNothing();

private:
    FakeClock *m_clock = nullptr;
    WeekGridModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestWeekGridModel::init()
{
    m_clock = new FakeClock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc()), this);
    m_model = new WeekGridModel(m_clock, this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestWeekGridModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_clock;
}

void TestWeekGridModel::rowsGroupProjectTaskAndDescription()
{
    const QDate monday(2026, 11, 23);
    m_model->setWeek(monday.addDays(3), // any day of the week selects it
                     {local(1, monday, 2, 20, QStringLiteral("Wireframes"), 3600),
                      local(2, monday.addDays(1), 2, 20, QStringLiteral("Wireframes "), 1800),
                      local(3, monday, 2, 20, QString(), 600),
                      local(4, monday.addDays(2), 1, 10, QString(), 900),
                      local(5, monday.addDays(7), 1, 10, QString(), 900)}); // next week
    QCOMPARE(m_model->monday(), monday);
    QCOMPARE(m_model->rowCount(), 3 + 1);
    QCOMPARE(m_model->columnCount(), int(WeekGridModel::ColumnCount));
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Projekt 1 · Aufgabe 10"));
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Projekt 2 · Aufgabe 20"));
    QCOMPARE(m_model->index(2, 0).data().toString(),
             QStringLiteral("Projekt 2 · Aufgabe 20 · Wireframes"));
    QCOMPARE(m_model->index(3, 0).data().toString(), QStringLiteral("Total"));
    QCOMPARE(m_model->index(2, WeekGridModel::MondayColumn).data().toString(),
             QStringLiteral("1:00"));
    QCOMPARE(m_model->index(2, WeekGridModel::MondayColumn + 1).data().toString(),
             QStringLiteral("0:30"));
    QCOMPARE(m_model->index(2, WeekGridModel::MondayColumn + 2).data().toString(), QString());
    QCOMPARE(
        m_model->index(2, WeekGridModel::MondayColumn + 2).data(ItemDataRole::CellDate).toDate(),
        monday.addDays(2));
    QCOMPARE(
        m_model->headerData(WeekGridModel::SundayColumn, Qt::Horizontal, ItemDataRole::CellDate)
            .toDate(),
        QDate(2026, 11, 29));
}

void TestWeekGridModel::totalsAddUpRowsAndDays()
{
    const QDate monday(2026, 11, 23);
    m_model->setWeek(monday, {local(1, monday, 2, 20, QString(), 3600),
                              local(2, monday.addDays(6), 2, 20, QString(), 1800),
                              local(3, monday, 1, 10, QString(), 900)});
    const int totals = 2;
    QVERIFY(m_model->isTotalsRow(totals));
    QCOMPARE(m_model->index(1, WeekGridModel::TotalColumn).data(ItemDataRole::Seconds).toLongLong(),
             5400);
    QCOMPARE(m_model->index(totals, WeekGridModel::MondayColumn).data().toString(),
             QStringLiteral("1:15"));
    QCOMPARE(m_model->index(totals, WeekGridModel::MondayColumn + 3).data().toString(),
             QStringLiteral("0:00"));
    QCOMPARE(m_model->index(totals, WeekGridModel::TotalColumn).data().toString(),
             QStringLiteral("1:45"));
    QCOMPARE(m_model->weekTotal(), 6300);
    QVERIFY(!(m_model->index(totals, WeekGridModel::MondayColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(!(m_model->index(0, WeekGridModel::TotalColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(m_model->index(0, WeekGridModel::MondayColumn).flags() & Qt::ItemIsEditable);
}

void TestWeekGridModel::weekOfTodayFollowsTheLocalCalendarAcrossDst_data()
{
    QTest::addColumn<QDateTime>("utcNow");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("monday");
    const auto utc = [](int m, int d, int h, int min) {
        return QDateTime(QDate(2026, m, d), QTime(h, min), QTimeZone::utc());
    };
    // 29 March 2026: clocks go forward at 02:00 CET; from then Berlin is UTC+2.
    QTest::newRow("march, Sunday 23:30 CEST")
        << utc(3, 29, 21, 30) << QDate(2026, 3, 29) << QDate(2026, 3, 23);
    QTest::newRow("march, Monday 00:30 CEST")
        << utc(3, 29, 22, 30) << QDate(2026, 3, 30) << QDate(2026, 3, 30);
    QTest::newRow("march, Sunday 00:30 CET")
        << utc(3, 28, 23, 30) << QDate(2026, 3, 29) << QDate(2026, 3, 23);
    // 25 October 2026: clocks go back at 03:00 CEST; from then Berlin is UTC+1.
    QTest::newRow("october, Sunday 23:30 CET")
        << utc(10, 25, 22, 30) << QDate(2026, 10, 25) << QDate(2026, 10, 19);
    QTest::newRow("october, Monday 00:30 CET")
        << utc(10, 25, 23, 30) << QDate(2026, 10, 26) << QDate(2026, 10, 26);
}

void TestWeekGridModel::weekOfTodayFollowsTheLocalCalendarAcrossDst()
{
    QFETCH(QDateTime, utcNow);
    QFETCH(QDate, today);
    QFETCH(QDate, monday);
    QVERIFY(berlin.isValid());
    QCOMPARE(CalendarWeek::localDate(utcNow, berlin), today);
    QCOMPARE(CalendarWeek::mondayOf(today), monday);
}

void TestWeekGridModel::dstWeeksKeepEveryDayAndTheirTotals_data()
{
    QTest::addColumn<QDate>("monday");
    QTest::newRow("spring forward (23-hour Sunday)") << QDate(2026, 3, 23);
    QTest::newRow("fall back (25-hour Sunday)") << QDate(2026, 10, 19);
}

void TestWeekGridModel::dstWeeksKeepEveryDayAndTheirTotals()
{
    QFETCH(QDate, monday);
    QList<LocalActivity> activities;
    for (int day = 0; day < 7; ++day)
        activities << local(day + 1, monday.addDays(day), 1, 10, QString(), (day + 1) * 600);
    m_model->setWeek(monday, activities);
    QCOMPARE(m_model->rowCount(), 2);
    for (int day = 0; day < 7; ++day) {
        QCOMPARE(m_model->secondsAt(0, day), (day + 1) * 600);
        QCOMPARE(m_model->index(1, WeekGridModel::MondayColumn + day)
                     .data(ItemDataRole::CellDate)
                     .toDate(),
                 monday.addDays(day));
    }
    QCOMPARE(m_model->weekTotal(), 28 * 600); // 4:40, not an hour more or less
    QCOMPARE(m_model->index(1, WeekGridModel::TotalColumn).data().toString(),
             QStringLiteral("4:40"));
}

void TestWeekGridModel::timerPastMidnightCountsLiveOnItsDay()
{
    // Sunday 29 March 2026, 23:30 in Berlin (CEST, UTC+2); now Monday 00:30.
    const QDate monday(2026, 3, 23);
    const QDate sunday(2026, 3, 29);
    m_clock->setUtcNow(QDateTime(QDate(2026, 3, 29), QTime(22, 30), QTimeZone::utc()));
    LocalActivity running = local(1, sunday, 1, 10, QStringLiteral("Release"), 600);
    running.activity.timerStartedAt = QDateTime(sunday, QTime(21, 30), QTimeZone::utc());
    m_model->setWeek(monday, {running, local(2, sunday, 1, 10, QString(), 1800)});

    const int sundayColumn = WeekGridModel::SundayColumn;
    const QModelIndex cell = m_model->index(1, sundayColumn);
    QCOMPARE(cell.data(ItemDataRole::Seconds).toLongLong(), 600 + 3600);
    QVERIFY(cell.data(ItemDataRole::IsRunning).toBool());
    QCOMPARE(m_model->weekTotal(), 600 + 3600 + 1800);

    QSignalSpy changed(m_model, &WeekGridModel::dataChanged);
    m_clock->advance(30min);
    QVERIFY(changed.count() >= 3); // cell, row total, day total (and week total)
    QCOMPARE(cell.data(ItemDataRole::Seconds).toLongLong(), 600 + 5400);
    QCOMPARE(m_model->index(2, sundayColumn).data().toString(), QStringLiteral("2:10"));
    QCOMPARE(m_model->index(2, WeekGridModel::MondayColumn).data().toString(),
             QStringLiteral("0:00"));
}

void TestWeekGridModel::editingACellPlansTheChange_data()
{
    QTest::addColumn<QString>("cell"); // what makes up the Monday cell of row 0
    QTest::addColumn<qint64>("newTotal");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("localId");
    QTest::addColumn<qint64>("seconds"); // edited.seconds, or draft.seconds

    QTest::newRow("unchanged") << "one" << qint64(3600) << int(Kind::None) << qint64(0)
                               << qint64(0);
    QTest::newRow("grow the only one")
        << "one" << qint64(5400) << int(Kind::Update) << qint64(1) << qint64(5400);
    QTest::newRow("shrink the only one")
        << "one" << qint64(900) << int(Kind::Update) << qint64(1) << qint64(900);
    QTest::newRow("zero deletes it")
        << "one" << qint64(0) << int(Kind::Delete) << qint64(1) << qint64(0);
    QTest::newRow("empty day creates")
        << "none" << qint64(2700) << int(Kind::Create) << qint64(0) << qint64(2700);
    QTest::newRow("several: create the difference")
        << "two" << qint64(7200) << int(Kind::Create) << qint64(0) << qint64(1800);
    QTest::newRow("several: cannot shrink")
        << "two" << qint64(3600) << int(Kind::Refused) << qint64(0) << qint64(0);
    QTest::newRow("billed: create the difference")
        << "billed" << qint64(4500) << int(Kind::Create) << qint64(0) << qint64(900);
    QTest::newRow("billed: cannot shrink")
        << "billed" << qint64(0) << int(Kind::Refused) << qint64(0) << qint64(0);
    QTest::newRow("over a day") << "one" << qint64(24 * 3600 + 1) << int(Kind::Refused) << qint64(0)
                                << qint64(0);
}

void TestWeekGridModel::editingACellPlansTheChange()
{
    QFETCH(QString, cell);
    QFETCH(qint64, newTotal);
    QFETCH(int, kind);
    QFETCH(qint64, localId);
    QFETCH(qint64, seconds);

    const QDate monday(2026, 11, 23);
    QList<LocalActivity> activities{local(9, monday.addDays(1), 1, 10, QStringLiteral("Doku"), 60)};
    if (cell == QLatin1String("one") || cell == QLatin1String("billed")) {
        activities << local(1, monday, 1, 10, QStringLiteral("Doku"), 3600);
        activities.last().activity.billed = cell == QLatin1String("billed");
    } else if (cell == QLatin1String("two")) {
        activities << local(1, monday, 1, 10, QStringLiteral("Doku"), 3600)
                   << local(2, monday, 1, 10, QStringLiteral("Doku"), 1800);
    }
    m_model->setWeek(monday, activities);

    const WeekCellChange change = m_model->planCellEdit(0, 0, newTotal);
    QCOMPARE(int(change.kind), kind);
    QCOMPARE(change.localId, localId);
    QCOMPARE(change.newTotal, newTotal);
    if (change.kind == Kind::Update) {
        QCOMPARE(change.edited.seconds, seconds);
        QCOMPARE(change.edited.description, QStringLiteral("Doku"));
    }
    if (change.kind == Kind::Create) {
        QCOMPARE(change.draft.seconds, seconds);
        QCOMPARE(change.draft.date, monday);
        QCOMPARE(change.draft.projectId, 1);
        QCOMPARE(change.draft.taskId, 10);
        QCOMPARE(change.draft.description, QStringLiteral("Doku"));
    }
    QCOMPARE(change.refusal.isEmpty(), change.kind != Kind::Refused);
}

void TestWeekGridModel::setDataReportsTheChangeAndWritesNothing()
{
    const QDate monday(2026, 11, 23);
    LocalActivity billed = local(2, monday.addDays(1), 1, 10, QString(), 600);
    billed.activity.billed = true;
    m_model->setWeek(monday, {local(1, monday, 1, 10, QString(), 3600), billed});
    QSignalSpy requested(m_model, &WeekGridModel::cellChangeRequested);
    QSignalSpy refused(m_model, &WeekGridModel::cellChangeRefused);

    const QModelIndex cell = m_model->index(0, WeekGridModel::MondayColumn);
    QVERIFY(m_model->setData(cell, QStringLiteral("1h30")));
    QCOMPARE(requested.count(), 1);
    const auto change = requested.first().at(0).value<WeekCellChange>();
    QCOMPARE(int(change.kind), int(Kind::Update));
    QCOMPARE(change.edited.seconds, 5400);
    QCOMPARE(cell.data().toString(), QStringLiteral("1:00")); // until the store re-feeds it

    QVERIFY(!m_model->setData(cell, QStringLiteral("soon")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().at(1).toString().contains(QStringLiteral("not a duration")));

    QVERIFY(!m_model->setData(m_model->index(0, WeekGridModel::MondayColumn + 1), qint64(0)));
    QCOMPARE(refused.count(), 2);
    QCOMPARE(refused.last().at(1).toString(),
             QStringLiteral("This day includes billed time, which cannot be reduced."));
    QCOMPARE(requested.count(), 1);
}

QTEST_GUILESS_MAIN(TestWeekGridModel)
#include "tst_weekgridmodel.moc"
