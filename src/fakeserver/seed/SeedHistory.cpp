// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/seed/SeedHistory.h"

#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/TimeFormat.h"
#include "fakeserver/seed/SeedData.h"

#include <QTimeZone>

#include <array>

namespace {

const std::array<const char *, 20> descriptions{{
    "",
    "Abstimmung mit dem Kunden",
    "Code-Review und Refactoring",
    "Fehlerbehebung Login-Maske",
    "Anforderungsanalyse für Größenänderung",
    "Daily Stand-up",
    "Sprint-Planung & Schätzung",
    "Dokumentation der Schnittstelle überarbeitet",
    "Deployment auf Staging",
    "Telefonat mit Frau Çelik wegen Änderungswünschen",
    "Präsentation vorbereitet 📊",
    "Migration der Kundendaten (Teil 2/3)",
    "Workshop vor Ort\nAgenda: Ziele, Risiken, nächste Schritte",
    "Performance-Messung – Ergebnis: 30 % schneller",
    "Support-Ticket „Drucker druckt nicht“",
    "Testfälle geschrieben",
    "Übergabe an das Betriebsteam",
    "Recherche: Barrierefreiheit (WCAG)",
    "Café-Besprechung – Menü-Export",
    "Retrospektive",
}};

const std::array<const char *, 4> tags{{"Remote", "Meeting", "Vor Ort", "Überstunden"}};

bool isWorkday(QDate date)
{
    return date.dayOfWeek() <= 5;
}

} // namespace

SeedHistory::SeedHistory(FakeDatabase &database, quint64 seed, const QDateTime &nowUtc)
    : m_database(database)
    , m_random(seed)
    , m_nowUtc(nowUtc)
    , m_today(nowUtc.toLocalTime().date())
{}

void SeedHistory::addActivities()
{
    struct Colleague
    {
        qint64 id;
        int days;
        int low;
        int high;
    };
    const std::array<Colleague, 4> colleagues{{{SeedData::staffUserId, 30, 1, 3},
                                               {4294968003, 90, 3, 6},
                                               {4294968004, 90, 3, 6},
                                               {4294968005, 90, 3, 6}}};
    // Date by date, so activity ids follow the calendar as in a real account.
    for (QDate date = m_today.addDays(-364); date <= m_today; date = date.addDays(1)) {
        int demoCount = 0;
        if (date == m_today)
            demoCount = m_random.between(3, 5);
        else if (isWorkday(date))
            demoCount = m_random.between(11, 15);
        else if (m_random.chance(0.04))
            demoCount = m_random.between(1, 2);
        addActivitiesOfDay(SeedData::demoUserId, date, demoCount);

        for (const Colleague &colleague : colleagues) {
            if (date.daysTo(m_today) >= colleague.days || !isWorkday(date))
                continue;
            addActivitiesOfDay(colleague.id, date, m_random.between(colleague.low, colleague.high));
        }
    }
}

QList<const ProjectRecord *> SeedHistory::bookableProjects(qint64 userId, QDate date) const
{
    const qint64 age = date.daysTo(m_today);
    QList<const ProjectRecord *> result;
    for (const ProjectRecord &project : m_database.projects().projects()) {
        const ContractRecord *contract = project.contractOf(userId);
        if (!contract)
            continue;
        // Archived projects and ended assignments have only old entries.
        if (!project.active && age < 130)
            continue;
        if (!contract->active && age < 60)
            continue;
        result.append(&project);
    }
    return result;
}

void SeedHistory::addActivitiesOfDay(qint64 userId, QDate date, int count)
{
    if (count <= 0)
        return;
    const QList<const ProjectRecord *> projects = bookableProjects(userId, date);
    if (projects.isEmpty())
        return;
    const qint64 age = date.daysTo(m_today);
    for (int entry = 0; entry < count; ++entry) {
        const ProjectRecord *project = projects.at(m_random.between(0, int(projects.size()) - 1));
        QList<const TaskRecord *> tasks;
        for (const TaskRecord &task : project->tasks) {
            if (task.active || age > 60)
                tasks.append(&task);
        }
        if (tasks.isEmpty())
            continue;
        const TaskRecord *task = tasks.at(m_random.between(0, int(tasks.size()) - 1));

        ActivityRecord activity;
        activity.userId = userId;
        activity.projectId = project->id;
        activity.taskId = task->id;
        activity.date = date;
        activity.seconds = qint64(m_random.between(2, 9)) * 300;
        activity.description =
            QString::fromUtf8(descriptions[m_random.between(0, int(descriptions.size()) - 1)]);
        activity.billable = project->billable && task->billable;
        activity.tag = m_random.chance(0.1)
                           ? QString::fromUtf8(tags[m_random.between(0, int(tags.size()) - 1)])
                           : QString(QLatin1String(""));
        activity.remoteService = QStringLiteral("");
        const double remote = m_random.unit();
        if (remote < 0.08) {
            const int ticket = m_random.between(100, 999);
            activity.remoteService = QStringLiteral("jira");
            activity.remoteId = QStringLiteral("MT-%1").arg(ticket);
            activity.remoteUrl =
                QStringLiteral("https://jira.example.com/browse/MT-%1").arg(ticket);
        } else if (remote < 0.11) {
            const int issue = m_random.between(1, 400);
            activity.remoteService = QStringLiteral("github");
            activity.remoteId = QStringLiteral("#%1").arg(issue);
            activity.remoteUrl =
                QStringLiteral("https://github.com/example/app/issues/%1").arg(issue);
        }
        if (activity.billable && age > 45 && m_random.chance(0.7)) {
            activity.billed = true;
            activity.invoiceId = 7000000000 + date.year() * 100 + date.month();
        }
        activity.hourlyRate = task->hourlyRate;
        activity.createdAt = stampFor(date, 17 * 60 + entry * 3);
        activity.updatedAt = activity.createdAt;
        if (m_random.chance(0.1))
            activity.updatedAt = std::min(activity.createdAt.addDays(1), m_nowUtc.addSecs(-60));
        m_database.activities().insert(activity);
    }
}

QDateTime SeedHistory::stampFor(QDate date, int minuteOffset) const
{
    const QDateTime local(date, QTime(0, 0).addSecs(minuteOffset * 60),
                          QTimeZone::systemTimeZone());
    return std::min(local.toUTC(), m_nowUtc.addSecs(-60));
}

void SeedHistory::addPresences()
{
    addPresencesOfUser(SeedData::demoUserId, 365, true);
    addPresencesOfUser(SeedData::staffUserId, 30, false);
    for (qint64 colleague = 4294968003; colleague <= 4294968005; ++colleague)
        addPresencesOfUser(colleague, 30, false);
}

void SeedHistory::addPresencesOfUser(qint64 userId, int days, bool splitDay)
{
    for (QDate date = m_today.addDays(1 - days); date <= m_today; date = date.addDays(1)) {
        // Today always has a presence, even on a weekend: "today" must have data.
        if (!isWorkday(date) && date != m_today)
            continue;
        const bool homeOffice = m_random.chance(0.35);
        const int start = 7 * 60 + 30 + m_random.between(0, 89);
        const auto add = [&](int from, int to) {
            PresenceRecord presence;
            presence.userId = userId;
            presence.date = date;
            presence.from = TimeFormat::hhmm(from);
            if (to >= 0)
                presence.to = TimeFormat::hhmm(to);
            presence.homeOffice = homeOffice;
            presence.createdAt = stampFor(date, std::max(from, 0));
            presence.updatedAt = stampFor(date, to >= 0 ? to : from);
            m_database.presences().insert(presence);
        };
        if (date == m_today) {
            // Clocked in since the morning (or since now, when it is earlier).
            const QTime now = m_nowUtc.toLocalTime().time();
            add(std::min(start, now.hour() * 60 + now.minute()), -1);
            continue;
        }
        if (splitDay) {
            const int lunch = 11 * 60 + 45 + m_random.between(0, 45);
            const int back = lunch + 30 + m_random.between(0, 30);
            add(start, lunch);
            add(back, back + 4 * 60 + m_random.between(0, 90));
        } else {
            add(start, start + 8 * 60 + 30 + m_random.between(0, 30));
        }
    }
}
