// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Cold start from the local cache: how long until the first data a view
// shows (this week's activities and the projects) can be read, with a year
// of cached activities vs an empty cache, and the peak RSS of each, in one
// run. The empty case runs first, so the process' peak after it is the
// baseline the year case is compared with.
// Reported as ratios: year / empty. Near 1.0 means start-up does not grow
// with the cache.

#include "core/domain/Project.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalStore.h"
#include "core/storage/ProjectCache.h"
#include "core/storage/StoreTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int repetitions = 3;
constexpr int processRuns = 9;

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

void fillYear(const QString &path, int *count)
{
    LocalStore store(path);
    store.open();
    ProjectCache projects(&store);
    QList<Project> list;
    for (int p = 0; p < 30; ++p) {
        Project project;
        project.id = 1000 + p;
        project.name = QStringLiteral("Projekt Ä %1").arg(p);
        project.active = true;
        list.append(project);
    }
    projects.replaceProjects(list);
    ActivityCache cache(&store);
    StoreTransaction transaction(store.database());
    const QDate today = QDate::currentDate();
    qint64 id = 5000000001;
    for (int day = 0; day < 365; ++day) {
        const QDate date = today.addDays(-day);
        if (date.dayOfWeek() > 5)
            continue;
        for (int n = 0; n < 13; ++n) {
            Activity activity;
            activity.id = id++;
            activity.date = date;
            activity.seconds = 1800 + n * 60;
            activity.description = QStringLiteral("Arbeit an Ticket #%1 – Überprüfung").arg(id);
            activity.project.id = 1000 + n % 30;
            activity.project.name = QStringLiteral("Projekt Ä %1").arg(n % 30);
            activity.task.id = 2000 + n;
            activity.task.name = QStringLiteral("Entwicklung");
            activity.createdAt = QDateTime::currentDateTimeUtc();
            activity.updatedAt = activity.createdAt;
            cache.insertLocal(activity);
            ++*count;
        }
    }
    transaction.commit();
}

// Open the store and read what the first paint needs.
double firstReadMs(const QString &path, int *rows)
{
    std::vector<double> times;
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        LocalStore store(path);
        store.open();
        *rows = static_cast<int>(ActivityCache(&store).between(monday, monday.addDays(6)).size());
        *rows += static_cast<int>(ProjectCache(&store).projects().size());
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    // The first run is the cold start of this process (the OS file cache
    // may be warm); the later ones only show the spread.
    return times.front();
}

} // namespace

int measure(const QString &path)
{
    int rows = 0;
    const double ms = firstReadMs(path, &rows);
    std::printf("%f %ld %d\n", ms, peakRssKb(), rows);
    return 0;
}

struct Measurement
{
    double ms = 0;
    long rssKb = 0;
    int rows = 0;
};

// Each case in a fresh process: a real cold start, and a peak RSS of its own.
Measurement runChild(const QString &path)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), path});
    child.waitForFinished(120000);
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    Measurement m;
    if (parts.size() == 3) {
        m.ms = parts.at(0).toDouble();
        m.rssKb = parts.at(1).toLong();
        m.rows = parts.at(2).toInt();
    }
    return m;
}

Measurement median(std::vector<Measurement> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const Measurement &a, const Measurement &b) { return a.ms < b.ms; });
    Measurement m = runs[runs.size() / 2];
    for (const Measurement &run : runs)
        m.rssKb = std::max(m.rssKb, run.rssKb);
    return m;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc == 3 && qstrcmp(argv[1], "--measure") == 0)
        return measure(QString::fromLocal8Bit(argv[2]));
    QTemporaryDir dir;
    const QString emptyPath = dir.filePath(QStringLiteral("empty.sqlite"));
    const QString yearPath = dir.filePath(QStringLiteral("year.sqlite"));
    {
        LocalStore empty(emptyPath);
        empty.open();
    }
    int cached = 0;
    fillYear(yearPath, &cached);

    // Alternating fresh processes, median of each: one start-up takes only a
    // few milliseconds, so a single sample is mostly noise.
    std::vector<Measurement> emptyRuns;
    std::vector<Measurement> yearRuns;
    for (int i = 0; i < processRuns; ++i) {
        emptyRuns.push_back(runChild(emptyPath));
        yearRuns.push_back(runChild(yearPath));
    }
    const Measurement empty = median(emptyRuns);
    const Measurement year = median(yearRuns);

    std::printf("activities cached:          %d (database %.1f MB)\n", cached,
                static_cast<double>(QFile(yearPath).size()) / 1e6);
    std::printf("first read, empty cache:    %.2f ms (median), peak RSS %ld kB (%d rows)\n",
                empty.ms, empty.rssKb, empty.rows);
    std::printf("first read, year cached:    %.2f ms (median), peak RSS %ld kB (%d rows)\n",
                year.ms, year.rssKb, year.rows);
    std::printf("ratio year / empty:         time %.2f, peak RSS %.2f\n",
                year.ms / std::max(empty.ms, 0.001),
                static_cast<double>(year.rssKb) / static_cast<double>(std::max(empty.rssKb, 1L)));
    return 0;
}
