// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActAsDialog.h"
#include "Application.h"
#include "DayView.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "core/domain/ActivityDraft.h"
#include "core/services/AccountSettings.h"
#include "core/services/CredentialStore.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/ProjectCache.h"
#include "core/sync/AccountDataLayer.h"
#include "support/FakeServerProcess.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {
QStringList g_appLog;
QtMessageHandler g_previousHandler = nullptr;
QStringList g_allLog; // every message, to prove no secret is ever logged
void collectLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_allLog.append(message);
    if (QLatin1String(context.category) == QLatin1String("mocotrack.app") ||
        QLatin1String(context.category) == QLatin1String("mocotrack.session"))
        g_appLog.append(message);
    else if (g_previousHandler &&
             !QLatin1String(context.category).startsWith(QLatin1String("mocotrack.")))
        g_previousHandler(type, context, message);
}
} // namespace

// The whole app in this process (offscreen), against mocotrack-fakeserver and
// the real keychain: first start → sign-in dialog → main window; next start →
// key from the keychain → main window; 401 → sign in again; sign out.
// Without a Secret Service it skips, unless MOCOTRACK_REQUIRE_KEYCHAIN=1.
class TestSignInFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void firstStartAsksAndStoresTheKeyInTheKeychainOnly();
    void nextStartGoesStraightToTheMainWindowAndChecksTheSession();
    void expiredSessionAsksAgainAndTheWaitingRequestIsSentOnce();
    void changeHeldBackByAnExpiredSessionReachesTheServerOnce();
    void cachedDataShowsBeforeMocoAnswers();
    void signOutForgetsTheKey();
    void wrongPasswordStoresNothing();
    void nonStaffNeverSeesActAsNorSendsTheHeader();
    void staffActsAsAColleagueAndBack();
    void demoStoresNothing();

private:
    template<typename T>
    static T *topLevel()
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
                return found;
        return nullptr;
    }
    CredentialStore::Result readKey();
    QJsonArray requests();
    int countOnServer(const QString &path, const QString &description);
    QStringList cacheFiles() const;
    // The demo user's account on this test's server, as the app keys it.
    AccountSettings demoAccount() const
    {
        AccountSettings account;
        account.baseUrl = m_server.apiBaseUrl();
        account.userId = FakeServerProcess::demoUserId;
        return account;
    }
    void signInWith(SignInDialog *dialog, const QString &password);

    // Every test here starts a whole app that syncs; the server's rate limit
    // (the client keeps its own) would only make them slow.
    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
    CredentialStore m_store;
    QString m_key;
};

void TestSignInFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QLoggingCategory::setFilterRules(QStringLiteral("mocotrack.*.debug=true"));
    g_previousHandler = qInstallMessageHandler(collectLog);
    AccountSettings::clear();
    // No cache (or outbox) left over from an earlier run.
    QDir(QFileInfo(LocalStore::defaultPath(QStringLiteral("x"))).path()).removeRecursively();
    QVERIFY(m_server.start());
    m_key = demoAccount().credentialKey();
    const CredentialStore::Result probe = readKey();
    if (probe.status == CredentialStore::Status::Unavailable ||
        probe.status == CredentialStore::Status::NoAnswer ||
        probe.status == CredentialStore::Status::Failed) {
        if (qEnvironmentVariableIntValue("MOCOTRACK_REQUIRE_KEYCHAIN") == 1)
            QFAIL("No keychain service");
        QSKIP("No keychain service (run inside .ci/headless-session)");
    }
}

void TestSignInFlow::cleanupTestCase()
{
    // With every debug category on, across all the sign-ins above.
    QVERIFY(!g_allLog.isEmpty());
    for (const char *key : {FakeServerProcess::demoApiKey, FakeServerProcess::staffApiKey})
        QVERIFY2(!g_allLog.join('\n').contains(QLatin1String(key)), "an API key was logged");
    bool done = false;
    m_store.remove(m_key, this, [&](const CredentialStore::Result &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    AccountSettings::clear();
}

CredentialStore::Result TestSignInFlow::readKey()
{
    CredentialStore::Result result{CredentialStore::Status::Failed, {}, {}};
    bool done = false;
    m_store.read(m_key, this, [&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.detail = QStringLiteral("timed out");
    return result;
}

QJsonArray TestSignInFlow::requests()
{
    return m_server.control("GET", QStringLiteral("/requests"))
        .object()
        .value("requests")
        .toArray();
}

int TestSignInFlow::countOnServer(const QString &path, const QString &description)
{
    int count = 0;
    const QJsonArray all = m_server.control("GET", path).object().value("activities").toArray();
    for (const QJsonValue &value : all)
        count += value["description"].toString() == description;
    return count;
}

QStringList TestSignInFlow::cacheFiles() const
{
    const QFileInfo database(LocalStore::defaultPath(demoAccount().storeKey()));
    return database.dir().entryList(QDir::Files | QDir::Hidden);
}

void TestSignInFlow::signInWith(SignInDialog *dialog, const QString &password)
{
    auto *domain = dialog->findChild<QLineEdit *>("domainEdit");
    if (domain->text().isEmpty())
        domain->setText(m_server.apiBaseUrl().toString());
    auto *email = dialog->findChild<QLineEdit *>("emailEdit");
    if (email->text().isEmpty())
        email->setText(QString::fromLatin1(FakeServerProcess::demoEmail));
    dialog->findChild<QLineEdit *>("passwordEdit")->setText(password);
    QTest::mouseClick(dialog->findChild<QPushButton *>("signInButton"), Qt::LeftButton);
}

void TestSignInFlow::firstStartAsksAndStoresTheKeyInTheKeychainOnly()
{
    g_appLog.clear();
    Application app;
    app.start({QStringLiteral("mocotrack")});
    QVERIFY(QTest::qWaitFor([] { return topLevel<SignInDialog>() != nullptr; }, 10000));
    QVERIFY(!topLevel<MainWindow>());
    signInWith(topLevel<SignInDialog>(), QString::fromLatin1(FakeServerProcess::demoPassword));

    QVERIFY(QTest::qWaitFor([] { return topLevel<MainWindow>() != nullptr; }, 20000));
    QCOMPARE(topLevel<MainWindow>()->windowTitle(), QStringLiteral("MocoTrack — Anna Müller"));
    QVERIFY(QTest::qWaitFor([] { return topLevel<SignInDialog>() == nullptr; }, 5000));

    const CredentialStore::Result stored = readKey();
    QVERIFY2(stored.ok(), qPrintable(stored.detail));
    QVERIFY(stored.secret == QLatin1String(FakeServerProcess::demoApiKey));

    const std::optional<AccountSettings> account = AccountSettings::load();
    QVERIFY(account);
    QCOMPARE(account->userId, FakeServerProcess::demoUserId);
    QCOMPARE(account->name, QStringLiteral("Anna Müller"));
    QCOMPARE(account->email, QString::fromLatin1(FakeServerProcess::demoEmail));
    QCOMPARE(account->baseUrl, m_server.apiBaseUrl());

    // Neither the key nor the password is in any file the app writes.
    QSettings().sync();
    const QList<QByteArray> secrets = {QByteArray(FakeServerProcess::demoApiKey),
                                       QByteArray("password=demo"),
                                       QByteArray(FakeServerProcess::demoPassword) + '\n'};
    for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
                          QStandardPaths::GenericCacheLocation, QStandardPaths::CacheLocation,
                          QStandardPaths::AppDataLocation, QStandardPaths::GenericDataLocation,
                          QStandardPaths::AppLocalDataLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &secret : secrets)
                QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
        }
    }
}

void TestSignInFlow::nextStartGoesStraightToTheMainWindowAndChecksTheSession()
{
    m_server.control("POST", QStringLiteral("/requests/clear"));
    Application app;
    app.start({QStringLiteral("mocotrack")});
    QVERIFY(QTest::qWaitFor([] { return topLevel<MainWindow>() != nullptr; }, 20000));
    QVERIFY(!topLevel<SignInDialog>());
    QCOMPARE(topLevel<MainWindow>()->windowTitle(), QStringLiteral("MocoTrack — Anna Müller"));
    const QString keyId =
        FakeServerProcess::keyId(QString::fromLatin1(FakeServerProcess::demoApiKey));
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QJsonValue &request : requests())
                if (request["path"].toString().endsWith(QLatin1String("/session")) &&
                    request["method"].toString() == QLatin1String("GET") &&
                    request["key"].toString() == keyId)
                    return true;
            return false;
        },
        20000));
    // No password sign-in was needed.
    for (const QJsonValue &request : requests())
        QVERIFY(request["method"].toString() != QLatin1String("POST"));
}

void TestSignInFlow::expiredSessionAsksAgainAndTheWaitingRequestIsSentOnce()
{
    // Long waits: the client keeps MOCO's rate limit (15 requests in 15 s), and
    // this test runs three syncs in a row.
    Application app;
    app.start({QStringLiteral("mocotrack")});
    QVERIFY(QTest::qWaitFor([] { return topLevel<MainWindow>() != nullptr; }, 40000));
    MainWindow *window = topLevel<MainWindow>();
    // Let the start-up requests finish, then the key "is revoked" for the
    // next request: the sync's read of the activities.
    QVERIFY2(QTest::qWaitFor([window] { return window->statusText().contains("Synced"); }, 40000),
             qPrintable(window->statusText()));
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{
            {"queue", QJsonArray{QJsonObject{{"status", 401}, {"path", "/api/v1/activities"}}}}}));
    m_server.control("POST", QStringLiteral("/requests/clear"));
    // F5 is a window shortcut: it needs the window active.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F5);

    QVERIFY2(
        QTest::qWaitFor([] { return topLevel<SignInDialog>() != nullptr; }, 40000),
        qPrintable(window->statusText() + QString::fromUtf8(QJsonDocument(requests()).toJson())));
    SignInDialog *dialog = topLevel<SignInDialog>();
    QCOMPARE(dialog->findChild<QLineEdit *>("domainEdit")->text(),
             m_server.apiBaseUrl().toString());
    QCOMPARE(dialog->findChild<QLineEdit *>("emailEdit")->text(),
             QString::fromLatin1(FakeServerProcess::demoEmail));
    QVERIFY(dialog->findChild<QLabel *>("messageLabel")->text().contains("session has ended"));
    QVERIFY(window->isVisible()); // nothing the user sees goes away

    m_server.control("POST", QStringLiteral("/requests/clear"));
    signInWith(dialog, QString::fromLatin1(FakeServerProcess::demoPassword));
    QVERIFY(QTest::qWaitFor([] { return topLevel<SignInDialog>() == nullptr; }, 40000));
    // The sync that met the 401 runs again, once.
    QVERIFY2(
        QTest::qWaitFor([window] { return window->statusText().contains("Synced"); }, 40000),
        qPrintable(window->statusText() + QString::fromUtf8(QJsonDocument(requests()).toJson())));
    int syncRuns = 0;
    for (const QJsonValue &request : requests())
        if (request["path"].toString().endsWith(QLatin1String("/projects/assigned")))
            ++syncRuns;
    QCOMPARE(syncRuns, 1);
}

void TestSignInFlow::changeHeldBackByAnExpiredSessionReachesTheServerOnce()
{
    Application app;
    app.start({QStringLiteral("mocotrack")});
    QVERIFY(QTest::qWaitFor([] { return topLevel<MainWindow>() != nullptr; }, 20000));
    MainWindow *window = topLevel<MainWindow>();
    QVERIFY(QTest::qWaitFor([window] { return window->statusText().contains("Synced"); }, 20000));
    AccountDataLayer *data = app.dataLayer();
    QVERIFY(data);

    ActivityDraft draft;
    draft.date = QDate::currentDate();
    draft.seconds = 1800;
    draft.description = QStringLiteral("Angebot überarbeitet, nach erneuter Anmeldung gesendet");
    for (const Project &project : ProjectCache(data->store()).projects()) {
        if (!project.bookableTasks().isEmpty()) {
            draft.projectId = project.id;
            draft.taskId = project.bookableTasks().constFirst().id;
            break;
        }
    }
    QVERIFY(draft.projectId != 0);
    const QString stored =
        QStringLiteral("/state/activities?user_id=%1").arg(FakeServerProcess::demoUserId);
    QCOMPARE(countOnServer(stored, draft.description), 0);

    // The key "is revoked" just as the change goes out.
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{
            {"queue", QJsonArray{QJsonObject{
                          {"status", 401}, {"method", "POST"}, {"path", "/api/v1/activities"}}}}}));
    QVERIFY(data->changes()->createActivity(draft) != 0);
    // The change shows at once, from the local store.
    // The day view groups activities under their customer.
    const QAbstractItemModel *model = window->dayView()->activitiesView()->model();
    const auto listed = [model, &draft] {
        for (int group = 0; group < model->rowCount(); ++group) {
            const QModelIndex parent = model->index(group, 0);
            for (int row = 0; row < model->rowCount(parent); ++row)
                for (int column = 0; column < model->columnCount(parent); ++column)
                    if (model->index(row, column, parent).data().toString() == draft.description)
                        return true;
        }
        return false;
    };
    QVERIFY(listed());

    QVERIFY(QTest::qWaitFor([] { return topLevel<SignInDialog>() != nullptr; }, 20000));
    QCOMPARE(countOnServer(stored, draft.description), 0);
    signInWith(topLevel<SignInDialog>(), QString::fromLatin1(FakeServerProcess::demoPassword));
    QVERIFY(QTest::qWaitFor([] { return topLevel<SignInDialog>() == nullptr; }, 20000));

    QVERIFY(QTest::qWaitFor([&] { return countOnServer(stored, draft.description) > 0; }, 20000));
    QVERIFY2(QTest::qWaitFor([window] { return window->statusText().contains("Synced"); }, 20000),
             qPrintable(window->statusText()));
    QCOMPARE(countOnServer(stored, draft.description), 1);
    QVERIFY(listed());
}

void TestSignInFlow::cachedDataShowsBeforeMocoAnswers()
{
    // MOCO answers nothing at all for now.
    QJsonArray hangs;
    for (int i = 0; i < 20; ++i)
        hangs.append(QJsonObject{{"hang", true}, {"path", "/api/v1/"}});
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{"queue", hangs}}));
    const auto clearFaults =
        qScopeGuard([this] { m_server.control("POST", QStringLiteral("/faults/clear")); });

    Application app;
    app.start({QStringLiteral("mocotrack")});
    QVERIFY(QTest::qWaitFor([] { return topLevel<MainWindow>() != nullptr; }, 20000));
    MainWindow *window = topLevel<MainWindow>();
    QAbstractItemView *view = window->dayView()->activitiesView();
    // Today's activities, from the previous run's cache.
    QVERIFY(QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }, 5000));
    QVERIFY(view->isVisible());
    QVERIFY2(!window->statusText().contains("Synced"), qPrintable(window->statusText()));
}

void TestSignInFlow::signOutForgetsTheKey()
{
    Application app;
    app.start({QStringLiteral("mocotrack")});
    QVERIFY(QTest::qWaitFor([] { return topLevel<MainWindow>() != nullptr; }, 20000));
    const QString database =
        QFileInfo(LocalStore::defaultPath(demoAccount().storeKey())).fileName();
    QVERIFY2(cacheFiles().contains(database), qPrintable(cacheFiles().join(' ')));
    auto *signOut = topLevel<MainWindow>()->findChild<QAction *>("signOutAction");
    QVERIFY(signOut);
    QVERIFY(signOut->isVisible());
    signOut->trigger();
    QVERIFY(QTest::qWaitFor([] { return topLevel<SignInDialog>() != nullptr; }, 10000));
    QVERIFY(!topLevel<MainWindow>());
    QVERIFY(QTest::qWaitFor(
        [this] { return readKey().status == CredentialStore::Status::NotFound; }, 10000));
    QVERIFY(!AccountSettings::load());
    // The account's cached data goes with it (SQLite's side files too).
    for (const QString &file : cacheFiles())
        QVERIFY2(!file.startsWith(database), qPrintable(file));
    // For convenience the form still knows where and who.
    QCOMPARE(topLevel<SignInDialog>()->findChild<QLineEdit *>("emailEdit")->text(),
             QString::fromLatin1(FakeServerProcess::demoEmail));
}

void TestSignInFlow::wrongPasswordStoresNothing()
{
    AccountSettings::clear();
    Application app;
    app.start({QStringLiteral("mocotrack")});
    QVERIFY(QTest::qWaitFor([] { return topLevel<SignInDialog>() != nullptr; }, 10000));
    SignInDialog *dialog = topLevel<SignInDialog>();
    signInWith(dialog, QStringLiteral("wrong"));
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->errorText().isEmpty(); }, 20000));
    QVERIFY(!topLevel<MainWindow>());
    QCOMPARE(readKey().status, CredentialStore::Status::NotFound);
    QVERIFY(!AccountSettings::load());
}

void TestSignInFlow::nonStaffNeverSeesActAsNorSendsTheHeader()
{
    AccountSettings::clear();
    m_server.control("POST", QStringLiteral("/requests/clear"));
    Application app;
    app.start({QStringLiteral("mocotrack")});
    QVERIFY(QTest::qWaitFor([] { return topLevel<SignInDialog>() != nullptr; }, 10000));
    signInWith(topLevel<SignInDialog>(), QString::fromLatin1(FakeServerProcess::demoPassword));
    QVERIFY(QTest::qWaitFor([] { return topLevel<MainWindow>() != nullptr; }, 20000));
    // GET /users answers 403 for a normal user: the entry stays hidden.
    QVERIFY(QTest::qWaitFor(
                [this] {
                    for (const QJsonValue &request : requests())
                        if (request["path"].toString().endsWith(QLatin1String("/users")))
                            return request["status"].toInt() == 403;
                    return false;
                },
                20000) ||
            (qWarning() << QJsonDocument(requests()).toJson(), false));
    QTest::qWait(200);
    QVERIFY(!topLevel<MainWindow>()->findChild<QAction *>("actAsAction")->isVisible());
    // The fake server answers 403 to a non-staff key with the header: none did.
    for (const QJsonValue &request : requests())
        if (!request["path"].toString().endsWith(QLatin1String("/users")))
            QVERIFY2(request["status"].toInt() != 403, qPrintable(request["path"].toString()));
}

void TestSignInFlow::staffActsAsAColleagueAndBack()
{
    AccountSettings::clear();
    g_appLog.clear();

    Application app;
    app.start({QStringLiteral("mocotrack")});
    QVERIFY(QTest::qWaitFor([] { return topLevel<SignInDialog>() != nullptr; }, 10000));
    SignInDialog *dialog = topLevel<SignInDialog>();
    dialog->findChild<QLineEdit *>("emailEdit")
        ->setText(QString::fromLatin1(FakeServerProcess::staffEmail));
    signInWith(dialog, QString::fromLatin1(FakeServerProcess::staffPassword));
    QVERIFY(QTest::qWaitFor([] { return topLevel<MainWindow>() != nullptr; }, 20000));
    MainWindow *window = topLevel<MainWindow>();
    QCOMPARE(window->windowTitle(), QStringLiteral("MocoTrack — Sam Staff"));
    auto *actAsAction = window->findChild<QAction *>("actAsAction");
    QVERIFY(QTest::qWaitFor([actAsAction] { return actAsAction->isVisible(); }, 20000));
    QVERIFY(!window->findChild<QAction *>("backToMyselfAction")->isVisible());

    actAsAction->trigger();
    QVERIFY(QTest::qWaitFor([] { return topLevel<ActAsDialog>() != nullptr; }, 5000));
    auto *chooser = topLevel<ActAsDialog>();
    auto *combo = chooser->findChild<QComboBox *>();
    QVERIFY(combo);
    const int index = combo->findText(QStringLiteral("Jörg Weiß"));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    chooser->accept();

    // The title follows at once; the server's answer to GET /profile (with
    // X-IMPERSONATE-USER-ID) confirms whom it now answers for.
    QCOMPARE(window->windowTitle(), QStringLiteral("MocoTrack — Acting as Jörg Weiß"));
    QVERIFY(
        QTest::qWaitFor([] { return g_appLog.join('\n').contains("acting as confirmed"); }, 20000));
    QVERIFY(window->findChild<QAction *>("backToMyselfAction")->isVisible());

    window->findChild<QAction *>("backToMyselfAction")->trigger();
    // Nothing was changed as Jörg: no question, straight back.
    QTRY_COMPARE_WITH_TIMEOUT(window->windowTitle(), QStringLiteral("MocoTrack — Sam Staff"), 5000);
    QVERIFY(QTest::qWaitFor([] { return g_appLog.join('\n').contains("back to myself confirmed"); },
                            20000));
    QVERIFY(!window->findChild<QAction *>("backToMyselfAction")->isVisible());

    // Clean up the staff key.
    bool done = false;
    m_store.remove(CredentialStore::accountKey(FakeServerProcess::staffUserId,
                                               QStringLiteral("127.0.0.1:%1").arg(m_server.port())),
                   this, [&](const CredentialStore::Result &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
}

void TestSignInFlow::demoStoresNothing()
{
    AccountSettings::clear();
    bool removed = false;
    m_store.remove(m_key, this, [&](const CredentialStore::Result &) { removed = true; });
    QVERIFY(QTest::qWaitFor([&] { return removed; }, 10000));
    QCOMPARE(readKey().status, CredentialStore::Status::NotFound);
    const QStringList cachesBefore = cacheFiles();
    const QStringList demoDirs = {QStringLiteral("mocotrack-demo-*")};
    // Compared as sets: starting a demo also sweeps folders that crashed demos
    // left in the shared temp folder, so counts would not add up.
    const auto demoFolders = [&demoDirs] {
        const QStringList names = QDir::temp().entryList(demoDirs, QDir::Dirs);
        return QSet<QString>(names.cbegin(), names.cend());
    };
    const QSet<QString> tempBefore = demoFolders();
    {
        Application app;
        app.start({QStringLiteral("mocotrack"), QStringLiteral("--demo")});
        QVERIFY(QTest::qWaitFor(
            [] {
                MainWindow *window = topLevel<MainWindow>();
                return window &&
                       window->windowTitle() == QStringLiteral("MocoTrack — Anna Müller (Demo)");
            },
            30000));
        QVERIFY(!topLevel<SignInDialog>());
        QVERIFY(!topLevel<MainWindow>()->findChild<QAction *>("signOutAction")->isVisible());
        // The demo's data shows from its own, temporary cache.
        QVERIFY(app.dataLayer());
        QVERIFY(QTest::qWaitFor(
            [] { return topLevel<MainWindow>()->statusText().contains("Synced"); }, 30000));
        QVERIFY(!(demoFolders() - tempBefore).isEmpty());
    }
    // Nothing of the demo's cache is left behind.
    QCOMPARE(cacheFiles(), cachesBefore);
    QVERIFY((demoFolders() - tempBefore).isEmpty());
    // Demo sessions are ephemeral: no account, no key.
    QVERIFY(!AccountSettings::load());
    QCOMPARE(readKey().status, CredentialStore::Status::NotFound);
}

QTEST_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"
