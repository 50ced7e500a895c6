// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"
#include "core/Version.h"
#include "core/domain/ActivityDraft.h"
#include "core/services/AccountSettings.h"
#include "core/services/CredentialStore.h"
#include "core/services/SystemClock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

// kill -9 of the real app while a change is committed locally but not yet
// delivered: the next start sends it, exactly once (issue 4 §5).
//
// The app runs signed in to a real account (settings + API key in the
// keychain, as after a sign-in) that points at a fake server started here.
// The fake server holds the create ("hang": received, never processed, never
// answered), so the app dies with the request in flight. Config and data live
// in a temporary XDG_CONFIG_HOME / XDG_DATA_HOME shared with the app.
// Needs a Secret Service (.ci/headless-session); skips without one unless
// MOCOTRACK_REQUIRE_KEYCHAIN=1.
class TestAppCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void killedWhileTheCreateIsInFlightSendsItOnceAfterRestart();
    void killedWhileOfflineSendsItOnceAfterRestart();

private:
    static QString storePath();
    qint64 commitOffline(const QString &description);
    QList<QJsonObject> serverActivities(const QString &description);
    int postsTo(const QString &path, const QString &fault = {});
    QJsonObject hangNextCreate();
    bool startSignedIn(AppProcess &app, const QStringList &arguments = {});
    bool endGracefully(AppProcess &app);
    static void killHard(AppProcess &app);
    bool serverListens();
    QList<OutboxItem> outboxAfterwards();
    CredentialStore::Result runKeychain(bool write);

    static constexpr qint64 projectId = 3100000101;
    static constexpr qint64 taskId = 3200000001;

    QTemporaryDir m_home;
    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
    CredentialStore m_keychain;
    AccountSettings m_account;
    QDate m_day;
};

void TestAppCrash::initTestCase()
{
#if !defined(Q_OS_LINUX)
    QSKIP("kills processes with POSIX signals");
#endif
    QVERIFY(m_home.isValid());
    // The app's own paths (no test mode there): both processes use these.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral(MOCOTRACK_APP_NAME));
    QVERIFY(m_server.start());
    m_day = QDate::currentDate().addDays(-1);

    m_account.baseUrl = m_server.apiBaseUrl();
    m_account.userId = FakeServerProcess::demoUserId;
    m_account.name = QStringLiteral("Anna Müller");
    m_account.email = QString::fromLatin1(FakeServerProcess::demoEmail);
    const CredentialStore::Result stored = runKeychain(true);
    if (!stored.ok()) {
        if (qEnvironmentVariableIntValue("MOCOTRACK_REQUIRE_KEYCHAIN") == 1)
            QFAIL("No keychain service");
        QSKIP("No keychain service (run inside .ci/headless-session)");
    }
    m_account.save();
}

void TestAppCrash::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
    m_server.control("POST", QStringLiteral("/faults/clear"));
    m_server.control("POST", QStringLiteral("/requests/clear"));
    QFile::remove(storePath());
    QFile::remove(storePath() + QStringLiteral("-wal"));
    QFile::remove(storePath() + QStringLiteral("-shm"));
}

void TestAppCrash::cleanupTestCase()
{
    if (m_account.isValid())
        runKeychain(false);
}

CredentialStore::Result TestAppCrash::runKeychain(bool write)
{
    CredentialStore::Result result{CredentialStore::Status::Failed, {}, {}};
    bool done = false;
    const auto finished = [&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    };
    if (write)
        m_keychain.write(m_account.credentialKey(),
                         QString::fromLatin1(FakeServerProcess::demoApiKey), this, finished);
    else
        m_keychain.remove(m_account.credentialKey(), this, finished);
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.detail = QStringLiteral("timed out");
    return result;
}

QString TestAppCrash::storePath()
{
    // The app's key for an account: "<host>/<user id>".
    return LocalStore::defaultPath(
        QStringLiteral("127.0.0.1/%1").arg(FakeServerProcess::demoUserId));
}

qint64 TestAppCrash::commitOffline(const QString &description)
{
    // The state the app leaves behind when it dies right after its local
    // commit: the activity and its outbox entry, nothing sent.
    SystemClock clock;
    LocalStore store(storePath());
    if (!store.open())
        return 0;
    LocalChanges changes(&store, &clock);
    ActivityDraft draft;
    draft.date = m_day;
    draft.projectId = projectId;
    draft.taskId = taskId;
    draft.seconds = 2700;
    draft.description = description;
    return changes.createActivity(draft);
}

QList<QJsonObject> TestAppCrash::serverActivities(const QString &description)
{
    const QJsonDocument state = m_server.control(
        "GET", QStringLiteral("/state/activities?user_id=%1").arg(FakeServerProcess::demoUserId));
    QList<QJsonObject> found;
    for (const QJsonValue &value : state.object().value(QStringLiteral("activities")).toArray()) {
        if (value.toObject().value(QStringLiteral("description")).toString() == description)
            found.append(value.toObject());
    }
    return found;
}

int TestAppCrash::postsTo(const QString &path, const QString &fault)
{
    int count = 0;
    const QJsonArray requests = m_server.control("GET", QStringLiteral("/requests"))
                                    .object()
                                    .value(QStringLiteral("requests"))
                                    .toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        if (request.value(QStringLiteral("method")).toString() == QLatin1String("POST") &&
            request.value(QStringLiteral("path")).toString() == path &&
            (fault.isEmpty() || request.value(QStringLiteral("fault")).toString() == fault))
            ++count;
    }
    return count;
}

QJsonObject TestAppCrash::hangNextCreate()
{
    const QJsonObject fault{{QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                            {QStringLiteral("hang"), true}};
    return m_server
        .control("POST", QStringLiteral("/faults"),
                 QJsonDocument(QJsonObject{{QStringLiteral("queue"), QJsonArray{fault}}}))
        .object();
}

bool TestAppCrash::startSignedIn(AppProcess &app, const QStringList &arguments)
{
    return app.start(arguments) &&
           app.waitForLine(QStringLiteral("signed in; window title:")).hasMatch();
}

bool TestAppCrash::endGracefully(AppProcess &app)
{
    ::kill(static_cast<pid_t>(app.pid()), SIGTERM);
    return app.waitForFinished(20000);
}

void TestAppCrash::killHard(AppProcess &app)
{
    ::kill(static_cast<pid_t>(app.pid()), SIGKILL);
    app.waitForFinished(10000);
}

bool TestAppCrash::serverListens()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    return socket.waitForConnected(1000);
}

QList<OutboxItem> TestAppCrash::outboxAfterwards()
{
    LocalStore store(storePath());
    if (!store.open())
        return {};
    return Outbox(&store).items();
}

void TestAppCrash::killedWhileTheCreateIsInFlightSendsItOnceAfterRestart()
{
    const QString description = QStringLiteral("appcrash in flight");
    const qint64 localId = commitOffline(description);
    QVERIFY(localId);
    QVERIFY(!hangNextCreate().isEmpty());
    const QString create = QStringLiteral("/api/v1/activities");
    {
        AppProcess app;
        QVERIFY(startSignedIn(app));
        // The app handed it to the network; MOCO holds it unanswered.
        QTRY_COMPARE_WITH_TIMEOUT(postsTo(create, QStringLiteral("hang")), 1, 20000);
        killHard(app);
    }
    QCOMPARE(serverActivities(description).size(), 0);
    // Died waiting for the answer: the item says so, the outcome is unknown.
    QList<OutboxItem> outbox = outboxAfterwards();
    QCOMPARE(outbox.size(), 1);
    QVERIFY2(outbox.first().state == OutboxItem::State::Sending ||
                 outbox.first().state == OutboxItem::State::Uncertain,
             qPrintable(OutboxItem::stateName(outbox.first().state)));

    {
        AppProcess app;
        QVERIFY(startSignedIn(app));
        QTRY_COMPARE_WITH_TIMEOUT(serverActivities(description).size(), 1, 20000);
        QVERIFY(endGracefully(app));
    }
    QCOMPARE(serverActivities(description).size(), 1);
    QCOMPARE(postsTo(create), 2); // the held one, and one more: no duplicate
    QVERIFY(outboxAfterwards().isEmpty());
    const QJsonObject stored = serverActivities(description).first();
    QCOMPARE(stored.value(QStringLiteral("seconds")).toInteger(), 2700);
    QCOMPARE(stored.value(QStringLiteral("date")).toString(), m_day.toString(Qt::ISODate));
}

void TestAppCrash::killedWhileOfflineSendsItOnceAfterRestart()
{
    const QString description = QStringLiteral("appcrash offline");
    QVERIFY(commitOffline(description));
    // MOCO is unreachable from the start; the app tries, fails, and is killed.
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 6000}}));
    {
        AppProcess app;
        QVERIFY(app.start({}));
        QVERIFY(app.waitForLine(QStringLiteral("POST /activities → 0")).hasMatch());
        killHard(app);
    }
    // Back up (the control port is the API port: wait until it listens again).
    QTRY_VERIFY_WITH_TIMEOUT(serverListens(), 15000);
    QCOMPARE(serverActivities(description).size(), 0);
    QCOMPARE(outboxAfterwards().size(), 1);

    AppProcess app;
    QVERIFY(startSignedIn(app));
    QTRY_COMPARE_WITH_TIMEOUT(serverActivities(description).size(), 1, 20000);
    QVERIFY(endGracefully(app));
    QCOMPARE(serverActivities(description).size(), 1);
    QVERIFY(outboxAfterwards().isEmpty());
}

QTEST_GUILESS_MAIN(TestAppCrash)
#include "tst_appcrash.moc"
