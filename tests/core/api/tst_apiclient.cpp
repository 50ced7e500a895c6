// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every typed call the product uses, against mocotrack-fakeserver over HTTP:
// the values arrive parsed, a year of activities arrives complete in the
// minimum number of requests, and callbacks respect their context object.

#include "ApiTestSupport.h"

#include "core/services/SystemClock.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace std::chrono_literals;
using namespace ApiTestSupport;

namespace {

constexpr qint64 demoUserId = 4294968001;
const QString staffApiKey = QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0");

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sessionAndProfile();
    void yearOfActivitiesInMinimumRequests();
    void activitiesAlwaysCarryUserId();
    void assignedProjectsWithoutPaging();
    void projectCustomPropertiesKeepEveryValue();
    void customFieldDefinitions();
    void activityLifecycle();
    void presenceLifecycle();
    void touchPresence();
    void staffListsUsersAndImpersonates();
    void callbackSkippedWhenContextIsGone();
    void callbackRunsInContextThread();
    void cancelledCallReportsCancelled();

private:
    ApiClient *
    makeClient(const QString &apiKey = QString::fromLatin1(FakeServerProcess::demoApiKey));
    QDate serverToday();
    Project bookableProject();

    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
    SystemClock m_clock;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClient::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestApiClient::init()
{
    m_server.control("POST", QStringLiteral("/faults/clear"));
    clearServerLog(m_server);
}

void TestApiClient::cleanup()
{
    m_client.reset();
}

ApiClient *TestApiClient::makeClient(const QString &apiKey)
{
    m_client = std::make_unique<ApiClient>(&m_clock);
    m_client->setBaseUrl(m_server.apiBaseUrl());
    m_client->setApiKey(apiKey);
    RequestScheduler::Policy policy;
    policy.windowRequests = 1000;
    m_client->scheduler()->setPolicy(policy);
    return m_client.get();
}

QDate TestApiClient::serverToday()
{
    return QDate::fromString(
        m_server.control("GET", QStringLiteral("/clock")).object().value("today").toString(),
        Qt::ISODate);
}

Project TestApiClient::bookableProject()
{
    ApiClient *client = m_client.get();
    const auto projects = waitFor<QList<Project>>(
        [client](QObject *c, auto done) { client->fetchAssignedProjects(true, c, done); });
    if (projects && projects->ok()) {
        for (const Project &project : projects->value()) {
            if (project.isBookable() && !project.bookableTasks().isEmpty())
                return project;
        }
    }
    return {};
}

void TestApiClient::sessionAndProfile()
{
    ApiClient *client = makeClient();
    const auto session =
        waitFor<SessionInfo>([client](QObject *c, auto done) { client->fetchSession(c, done); });
    QVERIFY(session && session->ok());
    QCOMPARE(session->value().userId, demoUserId);
    QVERIFY(!session->value().uuid.isEmpty());

    const auto profile =
        waitFor<Profile>([client](QObject *c, auto done) { client->fetchProfile(c, done); });
    QVERIFY(profile && profile->ok());
    QCOMPARE(profile->value().id, demoUserId);
    QCOMPARE(profile->value().email, QString::fromLatin1(FakeServerProcess::demoEmail));
    QVERIFY(!profile->value().displayName().isEmpty());
}

void TestApiClient::yearOfActivitiesInMinimumRequests()
{
    ApiClient *client = makeClient();
    const QDate today = serverToday();
    ApiClient::ActivityQuery query;
    query.userId = demoUserId;
    query.from = today.addDays(-365);
    query.to = today;

    // The truth, straight from the server's state.
    int expected = 0;
    const QJsonArray all = m_server.control("GET", QStringLiteral("/state/activities"))
                               .object()
                               .value(QStringLiteral("activities"))
                               .toArray();
    for (const QJsonValue &value : all) {
        const QJsonObject activity = value.toObject();
        const QDate date = QDate::fromString(activity.value("date").toString(), Qt::ISODate);
        expected += activity.value("user").toObject().value("id").toInteger() == demoUserId &&
                    date >= query.from && date <= query.to;
    }
    QVERIFY2(expected > 1000, "the seeded year should span many pages");

    std::optional<ApiResult<QList<Activity>>> result;
    QList<std::pair<int, int>> progress;
    QObject context;
    ApiJob *job = client->fetchActivities(
        query, &context, [&result](const ApiResult<QList<Activity>> &r) { result = r; });
    connect(job, &ApiJob::progress, &context, [&progress](int k, int n) {
        progress.append({k, n});
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY2(result->ok(), qPrintable(result->error().message));

    const QList<Activity> &activities = result->value();
    QCOMPARE(activities.size(), expected);
    QSet<qint64> ids;
    for (const Activity &activity : activities) {
        QCOMPARE(activity.user ? activity.user->id : demoUserId, demoUserId);
        ids.insert(activity.id);
    }
    QCOMPARE(ids.size(), expected); // no page twice, none missing

    const int pages = (expected + 99) / 100;
    QCOMPARE(serverLog(m_server, QStringLiteral("/api/v1/activities")).size(), pages);
    QCOMPARE(progress.size(), pages);
    QCOMPARE(progress.last(), std::make_pair(pages, pages));
    QCOMPARE(progress.first(), std::make_pair(1, pages));
}

void TestApiClient::activitiesAlwaysCarryUserId()
{
    ApiClient *client = makeClient();
    ApiClient::ActivityQuery query;
    query.userId = demoUserId;
    query.from = serverToday();
    query.to = query.from;
    query.updatedAfter = QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
    query.sortBy = QStringLiteral("date");
    const auto result = waitFor<QList<Activity>>(
        [client, query](QObject *c, auto done) { client->fetchActivities(query, c, done); });
    QVERIFY(result && result->ok());
    const auto log = serverLog(m_server, QStringLiteral("/api/v1/activities"));
    QCOMPARE(log.size(), 1);
    const QUrlQuery sent(log.first().value(QStringLiteral("query")).toString());
    QCOMPARE(sent.queryItemValue(QStringLiteral("user_id")), QString::number(demoUserId));
    QCOMPARE(sent.queryItemValue(QStringLiteral("from")), query.from.toString(Qt::ISODate));
    QCOMPARE(sent.queryItemValue(QStringLiteral("updated_after")),
             QStringLiteral("2020-01-01T00:00:00Z"));
    QCOMPARE(sent.queryItemValue(QStringLiteral("sort_by")), QStringLiteral("date"));
    QCOMPARE(sent.queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
}

void TestApiClient::assignedProjectsWithoutPaging()
{
    makeClient();
    const Project project = bookableProject();
    QVERIFY(project.id != 0);
    QVERIFY(!project.customer.name.isEmpty());
    QCOMPARE(serverLog(m_server, QStringLiteral("/api/v1/projects/assigned")).size(), 1);
}

void TestApiClient::projectCustomPropertiesKeepEveryValue()
{
    ApiClient *client = makeClient();
    const qint64 projectId = bookableProject().id;
    const auto before = waitFor<Project>(
        [client, projectId](QObject *c, auto done) { client->fetchProject(projectId, c, done); });
    QVERIFY(before && before->ok());
    const CustomFieldValues stored = before->value().customProperties;

    CustomPropertiesUpdate update(stored);
    const QString marker = QStringLiteral("PO-%1").arg(QDateTime::currentMSecsSinceEpoch());
    update.set(QStringLiteral("Bestellnummer"), CustomFieldValue(marker));
    const auto after = waitFor<Project>([client, projectId, update](QObject *c, auto done) {
        client->updateProjectCustomProperties(projectId, update, c, done);
    });
    QVERIFY(after);
    QVERIFY2(after->ok(), qPrintable(after->error().message));
    const CustomFieldValues values = after->value().customProperties;
    QCOMPARE(values.text(QStringLiteral("Bestellnummer")), marker);
    // The server deletes fields missing from an update (strict rule): every
    // other stored value must still be there.
    for (const QString &name : stored.names()) {
        if (name != QLatin1String("Bestellnummer"))
            QVERIFY2(values.value(name) == stored.value(name), qPrintable(name));
    }
}

void TestApiClient::customFieldDefinitions()
{
    ApiClient *client = makeClient();
    const auto result = waitFor<QList<CustomFieldDefinition>>([client](QObject *c, auto done) {
        client->fetchCustomFieldDefinitions(QStringLiteral("Project"), c, done);
    });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().message));
    QVERIFY(!result->value().isEmpty());
    for (const CustomFieldDefinition &definition : result->value())
        QCOMPARE(definition.entity, QStringLiteral("Project"));
    const auto log = serverLog(m_server, QStringLiteral("/api/v1/account/custom_properties"));
    QCOMPARE(QUrlQuery(log.first().value("query").toString()).queryItemValue("entity"),
             QStringLiteral("Project"));
}

void TestApiClient::activityLifecycle()
{
    ApiClient *client = makeClient();
    const Project project = bookableProject();
    ActivityDraft draft;
    draft.date = serverToday();
    draft.projectId = project.id;
    draft.taskId = project.bookableTasks().first().id;
    draft.seconds = 1800;
    draft.description = QStringLiteral("Lifecycle – Prüfung ✓");

    const auto created = waitFor<Activity>(
        [client, draft](QObject *c, auto done) { client->createActivity(draft, c, done); });
    QVERIFY(created);
    QVERIFY2(created->ok(), qPrintable(created->error().message));
    const qint64 id = created->value().id;
    QCOMPARE(created->value().seconds, 1800);
    QCOMPARE(created->value().description, draft.description);

    ActivityChanges changes;
    changes.description = QStringLiteral("changed");
    const auto updated = waitFor<Activity>([client, id, changes](QObject *c, auto done) {
        client->updateActivity(id, changes, c, done);
    });
    QVERIFY(updated && updated->ok());
    QCOMPARE(updated->value().description, QStringLiteral("changed"));

    const auto started =
        waitFor<Activity>([client, id](QObject *c, auto done) { client->startTimer(id, c, done); });
    QVERIFY(started);
    QVERIFY2(started->ok(), qPrintable(started->error().message));
    QVERIFY(started->value().isRunning());
    const auto stopped =
        waitFor<Activity>([client, id](QObject *c, auto done) { client->stopTimer(id, c, done); });
    QVERIFY(stopped && stopped->ok());
    QVERIFY(!stopped->value().isRunning());

    const auto fetched = waitFor<Activity>(
        [client, id](QObject *c, auto done) { client->fetchActivity(id, c, done); });
    QVERIFY(fetched && fetched->ok());
    QCOMPARE(fetched->value().id, id);

    const auto deleted = waitFor<ApiNothing>(
        [client, id](QObject *c, auto done) { client->deleteActivity(id, c, done); });
    QVERIFY(deleted);
    QVERIFY2(deleted->ok(), qPrintable(deleted->error().message));
    const auto gone = waitFor<Activity>(
        [client, id](QObject *c, auto done) { client->fetchActivity(id, c, done); });
    QVERIFY(gone);
    QCOMPARE(gone->error().kind, ApiError::Kind::NotFound);
}

void TestApiClient::presenceLifecycle()
{
    ApiClient *client = makeClient();
    const QDate date(2021, 1, 3); // a Sunday long ago: no seeded presence
    PresenceDraft draft;
    draft.date = date;
    draft.from = QTime(8, 30);
    draft.to = QTime(12, 0);
    const auto created = waitFor<Presence>(
        [client, draft](QObject *c, auto done) { client->createPresence(draft, c, done); });
    QVERIFY(created);
    QVERIFY2(created->ok(), qPrintable(created->error().message));
    const qint64 id = created->value().id;
    QCOMPARE(created->value().from, std::optional<QTime>(QTime(8, 30)));

    // Overlapping: the server's field message reaches us.
    const auto overlap = waitFor<Presence>(
        [client, draft](QObject *c, auto done) { client->createPresence(draft, c, done); });
    QVERIFY(overlap);
    QCOMPARE(overlap->error().kind, ApiError::Kind::Validation);
    QVERIFY(!overlap->error().fieldErrors.isEmpty());

    PresenceChanges changes;
    changes.to = QTime(13, 15);
    const auto updated = waitFor<Presence>([client, id, changes](QObject *c, auto done) {
        client->updatePresence(id, changes, c, done);
    });
    QVERIFY(updated && updated->ok());
    QCOMPARE(updated->value().to, std::optional<QTime>(QTime(13, 15)));

    ApiClient::PresenceQuery query;
    query.from = date;
    query.to = date;
    const auto listed = waitFor<QList<Presence>>(
        [client, query](QObject *c, auto done) { client->fetchPresences(query, c, done); });
    QVERIFY(listed && listed->ok());
    QCOMPARE(listed->value().size(), 1);
    QCOMPARE(listed->value().first().id, id);

    const auto fetched = waitFor<Presence>(
        [client, id](QObject *c, auto done) { client->fetchPresence(id, c, done); });
    QVERIFY(fetched && fetched->ok());

    const auto deleted = waitFor<ApiNothing>(
        [client, id](QObject *c, auto done) { client->deletePresence(id, c, done); });
    QVERIFY(deleted && deleted->ok());
}

void TestApiClient::touchPresence()
{
    ApiClient *client = makeClient();
    const auto touched = waitFor<Presence>(
        [client](QObject *c, auto done) { client->touchPresence(std::nullopt, c, done); });
    QVERIFY(touched);
    QVERIFY2(touched->ok(), qPrintable(touched->error().message));
    QCOMPARE(touched->value().date, serverToday());
    const auto log = serverLog(m_server, QStringLiteral("/api/v1/users/presences/touch"));
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().value("method").toString(), QStringLiteral("POST"));
}

void TestApiClient::staffListsUsersAndImpersonates()
{
    ApiClient *client = makeClient(staffApiKey);
    const auto users =
        waitFor<QList<User>>([client](QObject *c, auto done) { client->fetchUsers(c, done); });
    QVERIFY(users);
    QVERIFY2(users->ok(), qPrintable(users->error().message));
    QVERIFY(std::any_of(users->value().cbegin(), users->value().cend(),
                        [](const User &user) { return user.id == demoUserId; }));

    client->setImpersonatedUserId(demoUserId);
    const auto profile =
        waitFor<Profile>([client](QObject *c, auto done) { client->fetchProfile(c, done); });
    QVERIFY(profile && profile->ok());
    QCOMPARE(profile->value().id, demoUserId);

    client->setImpersonatedUserId(std::nullopt);
    const auto own =
        waitFor<Profile>([client](QObject *c, auto done) { client->fetchProfile(c, done); });
    QVERIFY(own && own->ok());
    QVERIFY(own->value().id != demoUserId);
}

void TestApiClient::callbackSkippedWhenContextIsGone()
{
    ApiClient *client = makeClient();
    bool called = false;
    auto *context = new QObject;
    ApiJob *job =
        client->fetchProfile(context, [&called](const ApiResult<Profile> &) { called = true; });
    QSignalSpy finished(job, &ApiJob::finished);
    delete context;
    QVERIFY(finished.wait(10000));
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestApiClient::callbackRunsInContextThread()
{
    ApiClient *client = makeClient();
    QThread worker;
    worker.start();
    auto *context = new QObject;
    context->moveToThread(&worker);
    connect(&worker, &QThread::finished, context, &QObject::deleteLater);
    std::atomic<QThread *> ranIn = nullptr;
    std::atomic<bool> ok = false;
    client->fetchSession(context, [&ranIn, &ok](const ApiResult<SessionInfo> &result) {
        ok = result.ok();
        ranIn = QThread::currentThread();
    });
    QTRY_VERIFY_WITH_TIMEOUT(ranIn.load() != nullptr, 10000);
    QCOMPARE(ranIn.load(), &worker);
    QVERIFY(ok);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

void TestApiClient::cancelledCallReportsCancelled()
{
    ApiClient *client = makeClient();
    std::optional<ApiResult<Profile>> result;
    QObject context;
    ApiJob *job =
        client->fetchProfile(&context, [&result](const ApiResult<Profile> &r) { result = r; });
    job->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
    QVERIFY(serverLog(m_server, QStringLiteral("/api/v1/profile")).isEmpty());
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
