// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One delivered change (a sync brought one edited duration) applied to what
// the window shows: a day of 30 activities in the day view (customer tree,
// row buttons) and a week of 200 activities in the week grid. Every store
// change re-feeds the models with the rows of the shown period:
//   reset   how every change was applied before: the whole model reset
//           (reached here by feeding the same rows for a range that differs,
//           which still resets);
//   update  the same range again: the models move only the rows that changed.
// Reported per change: wall time and heap allocations (malloc calls, which
// is what Qt's containers and widgets use), and the ratio reset / update.
// Build in Release for times that mean anything; the allocation counts do
// not depend on the build type much.

#include "DayView.h"
#include "WeekView.h"
#include "core/models/ActivitiesModel.h"
#include "core/models/ProjectsModel.h"
#include "core/models/WeekGridModel.h"
#include "core/services/Clock.h"

#include <QApplication>
#include <QElapsedTimer>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>

#ifdef __GLIBC__
// Counts every allocation in the process, Qt's own included: the executable's
// malloc is the one every library calls; glibc's does the work.
extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);
}
namespace {
std::atomic<long long> allocations{0};
}
extern "C" void *malloc(size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}
extern "C" void *calloc(size_t count, size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_calloc(count, size);
}
extern "C" void *realloc(void *pointer, size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_realloc(pointer, size);
}
long long allocationCount()
{
    return allocations.load();
}
#else
long long allocationCount()
{
    return 0; // counted on glibc only
}
#endif

namespace {

const QDate monday(2026, 11, 23);

class StillClock : public Clock
{
public:
    using Clock::Clock;
    QDateTime utcNow() const override
    {
        return QDateTime(monday.addDays(4), QTime(10, 0), QTimeZone::utc());
    }
    qint64 monotonicMs() const override { return 0; }
};

// count activities over the days from monday: 6 customers, 20 projects.
QList<LocalActivity> makeActivities(int count, int days)
{
    QList<LocalActivity> activities;
    for (int i = 0; i < count; ++i) {
        LocalActivity local;
        local.localId = i + 1;
        Activity &a = local.activity;
        a.id = 100'000 + i;
        a.date = monday.addDays(i % days);
        a.seconds = 900 + (i * 7919) % 14'400;
        a.description = QStringLiteral("Ticket #%1 Überarbeitung").arg(i % 37);
        a.billable = i % 3 != 0;
        const int project = i % 20;
        a.project = ProjectRef{project + 1, QStringLiteral("P-%1").arg(1000 + project),
                               QStringLiteral("Projekt %1").arg(project), true};
        a.task = TaskRef{project * 10 + i % 4 + 1, QStringLiteral("Aufgabe %1").arg(i % 4), true};
        a.customer = NamedRef{project % 6 + 1, QStringLiteral("Kunde %1").arg(project % 6)};
        activities.append(local);
    }
    // ActivityCache's order: by date, then creation.
    std::stable_sort(activities.begin(), activities.end(),
                     [](const LocalActivity &l, const LocalActivity &r) {
                         return l.activity.date < r.activity.date;
                     });
    return activities;
}

struct Cost
{
    double microseconds = 0;
    double allocations = 0;
};

// The mean cost of one call of change(i), over rounds calls.
Cost measure(int rounds, const std::function<void(int)> &change)
{
    change(-1); // warm up: first-use allocations are not a change's cost
    QElapsedTimer timer;
    const long long before = allocationCount();
    timer.start();
    for (int i = 0; i < rounds; ++i)
        change(i);
    const double elapsedUs = double(timer.nsecsElapsed()) / 1000.0;
    return {elapsedUs / rounds, double(allocationCount() - before) / rounds};
}

void report(const char *what, const Cost &reset, const Cost &update)
{
    std::printf("%s\n", what);
    std::printf("  reset  : %9.1f us  %8.0f allocations per change\n", reset.microseconds,
                reset.allocations);
    std::printf("  update : %9.1f us  %8.0f allocations per change\n", update.microseconds,
                update.allocations);
    std::printf("  ratio reset/update: time %.1fx, allocations %.1fx\n",
                reset.microseconds / update.microseconds,
                update.allocations > 0 ? reset.allocations / update.allocations : 0.0);
}

// One activity's duration as a sync brings it: different on every call.
QList<LocalActivity> withOneChange(const QList<LocalActivity> &rows, int round)
{
    QList<LocalActivity> changed = rows;
    changed[rows.size() / 2].activity.seconds = 600 + 60 * (round + 2);
    return changed;
}

Cost dayChange(bool reset, const QList<LocalActivity> &day, int rounds, bool paint = true)
{
    StillClock clock;
    ActivitiesModel activities(&clock);
    ProjectsModel projects;
    DayView view(&activities, &projects, &clock);
    view.resize(900, 700);
    activities.setActivities(monday, monday, day);
    view.show();
    QApplication::processEvents();
    return measure(rounds, [&](int round) {
        // A range that also holds the day before is another range: a reset.
        const QDate from = reset && round % 2 != 0 ? monday.addDays(-1) : monday;
        activities.setActivities(from, monday, withOneChange(day, round));
        if (paint)
            QApplication::processEvents(); // the view repaints what changed
    });
}

Cost weekChange(bool reset, const QList<LocalActivity> &week, const QList<LocalActivity> &next,
                int rounds, bool paint = true)
{
    StillClock clock;
    WeekGridModel grid(&clock);
    WeekView view(&grid);
    view.resize(1200, 800);
    grid.setWeek(monday, week);
    view.show();
    QApplication::processEvents();
    return measure(rounds, [&](int round) {
        // Two weeks in turn: another Monday always resets the grid.
        const bool other = reset && round % 2 != 0;
        grid.setWeek(other ? monday.addDays(7) : monday, withOneChange(other ? next : week, round));
        if (paint)
            QApplication::processEvents();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 200;

    const QList<LocalActivity> day = makeActivities(30, 1);
    report("Day of 30 activities, day view, one delivered change:", dayChange(true, day, rounds),
           dayChange(false, day, rounds));
    report("The same without the repaint (models, row buttons, footer):",
           dayChange(true, day, rounds, false), dayChange(false, day, rounds, false));

    const QList<LocalActivity> week = makeActivities(200, 7);
    QList<LocalActivity> nextWeek = week;
    for (LocalActivity &local : nextWeek)
        local.activity.date = local.activity.date.addDays(7);
    report("Week of 200 activities, week grid, one delivered change:",
           weekChange(true, week, nextWeek, rounds), weekChange(false, week, nextWeek, rounds));
    report("The same without the repaint and the column fit:",
           weekChange(true, week, nextWeek, rounds, false),
           weekChange(false, week, nextWeek, rounds, false));
    return 0;
}
