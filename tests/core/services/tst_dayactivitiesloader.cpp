// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiClient.h"
#include "core/models/ActivityListModel.h"
#include "core/services/DayActivitiesLoader.h"
#include "core/services/SystemClock.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace std::chrono_literals;

class TestDayActivitiesLoader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsTheDayOfTheSignedInUserOnly();
    void runningTimerArrivesAsRunning();
    void aSecondRefreshWhileLoadingSendsNothing();
    void rateLimitWaitIsReported();
    void failureIsReportedAndTheListStays();

private:
    void signIn(const RequestScheduler::Policy &policy);
    template<typename T>
    T await(std::function<ApiJob *(ApiCallback<T>)> call);
    Activity createActivityToday(qint64 seconds, const QString &description);
    int activityListRequests();
    SyncStatus waitUntilSettled();

    // The server's own limit is off: the tests here watch the client's.
    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    SystemClock m_clock;
    ApiClient *m_client = nullptr;
    ActivityListModel *m_model = nullptr;
    DayActivitiesLoader *m_loader = nullptr;
    qint64 m_userId = 0;
};

void TestDayActivitiesLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<SyncStatus>();
    QVERIFY(m_server.start());
}

void TestDayActivitiesLoader::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
    m_server.control("POST", QStringLiteral("/faults/clear"));
    m_server.control("POST", QStringLiteral("/requests/clear"));
    signIn(RequestScheduler::Policy{});
}

void TestDayActivitiesLoader::signIn(const RequestScheduler::Policy &policy)
{
    delete m_loader;
    delete m_model;
    delete m_client;
    m_client = new ApiClient(&m_clock, this);
    m_client->setBaseUrl(m_server.apiBaseUrl());
    // Before the first request: every request keeps its slot for the window
    // in force when it was answered.
    m_client->scheduler()->setPolicy(policy);
    const LoginResult login = await<LoginResult>([this](ApiCallback<LoginResult> done) {
        return m_client->login(LoginRequest{QString::fromLatin1(FakeServerProcess::demoEmail),
                                            QString::fromLatin1(FakeServerProcess::demoPassword)},
                               this, done);
    });
    m_client->setApiKey(login.apiKey);
    m_userId = login.userId;
    m_model = new ActivityListModel(&m_clock, this);
    m_loader = new DayActivitiesLoader(m_client, m_model, &m_clock, this);
    m_loader->setUserId(m_userId);
}

void TestDayActivitiesLoader::cleanup()
{
    delete m_loader;
    delete m_model;
    delete m_client;
    m_loader = nullptr;
    m_model = nullptr;
    m_client = nullptr;
}

template<typename T>
T TestDayActivitiesLoader::await(std::function<ApiJob *(ApiCallback<T>)> call)
{
    std::optional<ApiResult<T>> result;
    call([&result](const ApiResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        qWarning("no answer");
        return T{};
    }
    if (!result->ok())
        qWarning("call failed: %s", qPrintable(result->error().message));
    return result->ok() ? result->value() : T{};
}

Activity TestDayActivitiesLoader::createActivityToday(qint64 seconds, const QString &description)
{
    const QList<Project> projects = await<QList<Project>>([this](ApiCallback<QList<Project>> done) {
        return m_client->fetchAssignedProjects(true, this, done);
    });
    for (const Project &project : projects) {
        const QList<Task> tasks = project.bookableTasks();
        if (!project.isBookable() || tasks.isEmpty())
            continue;
        ActivityDraft draft;
        draft.date = m_clock.utcNow().toLocalTime().date();
        draft.projectId = project.id;
        draft.taskId = tasks.first().id;
        draft.seconds = seconds;
        draft.description = description;
        return await<Activity>([this, draft](ApiCallback<Activity> done) {
            return m_client->createActivity(draft, this, done);
        });
    }
    qWarning("no bookable project");
    return {};
}

int TestDayActivitiesLoader::activityListRequests()
{
    const QJsonArray requests =
        m_server.control("GET", QStringLiteral("/requests")).object().value("requests").toArray();
    int count = 0;
    for (const QJsonValue &request : requests) {
        const QString path = request.toObject().value("path").toString();
        if (request.toObject().value("method").toString() == QLatin1String("GET") &&
            path.endsWith(QLatin1String("/activities")))
            ++count;
    }
    return count;
}

SyncStatus TestDayActivitiesLoader::waitUntilSettled()
{
    if (!QTest::qWaitFor([this] { return !m_loader->isLoading(); }, 30000))
        qWarning("the load did not end");
    return m_loader->status();
}

void TestDayActivitiesLoader::loadsTheDayOfTheSignedInUserOnly()
{
    const Activity created = createActivityToday(5400, QStringLiteral("Wireframes Angebot"));
    QVERIFY(created.id != 0);

    QSignalSpy statuses(m_loader, &DayActivitiesLoader::statusChanged);
    const QDateTime before = m_clock.utcNow();
    m_loader->refresh();
    QVERIFY(m_loader->isLoading());
    QCOMPARE(m_loader->status().state, SyncStatus::State::Syncing);
    QCOMPARE(m_loader->status().text(m_clock.utcNow()), QStringLiteral("Syncing…"));

    const SyncStatus status = waitUntilSettled();
    QCOMPARE(status.state, SyncStatus::State::Synced);
    QVERIFY(status.lastSyncedAt >= before && status.lastSyncedAt <= m_clock.utcNow());
    QVERIFY(status.text(m_clock.utcNow()).startsWith(QStringLiteral("Synced ")));

    const QDate today = m_clock.utcNow().toLocalTime().date();
    bool found = false;
    for (const Activity &activity : m_model->activities()) {
        QCOMPARE(activity.date, today);
        if (activity.user)
            QCOMPARE(activity.user->id, m_userId); // never a colleague's entry
        found = found || activity.id == created.id;
    }
    QVERIFY(found);
}

void TestDayActivitiesLoader::runningTimerArrivesAsRunning()
{
    // A 0-second activity for today starts its timer (moco-api.md §4).
    const Activity created = createActivityToday(0, QStringLiteral("Kassensturz Bug #412"));
    QVERIFY(created.id != 0);
    m_loader->refresh();
    QCOMPARE(waitUntilSettled().state, SyncStatus::State::Synced);
    QVERIFY(m_model->hasRunningTimer());
}

void TestDayActivitiesLoader::aSecondRefreshWhileLoadingSendsNothing()
{
    m_server.control("POST", QStringLiteral("/requests/clear"));
    m_loader->refresh();
    m_loader->refresh();
    QCOMPARE(waitUntilSettled().state, SyncStatus::State::Synced);
    QCOMPARE(activityListRequests(), 1);
}

void TestDayActivitiesLoader::rateLimitWaitIsReported()
{
    // One request per 2 s on the client side: each load waits for the
    // request before it.
    RequestScheduler::Policy policy;
    policy.windowRequests = 1;
    policy.window = 2s;
    signIn(policy);

    QSignalSpy statuses(m_loader, &DayActivitiesLoader::statusChanged);
    m_loader->refresh();
    QCOMPARE(waitUntilSettled().state, SyncStatus::State::Synced);
    statuses.clear();
    m_loader->refresh();
    QCOMPARE(waitUntilSettled().state, SyncStatus::State::Synced);

    bool sawWaiting = false;
    for (const QList<QVariant> &arguments : std::as_const(statuses)) {
        const auto status = arguments.first().value<SyncStatus>();
        if (status.rateLimitedUntil.isValid()) {
            sawWaiting = true;
            // The text as it read when the wait began.
            QVERIFY(status.text(status.rateLimitedUntil.addSecs(-1))
                        .startsWith(QStringLiteral("Waiting for MOCO's rate limit (")));
        }
    }
    QVERIFY(sawWaiting);
    QVERIFY(!m_loader->status().isWaitingForRateLimit(m_clock.utcNow()));
}

void TestDayActivitiesLoader::failureIsReportedAndTheListStays()
{
    createActivityToday(600, QStringLiteral("Weekly"));
    m_loader->refresh();
    QCOMPARE(waitUntilSettled().state, SyncStatus::State::Synced);
    const int rows = m_model->rowCount();
    QVERIFY(rows > 0);
    const QDateTime lastSynced = m_loader->status().lastSyncedAt;

    // A server error that is not retried (500 is not transient).
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{{"queue", QJsonArray{QJsonObject{{"status", 500}}}}}));
    m_loader->refresh();
    const SyncStatus failed = waitUntilSettled();
    QCOMPARE(failed.state, SyncStatus::State::Failed);
    QCOMPARE(failed.error.kind, ApiError::Kind::Server);
    QVERIFY(!failed.text(m_clock.utcNow()).isEmpty());
    QCOMPARE(failed.lastSyncedAt, lastSynced);
    QCOMPARE(m_model->rowCount(), rows); // what was loaded stays visible

    m_loader->refresh();
    QCOMPARE(waitUntilSettled().state, SyncStatus::State::Synced);
}

QTEST_GUILESS_MAIN(TestDayActivitiesLoader)
#include "tst_dayactivitiesloader.moc"
