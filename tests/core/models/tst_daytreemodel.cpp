// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ActivitiesModel.h"
#include "core/models/DayTreeModel.h"
#include "core/models/ItemDataRole.h"
#include "support/FakeClock.h"
#include "support/TestActivities.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Column = DayTreeModel::Column;

namespace {
const QDate day(2026, 11, 27);

LocalActivity local(qint64 localId, qint64 customerId, const QString &customer,
                    const QString &project, const QString &task, const QString &description,
                    qint64 seconds)
{
    return TestActivities::named(localId, day, customerId, customer, project, task, description,
                                 seconds);
}

QList<LocalActivity> theDay(const QDateTime &now)
{
    LocalActivity running =
        local(3, 2, QStringLiteral("Café Crème SARL"), QStringLiteral("Café-Kasse"),
              QStringLiteral("Support"), QStringLiteral("Kassensturz"), 1800);
    running.activity.timerStartedAt = now.addSecs(-600);
    LocalActivity billed = local(4, 0, {}, QStringLiteral("Interne Meetings"),
                                 QStringLiteral("Abstimmung"), QStringLiteral("Weekly"), 2700);
    billed.activity.billed = true;
    LocalActivity refused = local(5, 1, QStringLiteral("Müller & Söhne GmbH"),
                                  QStringLiteral("App"), QStringLiteral("Entwicklung"), {}, 600);
    refused.needsAttention = true;
    refused.errorMessage = QStringLiteral("Project is archived");
    return {
        local(1, 1, QStringLiteral("Müller & Söhne GmbH"), QStringLiteral("App"),
              QStringLiteral("Design & UX"), QStringLiteral("Wireframes"), 5400),
        billed,
        running,
        local(2, 2, QStringLiteral("Café Crème SARL"), QStringLiteral("Café-Kasse"),
              QStringLiteral("Beratung"), QString(), 900),
        refused,
    };
}
} // namespace

class TestDayTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void customersByNameWithTheirActivities();
    void customerRowsShowLiveSubtotals();
    void activityRowsForwardTheSourceRoles();
    void runningTimerRepaintIsMappedNotAReset();
    void storeChangesMoveOnlyTheRowsTheyTouch();
    void editsInPlaceReachTheSource();
    void billedAndRefusedRowsExplainThemselves();

private:
    QModelIndex group(int row, int column = 0) const { return m_tree->index(row, column); }
    QModelIndex child(int groupRow, int row, int column = 0) const
    {
        return m_tree->index(row, column, group(groupRow));
    }

    FakeClock *m_clock = nullptr;
    ActivitiesModel *m_activities = nullptr;
    DayTreeModel *m_tree = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestDayTreeModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestDayTreeModel::init()
{
    m_clock = new FakeClock(QDateTime(day, QTime(10, 0), QTimeZone::utc()), this);
    m_activities = new ActivitiesModel(m_clock, this);
    m_tree = new DayTreeModel(m_activities, this);
    m_tester = new QAbstractItemModelTester(
        m_tree, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_activities->setActivities(day, day, theDay(m_clock->utcNow()));
}

void TestDayTreeModel::cleanup()
{
    delete m_tester;
    delete m_tree;
    delete m_activities;
    delete m_clock;
}

void TestDayTreeModel::customersByNameWithTheirActivities()
{
    QCOMPARE(m_tree->rowCount(), 3);
    QCOMPARE(group(0).data().toString(), QStringLiteral("Café Crème SARL"));
    QCOMPARE(group(1).data().toString(), QStringLiteral("Müller & Söhne GmbH"));
    // Without a customer: last, under its own heading.
    QCOMPARE(group(2).data().toString(), QStringLiteral("No customer"));
    QVERIFY(DayTreeModel::isCustomerRow(group(2)));
    QVERIFY(!DayTreeModel::isCustomerRow(child(2, 0)));

    // Within a customer, the store's order.
    QCOMPARE(m_tree->rowCount(group(0)), 2);
    QCOMPARE(child(0, 0).data().toString(), QStringLiteral("Café-Kasse · Support"));
    QCOMPARE(child(0, 1).data().toString(), QStringLiteral("Café-Kasse · Beratung"));
    QCOMPARE(m_tree->rowCount(group(1)), 2);
    QCOMPARE(child(1, 0, Column::DescriptionColumn).data().toString(),
             QStringLiteral("Wireframes"));
    QCOMPARE(child(1, 0, Column::DurationColumn).data().toString(), QStringLiteral("1:30"));
    QCOMPARE(child(2, 0).data(ItemDataRole::LocalId).toLongLong(), 4);

    QCOMPARE(m_tree->indexOfLocalId(2), child(0, 1));
    QCOMPARE(m_tree->indexOfLocalId(99), QModelIndex());
    QCOMPARE(m_tree->mapToSource(child(1, 0, Column::DurationColumn)),
             m_activities->index(0, ActivitiesModel::DurationColumn));
    QCOMPARE(m_tree->mapFromSource(m_activities->index(0, ActivitiesModel::DescriptionColumn)),
             child(1, 0, Column::DescriptionColumn));
}

void TestDayTreeModel::customerRowsShowLiveSubtotals()
{
    // 0:30 + 0:10 running, plus 0:15.
    QCOMPARE(group(0, Column::DurationColumn).data().toString(), QStringLiteral("0:55"));
    QCOMPARE(group(0).data(ItemDataRole::Seconds).toLongLong(), 3300);
    QCOMPARE(group(1, Column::DurationColumn).data().toString(), QStringLiteral("1:40"));
    m_clock->advance(5min);
    QCOMPARE(group(0, Column::DurationColumn).data().toString(), QStringLiteral("1:00"));
    QCOMPARE(group(0).data(ItemDataRole::LocalId).toLongLong(), 0);
}

void TestDayTreeModel::activityRowsForwardTheSourceRoles()
{
    const QModelIndex running = child(0, 0, Column::DurationColumn);
    QCOMPARE(running.data(ItemDataRole::LocalId).toLongLong(), 3);
    QVERIFY(running.data(ItemDataRole::IsRunning).toBool());
    QCOMPARE(running.data().toString(), QStringLiteral("0:40:00"));
    QCOMPARE(running.data(ItemDataRole::Seconds).toLongLong(), 2400);
    QVERIFY(
        running.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Timer running since")));
    QVERIFY(child(2, 0).data(ItemDataRole::IsBilled).toBool());
    QVERIFY(!child(0, 1).data(ItemDataRole::IsBilled).toBool());
    QCOMPARE(child(0, 0, Column::ActionsColumn).data().toString(), QString());
}

void TestDayTreeModel::runningTimerRepaintIsMappedNotAReset()
{
    QSignalSpy resets(m_tree, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(m_tree, &QAbstractItemModel::layoutChanged);
    QSignalSpy changes(m_tree, &QAbstractItemModel::dataChanged);
    m_clock->advance(1s); // FakeClock::jumped → ActivitiesModel::refreshElapsed()
    m_activities->refreshElapsed();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QVERIFY(!changes.isEmpty());
    bool rowRepainted = false;
    bool subtotalRepainted = false;
    for (const QList<QVariant> &change : std::as_const(changes)) {
        const auto topLeft = change.at(0).value<QModelIndex>();
        const auto bottomRight = change.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.parent(), bottomRight.parent());
        if (topLeft == child(0, 0, Column::DurationColumn) &&
            bottomRight == child(0, 0, Column::ActionsColumn))
            rowRepainted = true;
        else if (topLeft == group(0, Column::DurationColumn) && bottomRight == topLeft)
            subtotalRepainted = true;
        else
            QFAIL("a row without a running timer was repainted");
    }
    QVERIFY(rowRepainted);
    QVERIFY(subtotalRepainted);
    QCOMPARE(child(0, 0, Column::DurationColumn).data().toString(), QStringLiteral("0:40:01"));
}

void TestDayTreeModel::storeChangesMoveOnlyTheRowsTheyTouch()
{
    // What the user has selected and where they scrolled to is held by
    // persistent indexes: they must still name the same activities.
    const QPersistentModelIndex wireframes = m_tree->indexOfLocalId(1);
    const QPersistentModelIndex weekly = m_tree->indexOfLocalId(4);
    QSignalSpy resets(m_tree, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_tree, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_tree, &QAbstractItemModel::rowsInserted);
    const auto localIdOf = [](const QPersistentModelIndex &index) {
        return index.data(ItemDataRole::LocalId).toLongLong();
    };

    // Café Crème's two activities go (deleted in MOCO): the customer goes too.
    QList<LocalActivity> activities = theDay(m_clock->utcNow());
    activities.removeIf(
        [](const LocalActivity &l) { return l.activity.customer && l.activity.customer->id == 2; });
    m_activities->setActivities(day, day, activities);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 2); // one activity, then the customer with the last one
    QCOMPARE(removed.last().at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(m_tree->rowCount(), 2);
    QCOMPARE(group(0).data().toString(), QStringLiteral("Müller & Söhne GmbH"));
    QCOMPARE(localIdOf(wireframes), 1);
    QCOMPARE(localIdOf(weekly), 4);
    QCOMPARE(wireframes.parent(), group(0));

    // A new customer's first activity brings the customer, in name order.
    activities.append(local(6, 2, QStringLiteral("Café Crème SARL"), QStringLiteral("Café-Kasse"),
                            QStringLiteral("Support"), QStringLiteral("Inventur"), 1200));
    // One more for Müller, after its others (the store's order).
    activities.append(local(7, 1, QStringLiteral("Müller & Söhne GmbH"), QStringLiteral("App"),
                            QStringLiteral("Entwicklung"), QStringLiteral("Login"), 300));
    m_activities->setActivities(day, day, activities);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(group(0).data().toString(), QStringLiteral("Café Crème SARL"));
    QCOMPARE(child(0, 0).data(ItemDataRole::LocalId).toLongLong(), 6);
    QCOMPARE(m_tree->rowCount(group(1)), 3);
    QCOMPARE(child(1, 2).data(ItemDataRole::LocalId).toLongLong(), 7);
    QCOMPARE(localIdOf(wireframes), 1);
    QCOMPARE(wireframes.parent(), group(1));
    QCOMPARE(localIdOf(weekly), 4);

    // Booked on an internal project now: the row moves to "No customer".
    const auto refused = std::find_if(activities.begin(), activities.end(),
                                      [](const LocalActivity &l) { return l.localId == 5; });
    refused->activity.customer.reset();
    m_activities->setActivities(day, day, activities);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_tree->rowCount(group(1)), 2);
    QCOMPARE(m_tree->rowCount(group(2)), 2);
    QCOMPARE(child(2, 1).data(ItemDataRole::LocalId).toLongLong(), 5); // after 4, as stored
    QCOMPARE(localIdOf(wireframes), 1);

    // A sort re-orders everything: that is a rebuild.
    m_activities->sort(ActivitiesModel::DurationColumn);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(child(1, 0).data(ItemDataRole::LocalId).toLongLong(), 7); // 0:05 before 1:30

    m_activities->setActivities(day, day, {});
    QCOMPARE(m_tree->rowCount(), 0);
}

void TestDayTreeModel::editsInPlaceReachTheSource()
{
    QSignalSpy edits(m_activities, &ActivitiesModel::editRequested);
    const QModelIndex duration = child(0, 1, Column::DurationColumn);
    QVERIFY(m_tree->flags(duration) & Qt::ItemIsEditable);
    QVERIFY(m_tree->flags(child(0, 1, Column::DescriptionColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(m_tree->flags(child(0, 1, Column::ProjectTaskColumn)) & Qt::ItemIsEditable));
    QVERIFY(!(m_tree->flags(group(0, Column::DurationColumn)) & Qt::ItemIsEditable));
    // A running duration is not typed over.
    QVERIFY(!(m_tree->flags(child(0, 0, Column::DurationColumn)) & Qt::ItemIsEditable));

    QCOMPARE(duration.data(Qt::EditRole).toString(), QStringLiteral("0:15"));
    QVERIFY(m_tree->setData(duration, QStringLiteral("1h 15m")));
    QCOMPARE(edits.count(), 1);
    QCOMPARE(edits.at(0).at(0).toLongLong(), 2);
    QCOMPARE(edits.at(0).at(1).value<Activity>().seconds, 4500);
    QVERIFY(!m_tree->setData(duration, QStringLiteral("soon")));
    QCOMPARE(edits.count(), 1);

    QVERIFY(m_tree->setData(child(0, 1, Column::DescriptionColumn), QStringLiteral("Call")));
    QCOMPARE(edits.count(), 2);
    QCOMPARE(edits.at(1).at(1).value<Activity>().description, QStringLiteral("Call"));
}

void TestDayTreeModel::billedAndRefusedRowsExplainThemselves()
{
    const QModelIndex billed = child(2, 0, Column::DescriptionColumn);
    QVERIFY(!(m_tree->flags(billed) & Qt::ItemIsEditable));
    QVERIFY(!m_tree->setData(billed, QStringLiteral("changed")));
    for (int column = 0; column < DayTreeModel::ColumnCount; ++column) {
        QCOMPARE(child(2, 0, column).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Billed: this activity can no longer be changed."));
    }
    const QModelIndex refused = child(1, 1);
    QVERIFY(refused.data(ItemDataRole::NeedsAttention).toBool());
    QCOMPARE(refused.data(ItemDataRole::ErrorMessage).toString(),
             QStringLiteral("Project is archived"));
    QCOMPARE(refused.data(Qt::ToolTipRole).toString(),
             QStringLiteral("MOCO refused this change: Project is archived"));
}

QTEST_GUILESS_MAIN(TestDayTreeModel)
#include "tst_daytreemodel.moc"
