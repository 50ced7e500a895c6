// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignedInAppHarness.h"

#include "AppProcess.h"
#include "core/Version.h"
#include "core/domain/ActivityDraft.h"
#include "core/services/SystemClock.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTest>

#include <csignal>
#include <sys/types.h>

SignedInAppHarness::SignedInAppHarness()
    : m_server({QStringLiteral("--rate"), QStringLiteral("off")})
{}

void SignedInAppHarness::initTestCase()
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
    m_account.name = userName();
    m_account.email = QString::fromLatin1(FakeServerProcess::demoEmail);
    const CredentialStore::Result stored = runKeychain(true);
    if (!stored.ok()) {
        if (requireEverything())
            QFAIL("No keychain service");
        QSKIP("No keychain service (run inside .ci/headless-session)");
    }
    m_account.save();
    m_ready = true;
}

void SignedInAppHarness::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
    m_server.control("POST", QStringLiteral("/faults/clear"));
    m_server.control("POST", QStringLiteral("/requests/clear"));
    QFile::remove(storePath());
    QFile::remove(storePath() + QStringLiteral("-wal"));
    QFile::remove(storePath() + QStringLiteral("-shm"));
}

void SignedInAppHarness::cleanupTestCase()
{
    if (m_account.isValid())
        runKeychain(false);
}

bool SignedInAppHarness::requireEverything()
{
    return qEnvironmentVariableIntValue("MOCOTRACK_REQUIRE_KEYCHAIN") == 1;
}

QString SignedInAppHarness::userName()
{
    return QStringLiteral("Anna Müller");
}

CredentialStore::Result SignedInAppHarness::runKeychain(bool write)
{
    CredentialStore::Result result{CredentialStore::Status::Failed, {}, {}};
    bool done = false;
    // Ends the callback's connection on return, even after a timeout.
    QObject context;
    const auto finished = [&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    };
    if (write)
        m_keychain.write(m_account.credentialKey(),
                         QString::fromLatin1(FakeServerProcess::demoApiKey), &context, finished);
    else
        m_keychain.remove(m_account.credentialKey(), &context, finished);
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.detail = QStringLiteral("timed out");
    return result;
}

QString SignedInAppHarness::storePath() const
{
    return LocalStore::defaultPath(m_account.storeKey());
}

qint64 SignedInAppHarness::commitOffline(const QString &description)
{
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

QList<QJsonObject> SignedInAppHarness::serverActivities(const QString &description)
{
    QList<QJsonObject> found;
    const QJsonArray all =
        m_server.state(QStringLiteral("activities"), FakeServerProcess::demoUserId);
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("description")).toString() == description)
            found.append(value.toObject());
    }
    return found;
}

QJsonArray SignedInAppHarness::requests()
{
    return m_server.control("GET", QStringLiteral("/requests"))
        .object()
        .value(QStringLiteral("requests"))
        .toArray();
}

int SignedInAppHarness::countPosts(const QString &path, const QString &field, const QString &value)
{
    int count = 0;
    const QJsonArray all = requests();
    for (const QJsonValue &entry : all) {
        const QJsonObject request = entry.toObject();
        if (request.value(QStringLiteral("method")).toString() == QLatin1String("POST") &&
            request.value(QStringLiteral("path")).toString() == path &&
            (field.isEmpty() || request.value(field).toVariant().toString() == value))
            ++count;
    }
    return count;
}

QJsonObject SignedInAppHarness::queueFault(const QJsonObject &fault)
{
    return m_server
        .control("POST", QStringLiteral("/faults"),
                 QJsonDocument(QJsonObject{{QStringLiteral("queue"), QJsonArray{fault}}}))
        .object();
}

QList<OutboxItem> SignedInAppHarness::outboxAfterwards()
{
    LocalStore store(storePath());
    if (!store.open())
        return {};
    return Outbox(&store).items();
}

bool SignedInAppHarness::startSignedIn(AppProcess &app, const QStringList &arguments)
{
    return app.start(arguments) &&
           app.waitForLine(QStringLiteral("signed in; window title:")).hasMatch();
}

bool SignedInAppHarness::endGracefully(AppProcess &app)
{
    ::kill(static_cast<pid_t>(app.pid()), SIGTERM);
    return app.waitForFinished(20000);
}

void SignedInAppHarness::killHard(AppProcess &app)
{
    ::kill(static_cast<pid_t>(app.pid()), SIGKILL);
    app.waitForFinished(10000);
}
