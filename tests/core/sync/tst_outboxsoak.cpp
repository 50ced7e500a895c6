// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTestBed.h"
#include "SoakFaultChain.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/Outbox.h"
#include "support/FakeServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <numeric>

using namespace std::chrono_literals;

// The compressed soak of issue 10: for a few real minutes a user creates,
// edits and deletes activities and presences and starts and stops timers,
// while the fake server is slow, fails, limits, drops connections, loses
// answers after storing and goes down. Then the faults stop, the outbox
// drains, and MOCO's data must be exactly what the user did: nothing lost,
// nothing twice.
//
// MOCOTRACK_SOAK_SECONDS (default 90) is how long the user works,
// MOCOTRACK_SOAK_SEED the seed of what they do and of the faults (default:
// a new one each run, printed so a failure can be replayed). The network's
// timing is real, so a seed repeats the operations and faults, not every
// interleaving.
class TestOutboxSoak : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void soak();

private:
    // What the user did to one activity, kept apart from the store.
    struct ModelActivity
    {
        qint64 localId = 0;
        QString description; // unique per create and per edit
        QDate date;
        qint64 seconds = 0; // the last value the user set
        // Timer runs since: MOCO books them in whole minutes from its own
        // clock, so only a range is known.
        qint64 runSlack = 0;
        bool timerTouched = false;
        bool running = false;
        qint64 runStartedMs = 0;
        bool deleted = false;
    };
    struct ModelPresence
    {
        qint64 localId = 0;
        QDate date;
        QTime from;
        QTime to;
        bool deleted = false;
    };

    void operate();
    void createActivity();
    void editActivity();
    void deleteActivity();
    void startNewTimer();
    void startExistingTimer();
    void stopTimer();
    void createPresence();
    void editPresence();
    void deletePresence();
    void endRun();
    int pickActivity(bool todayOnly);
    int pickPresence();
    QString nextDescription();

    QStringList compareActivities();
    QStringList comparePresences();
    void keepRequestLog();

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<OfflineTestBed> m_bed;
    quint64 m_seed = 0;
    QRandomGenerator m_userRandom;
    std::unique_ptr<SoakFaultChain> m_faults;
    QElapsedTimer m_clock;
    QString m_prefix;
    QDate m_today;
    QList<ModelActivity> m_activities;
    QList<ModelPresence> m_presences;
    int m_nextPresenceSlot = 0;
    int m_runningIndex = -1;
    int m_descriptions = 0;
    QMap<QString, int> m_operations;
    bool m_operating = false;
};

namespace {

constexpr auto requestTimeout = 1500ms;
// Presences go to evenings of past days, in 12-minute slots used once each:
// the seeded working days end by 19:00, and a slot never reused cannot make
// MOCO refuse an overlap because a delete and a create crossed.
constexpr int presenceDays = 4;
constexpr int slotsPerDay = 24;
constexpr int slotMinutes = 12;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

void TestOutboxSoak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

QString TestOutboxSoak::nextDescription()
{
    return m_prefix + QString::number(++m_descriptions);
}

void TestOutboxSoak::soak()
{
    bool seeded = false;
    m_seed = qEnvironmentVariable("MOCOTRACK_SOAK_SEED").toULongLong(&seeded);
    if (!seeded)
        m_seed = QRandomGenerator::system()->generate();
    const int seconds = envInt("MOCOTRACK_SOAK_SECONDS", 90);
    qInfo("soak: seed %llu (MOCOTRACK_SOAK_SEED=%llu replays it), %d s of operations",
          static_cast<unsigned long long>(m_seed), static_cast<unsigned long long>(m_seed),
          seconds);
    // Two streams: what the user does must not depend on how many faults ran.
    m_userRandom.seed(static_cast<quint32>(m_seed) ^ 0x05e4u);
    m_faults = std::make_unique<SoakFaultChain>(
        &m_server, static_cast<quint32>(m_seed >> 32) ^ static_cast<quint32>(m_seed) ^ 0xfa17u,
        requestTimeout);
    m_prefix = QStringLiteral("soak %1 #").arg(m_seed);
    m_today = QDate::currentDate();

    m_server.control("POST", QStringLiteral("/requests/clear"));
    OfflineTestBed::Options options;
    options.withTimer = true;
    m_bed = OfflineTestBed::afterReset(&m_server, options);
    m_bed->api()->setRequestTimeout(requestTimeout);
    OutboxSender::Policy policy = m_bed->sender()->policy();
    // Giving up on an item is the policy's business (tst_outboxfaults); here
    // every change must arrive, however often MOCO failed in between.
    policy.maxFailures = 100000;
    m_bed->sender()->setPolicy(policy);

    m_clock.start();
    m_operating = true;
    QTimer::singleShot(0, this, &TestOutboxSoak::operate);
    m_faults->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_clock.elapsed() >= seconds * 1000, (seconds + 10) * 1000);
    m_operating = false;
    // The fault chain ends after its current episode (a down period too:
    // the control calls go through the same port).
    m_faults->stop();
    QTRY_VERIFY_WITH_TIMEOUT(m_faults->isIdle(), 20000);
    m_server.control("POST", QStringLiteral("/faults/clear"));
    if (m_runningIndex >= 0) {
        QVERIFY(m_bed->timer()->stop());
        endRun();
    }

    QElapsedTimer drain;
    drain.start();
    // Drained: nothing left but what needs the user (which fails below).
    // Drained, or stuck for good behind items that need the user (a later
    // item of their record waits with them): that fails below.
    const bool drained = QTest::qWaitFor(
        [this] {
            return m_bed->outboxSize() == 0 ||
                   (Outbox(m_bed->store()).attentionCount() > 0 && !m_bed->sender()->isBusy() &&
                    !m_bed->sender()->nextRetryAt().isValid());
        },
        90000);
    if (!drained) {
        for (const OutboxItem &item : Outbox(m_bed->store()).items())
            qWarning("left: seq %lld %s %s local %lld attempts %d: %s", item.seq,
                     qPrintable(OutboxItem::kindName(item.kind)),
                     qPrintable(OutboxItem::stateName(item.state)), item.localId, item.attempts,
                     qPrintable(item.errorMessage));
        qWarning("sender busy %d offline %d stopped %d next %s store error %s",
                 m_bed->sender()->isBusy(), m_bed->sender()->isOffline(),
                 m_bed->sender()->isStopped(),
                 qPrintable(m_bed->sender()->nextRetryAt().toString(Qt::ISODateWithMs)),
                 qPrintable(m_bed->sender()->storeError()));
        keepRequestLog();
        QFAIL(qPrintable(QStringLiteral("seed %1: the outbox did not drain").arg(m_seed)));
    }
    qInfo("soak: %d operations %s; drained in %lld ms",
          std::accumulate(m_operations.cbegin(), m_operations.cend(), 0),
          qPrintable(QDebug::toString(m_operations)), drain.elapsed());
    qInfo("soak: fault entries injected %s", qPrintable(QDebug::toString(m_faults->injected())));
    m_faults->reportSeen();

    QStringList problems;
    for (const OutboxItem &item : Outbox(m_bed->store()).needingAttention())
        problems.append(QStringLiteral("outbox item %1 (kind %2, local %3) needs attention: %4")
                            .arg(item.seq)
                            .arg(static_cast<int>(item.kind))
                            .arg(item.localId)
                            .arg(item.errorMessage));
    problems += compareActivities();
    problems += comparePresences();
    if (!problems.isEmpty())
        keepRequestLog();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("seed %1:\n").arg(m_seed) +
                                            problems.join(QLatin1Char('\n'))));
}

// One user action, then the next after a pause a user might take.
void TestOutboxSoak::operate()
{
    if (!m_operating)
        return;
    const int roll = static_cast<int>(m_userRandom.bounded(100));
    if (roll < 24)
        createActivity();
    else if (roll < 42)
        editActivity();
    else if (roll < 51)
        deleteActivity();
    else if (roll < 58)
        startNewTimer();
    else if (roll < 63)
        startExistingTimer();
    else if (roll < 70)
        stopTimer();
    else if (roll < 83)
        createPresence();
    else if (roll < 93)
        editPresence();
    else
        deletePresence();
    QTimer::singleShot(150 + m_userRandom.bounded(750), this, &TestOutboxSoak::operate);
}

int TestOutboxSoak::pickActivity(bool todayOnly)
{
    QList<int> candidates;
    for (int i = 0; i < m_activities.size(); ++i) {
        const ModelActivity &a = m_activities.at(i);
        if (!a.deleted && !a.running && (!todayOnly || a.date == m_today))
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return -1;
    return candidates.at(static_cast<int>(m_userRandom.bounded(int(candidates.size()))));
}

void TestOutboxSoak::createActivity()
{
    ModelActivity a;
    a.description = nextDescription();
    // Mostly the last days, sometimes today (where timers can run).
    a.date = m_today.addDays(-static_cast<int>(m_userRandom.bounded(5)));
    // Never 0: a 0-second create of today starts a timer in MOCO.
    a.seconds = 60 * (1 + m_userRandom.bounded(480));
    a.localId =
        m_bed->changes()->createActivity(OfflineTestBed::draft(a.date, a.seconds, a.description));
    QVERIFY(a.localId);
    m_activities.append(a);
    ++m_operations[QStringLiteral("create")];
}

void TestOutboxSoak::editActivity()
{
    const int index = pickActivity(false);
    if (index < 0)
        return createActivity();
    ModelActivity &a = m_activities[index];
    const std::optional<LocalActivity> row = ActivityCache(m_bed->store()).find(a.localId);
    QVERIFY2(row, qPrintable(a.description));
    Activity edited = row->activity;
    const int what = static_cast<int>(m_userRandom.bounded(4));
    if (what != 1) {
        a.description = nextDescription();
        edited.description = a.description;
    }
    if (what >= 1) {
        a.seconds = 60 * (1 + m_userRandom.bounded(480));
        a.runSlack = 0;
        edited.seconds = a.seconds;
    }
    if (what == 3 && !a.timerTouched) {
        a.date = m_today.addDays(-1 - static_cast<int>(m_userRandom.bounded(4)));
        edited.date = a.date;
    }
    QVERIFY2(m_bed->changes()->updateActivity(a.localId, edited), qPrintable(a.description));
    ++m_operations[QStringLiteral("edit")];
}

void TestOutboxSoak::deleteActivity()
{
    const int index = pickActivity(false);
    if (index < 0)
        return createActivity();
    ModelActivity &a = m_activities[index];
    QVERIFY2(m_bed->changes()->deleteActivity(a.localId), qPrintable(a.description));
    a.deleted = true;
    ++m_operations[QStringLiteral("delete")];
}

// The running timer's run as the model books it: whatever MOCO counts lies
// between nothing and the real run plus rounding on either side.
void TestOutboxSoak::endRun()
{
    ModelActivity &a = m_activities[m_runningIndex];
    a.running = false;
    a.runSlack += (m_clock.elapsed() - a.runStartedMs) / 1000 + 120;
    m_runningIndex = -1;
}

void TestOutboxSoak::startNewTimer()
{
    ModelActivity a;
    a.description = nextDescription();
    a.date = m_today;
    a.timerTouched = true;
    a.running = true;
    a.runStartedMs = m_clock.elapsed();
    a.localId = m_bed->timer()->startNew({OfflineTestBed::projectId, OfflineTestBed::taskId},
                                         a.description);
    QVERIFY(a.localId);
    // TimerService stopped the one that ran.
    if (m_runningIndex >= 0)
        endRun();
    m_activities.append(a);
    m_runningIndex = int(m_activities.size()) - 1;
    ++m_operations[QStringLiteral("timer new")];
}

void TestOutboxSoak::startExistingTimer()
{
    const int index = pickActivity(true);
    if (index < 0)
        return startNewTimer();
    QCOMPARE(m_bed->timer()->start(m_activities.at(index).localId), m_activities.at(index).localId);
    if (m_runningIndex >= 0)
        endRun();
    ModelActivity &a = m_activities[index];
    a.timerTouched = true;
    a.running = true;
    a.runStartedMs = m_clock.elapsed();
    m_runningIndex = index;
    ++m_operations[QStringLiteral("timer start")];
}

void TestOutboxSoak::stopTimer()
{
    if (m_runningIndex < 0)
        return startExistingTimer();
    QVERIFY(m_bed->timer()->stop());
    endRun();
    ++m_operations[QStringLiteral("timer stop")];
}

int TestOutboxSoak::pickPresence()
{
    QList<int> candidates;
    for (int i = 0; i < m_presences.size(); ++i) {
        if (!m_presences.at(i).deleted)
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return -1;
    return candidates.at(static_cast<int>(m_userRandom.bounded(int(candidates.size()))));
}

void TestOutboxSoak::createPresence()
{
    if (m_nextPresenceSlot >= presenceDays * slotsPerDay)
        return editPresence();
    const int slot = m_nextPresenceSlot++;
    ModelPresence p;
    p.date = m_today.addDays(-1 - slot / slotsPerDay);
    p.from = QTime(19, 0).addSecs(60 * slotMinutes * (slot % slotsPerDay));
    p.to = p.from.addSecs(60 * (3 + m_userRandom.bounded(slotMinutes - 3)));
    Presence presence;
    presence.date = p.date;
    presence.from = p.from;
    presence.to = p.to;
    p.localId = m_bed->changes()->createPresence(presence);
    QVERIFY(p.localId);
    m_presences.append(p);
    ++m_operations[QStringLiteral("presence create")];
}

void TestOutboxSoak::editPresence()
{
    const int index = pickPresence();
    if (index < 0)
        return createPresence();
    ModelPresence &p = m_presences[index];
    // Within its slot: the minutes after from, other than before.
    const int minutes = p.from.secsTo(p.to) / 60;
    p.to = p.from.addSecs(
        60 * (3 + (minutes - 3 + 1 + m_userRandom.bounded(slotMinutes - 4)) % (slotMinutes - 3)));
    Presence presence;
    presence.date = p.date;
    presence.from = p.from;
    presence.to = p.to;
    QVERIFY(m_bed->changes()->updatePresence(p.localId, presence));
    ++m_operations[QStringLiteral("presence edit")];
}

void TestOutboxSoak::deletePresence()
{
    const int index = pickPresence();
    if (index < 0)
        return createPresence();
    ModelPresence &p = m_presences[index];
    QVERIFY(m_bed->changes()->deletePresence(p.localId));
    p.deleted = true;
    ++m_operations[QStringLiteral("presence delete")];
}

QStringList TestOutboxSoak::compareActivities()
{
    QMap<QString, QList<QJsonObject>> onServer;
    for (const QJsonObject &activity : m_bed->serverActivities(m_prefix))
        onServer[activity.value(QStringLiteral("description")).toString()].append(activity);
    QStringList problems;
    int expected = 0;
    for (const ModelActivity &a : std::as_const(m_activities)) {
        if (a.deleted)
            continue;
        ++expected;
        const QList<QJsonObject> found = onServer.take(a.description);
        if (found.size() != 1) {
            problems.append(QStringLiteral("activity \"%1\" (local %2): %3 times on the server")
                                .arg(a.description)
                                .arg(a.localId)
                                .arg(found.size()));
            continue;
        }
        const QJsonObject &theirs = found.first();
        const QDate date =
            QDate::fromString(theirs.value(QStringLiteral("date")).toString(), Qt::ISODate);
        const qint64 seconds = theirs.value(QStringLiteral("seconds")).toInteger();
        const bool secondsFit = a.timerTouched
                                    ? seconds >= a.seconds && seconds <= a.seconds + a.runSlack
                                    : seconds == a.seconds;
        if (date != a.date || !secondsFit ||
            !theirs.value(QStringLiteral("timer_started_at")).isNull())
            problems.append(
                QStringLiteral("activity \"%1\": expected %2, %3 s (+%4 s of timer runs), "
                               "server has %5")
                    .arg(a.description, a.date.toString(Qt::ISODate))
                    .arg(a.seconds)
                    .arg(a.runSlack)
                    .arg(QString::fromUtf8(QJsonDocument(theirs).toJson(QJsonDocument::Compact))));
    }
    for (auto it = onServer.cbegin(); it != onServer.cend(); ++it)
        problems.append(QStringLiteral("activity \"%1\" is on the server %2 times, the user "
                                       "deleted or renamed it")
                            .arg(it.key())
                            .arg(it->size()));
    qInfo("soak: %d activities expected, %d problems", expected, int(problems.size()));
    return problems;
}

QStringList TestOutboxSoak::comparePresences()
{
    const auto key = [](const QDate &date, const QString &from, const QString &to) {
        return QStringLiteral("%1 %2-%3").arg(date.toString(Qt::ISODate), from, to);
    };
    QMap<QString, int> expected;
    for (const ModelPresence &p : std::as_const(m_presences)) {
        if (!p.deleted)
            ++expected[key(p.date, p.from.toString(QStringLiteral("HH:mm")),
                           p.to.toString(QStringLiteral("HH:mm")))];
    }
    QMap<QString, int> found;
    const QJsonArray all =
        m_server.state(QStringLiteral("presences"), FakeServerProcess::demoUserId);
    for (const QJsonValue &value : all) {
        const QJsonObject p = value.toObject();
        const QDate date =
            QDate::fromString(p.value(QStringLiteral("date")).toString(), Qt::ISODate);
        const QString from = p.value(QStringLiteral("from")).toString();
        // Only the evenings the soak writes to; the seeded days end by 19:00.
        if (date < m_today.addDays(-presenceDays) || date >= m_today ||
            from < QStringLiteral("19:00"))
            continue;
        ++found[key(date, from, p.value(QStringLiteral("to")).toString())];
    }
    QStringList problems;
    QSet<QString> keys(expected.keyBegin(), expected.keyEnd());
    keys.unite(QSet<QString>(found.keyBegin(), found.keyEnd()));
    for (const QString &k : std::as_const(keys)) {
        if (expected.value(k) != found.value(k))
            problems.append(QStringLiteral("presence %1: expected %2, server has %3")
                                .arg(k)
                                .arg(expected.value(k))
                                .arg(found.value(k)));
    }
    qInfo("soak: %d presences expected, %d problems", int(expected.size()), int(problems.size()));
    return problems;
}

// For the post-mortem of a failed seed: every request the server saw.
void TestOutboxSoak::keepRequestLog()
{
    QFile file(
        QDir::temp().filePath(QStringLiteral("mocotrack-soak-%1-requests.json").arg(m_seed)));
    if (file.open(QIODevice::WriteOnly))
        file.write(m_server.control("GET", QStringLiteral("/requests")).toJson());
    qInfo("soak: request log kept in %s", qPrintable(file.fileName()));
}

QTEST_GUILESS_MAIN(TestOutboxSoak)
#include "tst_outboxsoak.moc"
