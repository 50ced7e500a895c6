// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/CalendarWeek.h"
#include "core/models/ItemDataRole.h"
#include "core/models/WeekGridModel.h"
#include "support/FakeClock.h"
#include "support/TestActivities.h"

#include <QAbstractItemModelTester>
#include <QSet>
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

using Cell = std::pair<int, int>; // row, column

// Every cell that dataChanged() named, ranges spelled out.
QSet<Cell> changedCells(const QSignalSpy &spy)
{
    QSet<Cell> cells;
    for (const QList<QVariant> &signal : spy) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                cells.insert({row, column});
        }
    }
    return cells;
}

// The signals of one re-feed, to tell an update in place from a reset.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , changed(model, &QAbstractItemModel::dataChanged)
    {}
    QSignalSpy reset;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy layout;
    QSignalSpy changed;
};

constexpr int mondayColumn = WeekGridModel::MondayColumn;
constexpr int totalColumn = WeekGridModel::TotalColumn;
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
    void sameWeekChangesOnlyTheCellsThatDiffer();
    void newRowIsInsertedAtItsPlace();
    void rowWithoutActivitiesIsRemoved();
    void renameMovesTheRowWithItsIndexes();
    void runningTimerFollowsRowsThatMove();
    void mixedChangesEndAsAFreshFeed();
    void anotherWeekResets();

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

void TestWeekGridModel::sameWeekChangesOnlyTheCellsThatDiffer()
{
    const QDate monday(2026, 11, 23);
    QList<LocalActivity> week{local(1, monday, 1, 10, QString(), 3600),
                              local(2, monday.addDays(2), 2, 20, QString(), 1800),
                              local(3, monday.addDays(2), 3, 30, QString(), 900)};
    m_model->setWeek(monday, week);
    const QPersistentModelIndex current = m_model->index(1, mondayColumn + 2);
    ModelSignals spies(m_model);

    week[1].activity.seconds = 2700; // project 2, Wednesday
    m_model->setWeek(monday, week);

    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.layout.size(), 0);
    const int totals = 3;
    const QSet<Cell> expected{
        {1, mondayColumn + 2}, {1, totalColumn}, {totals, mondayColumn + 2}, {totals, totalColumn}};
    QCOMPARE(changedCells(spies.changed), expected);
    QCOMPARE(current.row(), 1);
    QCOMPARE(current.data(ItemDataRole::Seconds).toLongLong(), 2700);
    QCOMPARE(m_model->weekTotal(), 3600 + 2700 + 900);

    // The same activities once more: nothing to say.
    spies.changed.clear();
    m_model->setWeek(monday, week);
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
}

void TestWeekGridModel::newRowIsInsertedAtItsPlace()
{
    const QDate monday(2026, 11, 23);
    QList<LocalActivity> week{local(1, monday, 1, 10, QString(), 3600),
                              local(3, monday.addDays(1), 3, 30, QString(), 900)};
    m_model->setWeek(monday, week);
    const QPersistentModelIndex project3 = m_model->index(1, mondayColumn + 1);
    const QPersistentModelIndex weekTotal = m_model->index(2, totalColumn);
    ModelSignals spies(m_model);

    week << local(2, monday.addDays(4), 2, 20, QStringLiteral("Review"), 1800);
    m_model->setWeek(monday, week);

    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.layout.size(), 0);
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.first().at(1).toInt(), 1); // between projects 1 and 3
    QCOMPARE(spies.inserted.first().at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 3 + 1);
    QCOMPARE(m_model->index(1, 0).data().toString(),
             QStringLiteral("Projekt 2 · Aufgabe 20 · Review"));
    QCOMPARE(m_model->secondsAt(1, 4), 1800);
    // The row below moved with its index; the totals row is still last.
    QCOMPARE(project3.row(), 2);
    QCOMPARE(project3.data(ItemDataRole::ProjectId).toLongLong(), 3);
    QCOMPARE(project3.data(ItemDataRole::Seconds).toLongLong(), 900);
    QCOMPARE(weekTotal.row(), 3);
    QVERIFY(m_model->isTotalsRow(weekTotal.row()));
    // The new row came with its cells; only the totals it adds to changed.
    const QSet<Cell> expected{{3, mondayColumn + 4}, {3, totalColumn}};
    QCOMPARE(changedCells(spies.changed), expected);
    QCOMPARE(m_model->weekTotal(), 3600 + 900 + 1800);
}

void TestWeekGridModel::rowWithoutActivitiesIsRemoved()
{
    const QDate monday(2026, 11, 23);
    QList<LocalActivity> week{local(1, monday, 1, 10, QString(), 3600),
                              local(2, monday, 2, 20, QString(), 1800),
                              local(3, monday.addDays(1), 3, 30, QString(), 900)};
    m_model->setWeek(monday, week);
    const QPersistentModelIndex project3 = m_model->index(2, 0);
    ModelSignals spies(m_model);

    week.removeAt(1); // project 2's only activity
    m_model->setWeek(monday, week);

    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.layout.size(), 0);
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.removed.first().at(1).toInt(), 1);
    QCOMPARE(spies.removed.first().at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2 + 1);
    QCOMPARE(project3.row(), 1);
    QCOMPARE(project3.data(ItemDataRole::ProjectId).toLongLong(), 3);
    const QSet<Cell> expected{{2, mondayColumn}, {2, totalColumn}};
    QCOMPARE(changedCells(spies.changed), expected);
    QCOMPARE(m_model->secondsAt(2, 0), 3600);

    // The last ones go too: the totals row stays, at zero.
    m_model->setWeek(monday, {});
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(!project3.isValid());
    QCOMPARE(m_model->weekTotal(), 0);
}

void TestWeekGridModel::renameMovesTheRowWithItsIndexes()
{
    const QDate monday(2026, 11, 23);
    QList<LocalActivity> week{local(1, monday, 1, 10, QString(), 3600),
                              local(2, monday, 2, 20, QString(), 1800)};
    m_model->setWeek(monday, week);
    const QPersistentModelIndex project1 = m_model->index(0, mondayColumn);
    ModelSignals spies(m_model);

    // Renamed on the server: it now sorts after project 2.
    week[0].activity.project.name = QStringLiteral("Zukunft");
    m_model->setWeek(monday, week);

    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.layout.size(), 1);
    QCOMPARE(m_model->index(0, 0).data(ItemDataRole::ProjectId).toLongLong(), 2);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Zukunft · Aufgabe 10"));
    QCOMPARE(project1.row(), 1);
    QCOMPARE(project1.data(ItemDataRole::Seconds).toLongLong(), 3600);
    // Its label shows the new name; its times did not change.
    const QSet<Cell> expected{{1, 0}};
    QCOMPARE(changedCells(spies.changed), expected);
}

void TestWeekGridModel::runningTimerFollowsRowsThatMove()
{
    const QDate monday(2026, 11, 23);
    const QDate friday = monday.addDays(4); // the fake clock's today
    LocalActivity running = local(3, friday, 3, 30, QString(), 600);
    running.activity.timerStartedAt = m_clock->utcNow().addSecs(-1200);
    QList<LocalActivity> week{local(1, monday, 1, 10, QString(), 3600), running};
    m_model->setWeek(monday, week);

    // A row above the timer's comes and goes; the live time stays with it.
    week << local(2, monday, 2, 20, QString(), 900);
    m_model->setWeek(monday, week);
    const QModelIndex timer = m_model->index(2, mondayColumn + 4);
    QVERIFY(timer.data(ItemDataRole::IsRunning).toBool());
    QCOMPARE(timer.data(ItemDataRole::Seconds).toLongLong(), 600 + 1200);
    QVERIFY(!m_model->index(1, mondayColumn + 4).data(ItemDataRole::IsRunning).toBool());

    QSignalSpy changed(m_model, &WeekGridModel::dataChanged);
    m_clock->advance(10min);
    const QSet<Cell> ticking{
        {2, mondayColumn + 4}, {2, totalColumn}, {3, mondayColumn + 4}, {3, totalColumn}};
    QCOMPARE(changedCells(changed), ticking);
    QCOMPARE(timer.data(ItemDataRole::Seconds).toLongLong(), 600 + 1800);

    week.removeAt(2);
    m_model->setWeek(monday, week);
    const QModelIndex moved = m_model->index(1, mondayColumn + 4);
    QVERIFY(moved.data(ItemDataRole::IsRunning).toBool());
    QCOMPARE(m_model->weekTotal(), 3600 + 600 + 1800);

    // Stopped at the same time it showed: the cell still changes (no "●").
    week[1].activity.timerStartedAt.reset();
    week[1].activity.seconds = 600 + 1800;
    changed.clear();
    m_model->setWeek(monday, week);
    QVERIFY(!moved.data(ItemDataRole::IsRunning).toBool());
    QCOMPARE(moved.data(ItemDataRole::Seconds).toLongLong(), 600 + 1800);
    QVERIFY(changedCells(changed).contains({1, mondayColumn + 4}));
    QVERIFY(!m_model->index(2, totalColumn).data(ItemDataRole::IsRunning).toBool());
    changed.clear();
    m_clock->advance(10min);
    QCOMPARE(changed.size(), 0); // nothing runs any more
}

void TestWeekGridModel::mixedChangesEndAsAFreshFeed()
{
    const QDate monday(2026, 11, 23);
    QList<LocalActivity> week;
    for (int project = 1; project <= 6; ++project)
        week << local(project, monday.addDays(project % 7), project, project * 10, QString(), 600);
    m_model->setWeek(monday, week);
    QList<QPersistentModelIndex> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rows << m_model->index(row, mondayColumn + 1);
    ModelSignals spies(m_model);

    // Rows 1 and 4 go, project 6 moves to the top, two rows come in between.
    week.removeAt(4);
    week.removeAt(1);
    week[3].activity.project.name = QStringLiteral("Anfang");
    week << local(7, monday, 25, 250, QString(), 300) << local(8, monday, 26, 260, QString(), 300);
    m_model->setWeek(monday, week);

    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.removed.size(), 2);
    QCOMPARE(spies.layout.size(), 1);
    QCOMPARE(spies.inserted.size(), 1); // neighbours, one range
    WeekGridModel fresh(m_clock);
    fresh.setWeek(monday, week);
    QCOMPARE(m_model->rowCount(), fresh.rowCount());
    for (int row = 0; row < fresh.rowCount(); ++row) {
        for (int column = 0; column < fresh.columnCount(); ++column) {
            for (const int role :
                 {int(Qt::DisplayRole), int(ItemDataRole::Seconds), int(ItemDataRole::ProjectId)})
                QCOMPARE(m_model->index(row, column).data(role),
                         fresh.index(row, column).data(role));
        }
    }
    // The rows that stayed are followed by their indexes; those that went are gone.
    const QList<qint64> projects{1, -2, 3, 4, -5, 6};
    for (int row = 0; row < projects.size(); ++row) {
        QCOMPARE(rows.at(row).isValid(), projects.at(row) > 0);
        if (projects.at(row) > 0)
            QCOMPARE(rows.at(row).data(ItemDataRole::ProjectId).toLongLong(), projects.at(row));
    }
    QCOMPARE(rows.at(5).row(), 0);
    QVERIFY(m_model->isTotalsRow(rows.last().row()));
}

void TestWeekGridModel::anotherWeekResets()
{
    const QDate monday(2026, 11, 23);
    m_model->setWeek(monday, {local(1, monday, 1, 10, QString(), 3600)});
    ModelSignals spies(m_model);
    const QDate next = monday.addDays(7);
    m_model->setWeek(next, {local(2, next, 1, 10, QString(), 1800)});
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(m_model->monday(), next);
    QCOMPARE(m_model->secondsAt(0, 0), 1800);
}

QTEST_GUILESS_MAIN(TestWeekGridModel)
#include "tst_weekgridmodel.moc"
