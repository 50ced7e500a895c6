// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ActivityListModel.h"
#include "core/models/ItemDataRole.h"
#include "support/FakeClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {
Activity makeActivity(qint64 id, const QString &project, const QString &task,
                      const QString &description, qint64 seconds)
{
    Activity activity;
    activity.id = id;
    activity.date = QDate(2026, 11, 27);
    activity.seconds = seconds;
    activity.description = description;
    activity.project = ProjectRef{id * 10, QStringLiteral("P%1").arg(id), project, true};
    activity.task = TaskRef{id * 100, task, true};
    activity.customer = NamedRef{id * 1000, QStringLiteral("Müller & Söhne GmbH")};
    return activity;
}
} // namespace

class TestActivityListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void emptyModelHasColumnsButNoRows();
    void showsProjectTaskDescriptionAndDuration();
    void runningTimerIsComputedFromItsStartTime();
    void refreshElapsedRepaintsOnlyRunningRows();
    void clockJumpMovesRunningTimersOn();
    void totalIncludesRunningTimers();
    void customRolesCarryTheActivity();
    void billedActivitiesSayTheyAreReadOnly();
    void replacingTheActivitiesResetsTheModel();

private:
    Activity runningActivity(qint64 alreadyLogged, std::chrono::seconds startedAgo) const;

    FakeClock *m_clock = nullptr;
    ActivityListModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestActivityListModel::init()
{
    m_clock = new FakeClock(QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc()), this);
    m_model = new ActivityListModel(m_clock, this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestActivityListModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_clock;
}

Activity TestActivityListModel::runningActivity(qint64 alreadyLogged,
                                                std::chrono::seconds startedAgo) const
{
    Activity activity = makeActivity(3, QStringLiteral("Café-Kasse 🍰"), QStringLiteral("Support"),
                                     QStringLiteral("Kassensturz Bug #412"), alreadyLogged);
    activity.timerStartedAt = m_clock->utcNow().addSecs(-startedAgo.count());
    return activity;
}

void TestActivityListModel::emptyModelHasColumnsButNoRows()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(ActivityListModel::ColumnCount));
    QCOMPARE(m_model->totalSeconds(), 0);
    QVERIFY(!m_model->hasRunningTimer());
    QCOMPARE(m_model->headerData(ActivityListModel::ProjectTaskColumn, Qt::Horizontal).toString(),
             QStringLiteral("Project · Task"));
    QCOMPARE(m_model->headerData(ActivityListModel::DescriptionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Description"));
    QCOMPARE(m_model->headerData(ActivityListModel::DurationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Duration"));
}

void TestActivityListModel::showsProjectTaskDescriptionAndDuration()
{
    m_model->setActivities(
        {makeActivity(1, QStringLiteral("App für den Außendienst"), QStringLiteral("Design & UX"),
                      QStringLiteral("Wireframes Angebot"), 5400),
         makeActivity(2, QStringLiteral("Interne Meetings"), QStringLiteral("Abstimmung"),
                      QString(), 2700)});
    QCOMPARE(m_model->rowCount(), 2);
    const auto text = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(text(0, ActivityListModel::ProjectTaskColumn),
             QStringLiteral("App für den Außendienst · Design & UX"));
    QCOMPARE(text(0, ActivityListModel::DescriptionColumn), QStringLiteral("Wireframes Angebot"));
    QCOMPARE(text(0, ActivityListModel::DurationColumn), QStringLiteral("1:30"));
    QCOMPARE(text(1, ActivityListModel::DescriptionColumn), QString());
    QCOMPARE(text(1, ActivityListModel::DurationColumn), QStringLiteral("0:45"));
    const auto alignment = m_model->index(0, ActivityListModel::DurationColumn)
                               .data(Qt::TextAlignmentRole)
                               .value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);
}

void TestActivityListModel::runningTimerIsComputedFromItsStartTime()
{
    // 30 minutes logged before, running again for 37 min 42 s.
    m_model->setActivities({runningActivity(1800, 37min + 42s)});
    const QModelIndex duration = m_model->index(0, ActivityListModel::DurationColumn);
    QVERIFY(m_model->hasRunningTimer());
    QCOMPARE(duration.data().toString(), QStringLiteral("● 1:07:42"));
    QCOMPARE(duration.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("1:07:42, timer running"));
    QCOMPARE(duration.data(ItemDataRole::Seconds).toLongLong(), 1800 + 37 * 60 + 42);

    // No tick was counted: the value follows the clock alone, also across a
    // jump of an hour (a laptop resumed from sleep).
    m_clock->setUtcNow(m_clock->utcNow().addSecs(3600));
    QCOMPARE(duration.data().toString(), QStringLiteral("● 2:07:42"));
}

void TestActivityListModel::refreshElapsedRepaintsOnlyRunningRows()
{
    m_model->setActivities({makeActivity(1, QStringLiteral("A"), QStringLiteral("a"), {}, 600),
                            runningActivity(0, 5s),
                            makeActivity(2, QStringLiteral("B"), QStringLiteral("b"), {}, 60)});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy total(m_model, &ActivityListModel::totalChanged);
    m_model->refreshElapsed();
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft, m_model->index(1, ActivityListModel::DurationColumn));
    QCOMPARE(bottomRight, topLeft);
    QCOMPARE(total.count(), 1);

    // Nothing running: nothing to repaint.
    m_model->setActivities({makeActivity(1, QStringLiteral("A"), QStringLiteral("a"), {}, 600)});
    changed.clear();
    total.clear();
    m_model->refreshElapsed();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(total.count(), 0);
}

void TestActivityListModel::clockJumpMovesRunningTimersOn()
{
    m_model->setActivities({runningActivity(0, 59s)});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_clock->advance(2s); // FakeClock::advance emits jumped()
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(0, ActivityListModel::DurationColumn).data().toString(),
             QStringLiteral("● 0:01:01"));
}

void TestActivityListModel::totalIncludesRunningTimers()
{
    m_model->setActivities({makeActivity(1, QStringLiteral("A"), QStringLiteral("a"), {}, 5400),
                            runningActivity(600, 10min)});
    QCOMPARE(m_model->totalSeconds(), 5400 + 600 + 600);
    m_clock->advance(5min);
    QCOMPARE(m_model->totalSeconds(), 5400 + 600 + 900);
}

void TestActivityListModel::customRolesCarryTheActivity()
{
    Activity running = runningActivity(0, 1min);
    m_model->setActivities(
        {makeActivity(7, QStringLiteral("A"), QStringLiteral("a"), {}, 60), running});
    const QModelIndex first = m_model->index(0, ActivityListModel::ProjectTaskColumn);
    const QModelIndex second = m_model->index(1, ActivityListModel::DescriptionColumn);
    QCOMPARE(first.data(ItemDataRole::ActivityId).toLongLong(), 7);
    QCOMPARE(first.data(ItemDataRole::IsRunning).toBool(), false);
    QVERIFY(!first.data(ItemDataRole::TimerStartedAt).toDateTime().isValid());
    QCOMPARE(first.data(ItemDataRole::CustomerName).toString(),
             QStringLiteral("Müller & Söhne GmbH"));
    QCOMPARE(second.data(ItemDataRole::IsRunning).toBool(), true);
    QCOMPARE(second.data(ItemDataRole::TimerStartedAt).toDateTime(), *running.timerStartedAt);
    QVERIFY(m_model->roleNames().contains(ItemDataRole::Seconds));
    // The customer and project identifier are one hover away.
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Müller & Söhne GmbH")));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("P7")));
}

void TestActivityListModel::billedActivitiesSayTheyAreReadOnly()
{
    Activity billed = makeActivity(1, QStringLiteral("A"), QStringLiteral("a"), {}, 60);
    billed.billed = true;
    m_model->setActivities({billed});
    const QModelIndex duration = m_model->index(0, ActivityListModel::DurationColumn);
    QVERIFY(duration.data(ItemDataRole::IsBilled).toBool());
    QVERIFY(!duration.data(Qt::ToolTipRole).toString().isEmpty());
}

void TestActivityListModel::replacingTheActivitiesResetsTheModel()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy total(m_model, &ActivityListModel::totalChanged);
    m_model->setActivities({makeActivity(1, QStringLiteral("A"), QStringLiteral("a"), {}, 60)});
    m_model->setActivities({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(total.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestActivityListModel)
#include "tst_activitylistmodel.moc"
