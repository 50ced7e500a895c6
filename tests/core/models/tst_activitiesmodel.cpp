// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ActivitiesModel.h"
#include "core/models/ActivityFilterProxy.h"
#include "core/models/ItemDataRole.h"
#include "support/FakeClock.h"
#include "support/TestActivities.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Column = ActivitiesModel::Column;

namespace {
const QDate monday(2026, 11, 23);

LocalActivity local(qint64 localId, const QDate &date, const QString &customer,
                    const QString &project, const QString &task, const QString &description,
                    qint64 seconds)
{
    LocalActivity l =
        TestActivities::named(localId, date, 1, customer, project, task, description, seconds);
    l.activity.billable = true;
    l.activity.project.identifier = QStringLiteral("P-%1").arg(localId);
    l.activity.user = UserRef{7, QStringLiteral("Anna"), QStringLiteral("Müller")};
    return l;
}

QList<LocalActivity> week()
{
    LocalActivity billed =
        local(3, monday.addDays(1), QStringLiteral("Zebra AG"), QStringLiteral("Wartung"),
              QStringLiteral("Support"), QStringLiteral("Ticket 17"), 900);
    billed.activity.billed = true;
    LocalActivity refused =
        local(4, monday.addDays(2), QStringLiteral("Café Kränzchen"), QStringLiteral("Kasse"),
              QStringLiteral("Entwicklung"), QStringLiteral("Kassensturz"), 36000);
    refused.pending = true;
    refused.needsAttention = true;
    refused.errorMessage = QStringLiteral("Project is archived");
    return {
        local(1, monday, QStringLiteral("Müller & Söhne GmbH"), QStringLiteral("Website"),
              QStringLiteral("Design"), QStringLiteral("Wireframes"), 5400),
        local(2, monday, QStringLiteral("Müller & Söhne GmbH"), QStringLiteral("Website"),
              QStringLiteral("Beratung"), QString(), 1800),
        billed,
        refused,
        // Outside the range and of another user: both left out.
        local(5, monday.addDays(9), QStringLiteral("X"), QStringLiteral("X"), QStringLiteral("X"),
              QString(), 60),
    };
}
} // namespace

class TestActivitiesModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void rowsAreTheRangesActivitiesOfTheUser();
    void columnsShowWhatTheUserLogged();
    void runningTimerIsLiveFromItsStartTime();
    void billedRowsAreReadOnly();
    void editsAreRequestedNotWritten();
    void refusedChangesCarryTheServersMessage();
    void proxySortsByTypedValuesAndFiltersWithoutAccents();
    void sortingKeepsSelectionAndSurvivesReload();
    void aStoreChangeTouchesOnlyItsRows();
    void aChangedValueMovesItsRowInASortedView();

private:
    FakeClock *m_clock = nullptr;
    ActivitiesModel *m_model = nullptr;
    ActivityFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void TestActivitiesModel::init()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_clock = new FakeClock(QDateTime(monday, QTime(10, 0), QTimeZone::utc()), this);
    m_model = new ActivitiesModel(m_clock, this);
    m_proxy = new ActivityFilterProxy(m_model, this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxyTester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setUserId(7);
    QList<LocalActivity> activities = week();
    LocalActivity other = local(6, monday, QStringLiteral("Y"), QStringLiteral("Y"),
                                QStringLiteral("Y"), QString(), 60);
    other.activity.user->id = 8;
    activities.append(other);
    m_model->setActivities(monday, monday.addDays(6), activities);
}

void TestActivitiesModel::cleanup()
{
    delete m_proxyTester;
    delete m_tester;
    delete m_proxy;
    delete m_model;
    delete m_clock;
    QLocale::setDefault(QLocale::c());
}

void TestActivitiesModel::rowsAreTheRangesActivitiesOfTheUser()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(Column::ColumnCount));
    QCOMPARE(m_model->rowOfLocalId(4), 3);
    QCOMPARE(m_model->rowOfLocalId(5), -1);
    QCOMPARE(m_model->rowOfLocalId(6), -1);
    QCOMPARE(m_model->totalSeconds(), 5400 + 1800 + 900 + 36000);
    QCOMPARE(m_model->totalSecondsOn(monday), 5400 + 1800);
    QCOMPARE(m_model->headerData(Column::DurationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Duration"));
}

void TestActivitiesModel::columnsShowWhatTheUserLogged()
{
    const auto text = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(text(0, Column::DateColumn), QStringLiteral("23.11.26"));
    QCOMPARE(text(0, Column::CustomerColumn), QStringLiteral("Müller & Söhne GmbH"));
    QCOMPARE(text(0, Column::ProjectColumn), QStringLiteral("Website"));
    QCOMPARE(text(0, Column::TaskColumn), QStringLiteral("Design"));
    QCOMPARE(text(0, Column::DescriptionColumn), QStringLiteral("Wireframes"));
    QCOMPARE(text(0, Column::DurationColumn), QStringLiteral("1:30"));
    QCOMPARE(m_model->index(0, Column::BillableColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(text(2, Column::BilledColumn), QStringLiteral("Billed"));
    QCOMPARE(text(0, Column::BilledColumn), QString());
    QCOMPARE(text(0, Column::TimerColumn), QString());
    QCOMPARE(m_model->index(0, 0).data(ItemDataRole::LocalId).toLongLong(), 1);
    QCOMPARE(m_model->index(0, 0).data(ItemDataRole::ActivityId).toLongLong(), 1001);
    QCOMPARE(m_model->index(1, 0).data(ItemDataRole::ActivityDate).toDate(), monday);
}

void TestActivitiesModel::runningTimerIsLiveFromItsStartTime()
{
    QList<LocalActivity> activities = week();
    activities[1].activity.timerStartedAt = m_clock->utcNow().addSecs(-(12 * 60 + 5));
    m_model->setActivities(monday, monday.addDays(6), activities);
    QCOMPARE(m_model->runningRow(), 1);
    const QModelIndex duration = m_model->index(1, Column::DurationColumn);
    QCOMPARE(duration.data().toString(), QStringLiteral("0:42:05"));
    QCOMPARE(m_model->index(1, Column::TimerColumn).data().toString(), QStringLiteral("Running"));
    QVERIFY(!(duration.flags() & Qt::ItemIsEditable)); // a running duration is not typed over

    QSignalSpy changed(m_model, &ActivitiesModel::dataChanged);
    QSignalSpy total(m_model, &ActivitiesModel::totalChanged);
    m_clock->advance(10min); // emits jumped(): no tick is counted, time is read
    QCOMPARE(duration.data().toString(), QStringLiteral("0:52:05"));
    QCOMPARE(duration.data(ItemDataRole::Seconds).toLongLong(), 52 * 60 + 5);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(total.count(), 1);
    QCOMPARE(m_model->totalSeconds(), 5400 + 52 * 60 + 5 + 900 + 36000);
}

void TestActivitiesModel::billedRowsAreReadOnly()
{
    for (int column = 0; column < Column::ColumnCount; ++column)
        QVERIFY(!(m_model->index(2, column).flags() & Qt::ItemIsEditable));
    QVERIFY(m_model->index(0, Column::DescriptionColumn).flags() & Qt::ItemIsEditable);
    QVERIFY(m_model->index(0, Column::DurationColumn).flags() & Qt::ItemIsEditable);
    QSignalSpy requested(m_model, &ActivitiesModel::editRequested);
    QVERIFY(!m_model->setData(m_model->index(2, Column::DescriptionColumn), QStringLiteral("x")));
    QCOMPARE(requested.count(), 0);
    QCOMPARE(m_model->index(2, Column::DurationColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Billed: this activity can no longer be changed."));
}

void TestActivitiesModel::editsAreRequestedNotWritten()
{
    QSignalSpy requested(m_model, &ActivitiesModel::editRequested);
    QVERIFY(m_model->setData(m_model->index(0, Column::DurationColumn), QStringLiteral("1,75")));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), 1);
    QCOMPARE(requested.first().at(1).value<Activity>().seconds, 6300);
    // The model shows the store's state until the store re-feeds it.
    QCOMPARE(m_model->index(0, Column::DurationColumn).data().toString(), QStringLiteral("1:30"));

    QVERIFY(!m_model->setData(m_model->index(0, Column::DurationColumn), QStringLiteral("25h")));
    QVERIFY(m_model->setData(m_model->index(0, Column::DescriptionColumn),
                             QStringLiteral(" Wireframes v2 ")));
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().at(1).value<Activity>().description, QStringLiteral("Wireframes v2"));
}

void TestActivitiesModel::refusedChangesCarryTheServersMessage()
{
    const QModelIndex refused = m_model->index(3, Column::DescriptionColumn);
    QVERIFY(refused.data(ItemDataRole::NeedsAttention).toBool());
    QVERIFY(refused.data(ItemDataRole::IsPending).toBool());
    QCOMPARE(refused.data(ItemDataRole::ErrorMessage).toString(),
             QStringLiteral("Project is archived"));
    QCOMPARE(refused.data(Qt::ToolTipRole).toString(),
             QStringLiteral("MOCO refused this change: Project is archived"));
}

void TestActivitiesModel::proxySortsByTypedValuesAndFiltersWithoutAccents()
{
    const auto column = [this](int c) {
        QStringList values;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            values << m_proxy->index(row, c).data().toString();
        return values;
    };
    // As text, "10:00" would sort before "1:30": durations compare as seconds.
    m_proxy->sort(Column::DurationColumn);
    QCOMPARE(column(Column::DurationColumn),
             (QStringList{QStringLiteral("0:15"), QStringLiteral("0:30"), QStringLiteral("1:30"),
                          QStringLiteral("10:00")}));
    m_proxy->sort(Column::CustomerColumn, Qt::DescendingOrder);
    QCOMPARE(column(Column::CustomerColumn).first(), QStringLiteral("Zebra AG"));

    m_proxy->setFilterText(QStringLiteral("cafe kasse"));
    QCOMPARE(column(Column::DescriptionColumn), QStringList{QStringLiteral("Kassensturz")});
    m_proxy->setFilterText(QStringLiteral("MULLER"));
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestActivitiesModel::sortingKeepsSelectionAndSurvivesReload()
{
    const QPersistentModelIndex selected = m_proxy->index(3, Column::DescriptionColumn);
    QCOMPARE(selected.data().toString(), QStringLiteral("Kassensturz"));
    m_proxy->sort(Column::DurationColumn, Qt::DescendingOrder);
    QCOMPARE(selected.row(), 0); // 10:00 is the longest
    QCOMPARE(selected.data().toString(), QStringLiteral("Kassensturz"));

    // The store re-feeds the model after every change: the sort stays.
    m_proxy->setFilterText(QStringLiteral("mull"));
    m_model->setActivities(monday, monday.addDays(6), week());
    QCOMPARE(m_proxy->rowCount(), 2);
    QCOMPARE(m_proxy->index(0, Column::DurationColumn).data().toString(), QStringLiteral("1:30"));
    QCOMPARE(m_proxy->index(1, Column::DurationColumn).data().toString(), QStringLiteral("0:30"));
    m_proxy->setFilterText(QString());
    QCOMPARE(m_model->index(0, Column::DurationColumn).data().toString(), QStringLiteral("10:00"));
    QCOMPARE(m_model->index(3, Column::DurationColumn).data().toString(), QStringLiteral("0:15"));
}

void TestActivitiesModel::aStoreChangeTouchesOnlyItsRows()
{
    // Store order: 1, 2 (Monday), 3 (Tuesday), 4 (Wednesday).
    const QPersistentModelIndex kassensturz = m_model->index(3, Column::DescriptionColumn);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy totals(m_model, &ActivitiesModel::totalChanged);

    // The same rows read again: nothing to repaint.
    m_model->setActivities(monday, monday.addDays(6), week());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(totals.count(), 0);

    // A sync brings one changed duration: one row repaints.
    QList<LocalActivity> activities = week();
    activities[1].activity.seconds = 2700;
    m_model->setActivities(monday, monday.addDays(6), activities);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.last().at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(m_model->index(1, Column::DurationColumn).data().toString(), QStringLiteral("0:45"));
    QCOMPARE(totals.count(), 1);

    // One added on Monday (the store puts it after the other two), one gone.
    activities.insert(2, local(7, monday, QStringLiteral("Müller & Söhne GmbH"),
                               QStringLiteral("Website"), QStringLiteral("Design"),
                               QStringLiteral("Logo"), 600));
    activities.removeAt(3); // the billed Tuesday one, deleted in MOCO
    m_model->setActivities(monday, monday.addDays(6), activities);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.last().at(1).toInt(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(2, Column::DescriptionColumn).data().toString(),
             QStringLiteral("Logo"));
    QCOMPARE(kassensturz.row(), 3);
    QCOMPARE(kassensturz.data().toString(), QStringLiteral("Kassensturz"));

    // Another range is another list: that resets.
    m_model->setActivities(monday.addDays(7), monday.addDays(13), {});
    QCOMPARE(resets.count(), 1);
    QVERIFY(!kassensturz.isValid());
}

void TestActivitiesModel::aChangedValueMovesItsRowInASortedView()
{
    m_model->sort(Column::DurationColumn, Qt::DescendingOrder); // 4, 1, 2, 3
    const QPersistentModelIndex ticket = m_model->index(3, Column::DescriptionColumn);
    QCOMPARE(ticket.data().toString(), QStringLiteral("Ticket 17"));
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(m_model, &QAbstractItemModel::layoutChanged);

    QList<LocalActivity> activities = week();
    activities[2].activity.seconds = 7200; // Ticket 17: 0:15 → 2:00
    m_model->setActivities(monday, monday.addDays(6), activities);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(ticket.row(), 1); // after 10:00, before 1:30
    QCOMPARE(ticket.data().toString(), QStringLiteral("Ticket 17"));
    QCOMPARE(m_model->index(1, Column::DurationColumn).data().toString(), QStringLiteral("2:00"));
    QCOMPARE(m_proxy->index(1, Column::DescriptionColumn).data().toString(),
             QStringLiteral("Ticket 17"));
}

QTEST_GUILESS_MAIN(TestActivitiesModel)
#include "tst_activitiesmodel.moc"
