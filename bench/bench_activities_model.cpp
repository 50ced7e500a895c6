// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The item models with 50,000 activities: load into ActivitiesModel, sort and
// filter through ActivityFilterProxy, and a full WeekGridModel rebuild, each
// timed per operation by QBENCHMARK (run with -tickcounter or -callgrind for
// other meters). The goal for sort and filter is one 60 Hz frame (16 ms).
// Build in Release for numbers that mean anything.
// baseline_sortSeconds sorts the bare durations with std::sort in the same
// run: the ratio sort / baseline shows what the model and proxy layers cost.
// Sorting happens in ActivitiesModel (the proxy forwards sort()), so a sort
// includes the proxy's re-mapping of all rows after the layout change.

#include "core/models/ActivitiesModel.h"
#include "core/models/ActivityFilterProxy.h"
#include "core/models/WeekGridModel.h"
#include "core/services/Clock.h"

#include <QTest>

#include <algorithm>
#include <vector>

namespace {

constexpr int activityCount = 50'000;
const QDate firstDay(2025, 1, 6); // a Monday

class StillClock : public Clock
{
public:
    using Clock::Clock;
    QDateTime utcNow() const override
    {
        return QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc());
    }
    qint64 monotonicMs() const override { return 0; }
};

// Deterministic, with the accents and emoji the filter has to fold.
QList<LocalActivity> makeActivities(bool oneWeek)
{
    const QStringList customers{QStringLiteral("Müller & Söhne GmbH"),
                                QStringLiteral("Café Kränzchen"),
                                QStringLiteral("Zebra AG"),
                                QStringLiteral("Weiß Logistik 🚚"),
                                QStringLiteral("Øresund Consulting"),
                                QStringLiteral("Acme Inc.")};
    const QStringList tasks{QStringLiteral("Design"), QStringLiteral("Entwicklung"),
                            QStringLiteral("Beratung"), QStringLiteral("Projektleitung")};
    QList<LocalActivity> activities;
    activities.reserve(activityCount);
    for (int i = 0; i < activityCount; ++i) {
        LocalActivity local;
        local.localId = i + 1;
        Activity &a = local.activity;
        a.id = i + 100'000;
        a.date = oneWeek ? firstDay.addDays(i % 7) : firstDay.addDays(i % 700);
        a.seconds = 300 + (i * 7919) % 28'800;
        a.description = QStringLiteral("Ticket #%1 Überarbeitung Straße").arg(i % 997);
        a.billable = i % 3 != 0;
        a.billed = i % 11 == 0;
        const int project = i % 60;
        a.project = ProjectRef{project + 1, QStringLiteral("P-%1").arg(1000 + project),
                               QStringLiteral("Projekt Ärger %1").arg(project), true};
        a.task = TaskRef{project * 10 + i % 4 + 1, tasks.at(i % 4), true};
        a.customer = NamedRef{project % 6 + 1, customers.at(project % 6)};
        activities.append(local);
    }
    return activities;
}

// The app hands the model a list fresh from ActivityCache, owned by nobody
// else; a shared copy would make the first write pay for a deep copy.
QList<LocalActivity> ownCopy(const QList<LocalActivity> &activities)
{
    QList<LocalActivity> copy = activities;
    copy.detach();
    return copy;
}

} // namespace

class BenchActivitiesModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void baseline_sortSeconds();
    void load();
    void sortByDuration();
    void sortByCustomer();
    void filter();
    void loadAndFirstFilter();
    void weekGridRebuild_weekOfTwoYears();
    void weekGridRebuild_allInOneWeek();

private:
    StillClock m_clock;
    QList<LocalActivity> m_spread;
    QList<LocalActivity> m_oneWeek;
};

void BenchActivitiesModel::initTestCase()
{
    m_spread = makeActivities(false);
    m_oneWeek = makeActivities(true);
}

void BenchActivitiesModel::baseline_sortSeconds()
{
    std::vector<qint64> seconds;
    for (const LocalActivity &local : std::as_const(m_spread))
        seconds.push_back(local.activity.seconds);
    bool ascending = true;
    QBENCHMARK
    {
        ascending = !ascending;
        if (ascending)
            std::sort(seconds.begin(), seconds.end());
        else
            std::sort(seconds.begin(), seconds.end(), std::greater<>());
    }
}

void BenchActivitiesModel::load()
{
    ActivitiesModel model(&m_clock);
    QBENCHMARK
    {
        model.setActivities(firstDay, firstDay.addDays(699), m_spread);
    }
    QCOMPARE(model.rowCount(), activityCount);
}

void BenchActivitiesModel::sortByDuration()
{
    ActivitiesModel model(&m_clock);
    model.setActivities(firstDay, firstDay.addDays(699), ownCopy(m_spread));
    ActivityFilterProxy proxy(&model);
    bool ascending = true;
    QBENCHMARK
    {
        ascending = !ascending;
        proxy.sort(ActivitiesModel::DurationColumn,
                   ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        // The proxy maps rows lazily: reading a row makes it follow the new order.
        QVERIFY(proxy.index(0, 0).isValid());
    }
    QCOMPARE(proxy.rowCount(), activityCount);
}

void BenchActivitiesModel::sortByCustomer()
{
    ActivitiesModel model(&m_clock);
    model.setActivities(firstDay, firstDay.addDays(699), ownCopy(m_spread));
    ActivityFilterProxy proxy(&model);
    bool ascending = true;
    QBENCHMARK
    {
        ascending = !ascending;
        proxy.sort(ActivitiesModel::CustomerColumn,
                   ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        // The proxy maps rows lazily: reading a row makes it follow the new order.
        QVERIFY(proxy.index(0, 0).isValid());
    }
}

void BenchActivitiesModel::filter()
{
    ActivitiesModel model(&m_clock);
    model.setActivities(firstDay, firstDay.addDays(699), ownCopy(m_spread));
    ActivityFilterProxy proxy(&model);
    proxy.setFilterText(QStringLiteral("warm up")); // builds the folded search text once
    QVERIFY(proxy.rowCount() >= 0);
    bool first = true;
    QBENCHMARK
    {
        first = !first;
        // Alternating, so every iteration really filters all rows again.
        proxy.setFilterText(first ? QStringLiteral("mull ticket #12") : QStringLiteral("CAFE"));
        // The proxy maps rows lazily: asking for the count makes it filter.
        QVERIFY(proxy.rowCount() > 0);
    }
}

void BenchActivitiesModel::loadAndFirstFilter()
{
    // The first keystroke after a (re)load also folds every row's search text.
    ActivitiesModel model(&m_clock);
    ActivityFilterProxy proxy(&model);
    bool first = true;
    QBENCHMARK
    {
        first = !first;
        model.setActivities(firstDay, firstDay.addDays(699), m_spread);
        proxy.setFilterText(first ? QStringLiteral("mull") : QStringLiteral("cafe"));
        QVERIFY(proxy.rowCount() > 0);
    }
}

void BenchActivitiesModel::weekGridRebuild_weekOfTwoYears()
{
    // The whole list handed in, one week kept: the grid's worst realistic case.
    WeekGridModel grid(&m_clock);
    QBENCHMARK
    {
        grid.setWeek(firstDay.addDays(350), m_spread);
    }
    QVERIFY(grid.weekTotal() > 0);
}

void BenchActivitiesModel::weekGridRebuild_allInOneWeek()
{
    WeekGridModel grid(&m_clock);
    QBENCHMARK
    {
        grid.setWeek(firstDay, m_oneWeek);
    }
    QVERIFY(grid.rowCount() > 1000);
}

QTEST_GUILESS_MAIN(BenchActivitiesModel)
#include "bench_activities_model.moc"
