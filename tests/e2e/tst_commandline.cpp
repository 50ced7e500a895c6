// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"

#include "core/Version.h"
#include "core/domain/ActivityDraft.h"
#include "core/services/SystemClock.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

// What `mocotrack` says on the command line, in English and in German.
class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void versionNamesTheRelease();
    void helpOffersTheDemo_data();
    void helpOffersTheDemo();
    void withoutAnAccountItAsksToSignIn();
    void signOutWithoutAnAccountSaysSo();
    void signOutForgetsTheStoredAccount();
    void signOutKeepsUnsentChangesAndSaysSo();
    void unknownOptionIsAnError();

private:
    static QProcessEnvironment inLanguage(const QString &language);
    // Settings in a fresh directory: never the user's own account.
    static QProcessEnvironment isolated(const QTemporaryDir &home);
    // Maria Muster's acme.mocoapp.com account in home's settings, as after a
    // sign-in; returns the settings file.
    static QString storeAccount(const QTemporaryDir &home);
};

QProcessEnvironment TestCommandLine::inLanguage(const QString &language)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), language);
    environment.insert(QStringLiteral("LC_ALL"), language == QLatin1String("de")
                                                     ? QStringLiteral("de_DE.UTF-8")
                                                     : QStringLiteral("en_US.UTF-8"));
    return environment;
}

QString TestCommandLine::storeAccount(const QTemporaryDir &home)
{
    // Where the app keeps its settings (no organisation name: MocoTrack/MocoTrack.conf).
    const QString file = home.filePath(QStringLiteral("config/MocoTrack/MocoTrack.conf"));
    QSettings settings(file, QSettings::IniFormat);
    settings.setValue(QStringLiteral("account/baseUrl"),
                      QStringLiteral("https://acme.mocoapp.com/api/v1"));
    settings.setValue(QStringLiteral("account/userId"), 12345);
    settings.setValue(QStringLiteral("account/name"), QStringLiteral("Maria Muster"));
    return file;
}

void TestCommandLine::versionNamesTheRelease()
{
    AppProcess app;
    QVERIFY(app.start({QStringLiteral("--version")}));
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.process().exitCode(), 0);
    QCOMPARE(app.standardOutput().trimmed(), QStringLiteral("MocoTrack " MOCOTRACK_VERSION));
}

void TestCommandLine::helpOffersTheDemo_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("description");
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringLiteral("Try MocoTrack with a demo account");
    // The German catalogue is built into the executable.
    QTest::newRow("German")
        << QStringLiteral("de")
        << QStringLiteral(
               "MocoTrack mit einem Demokonto auf einem lokalen Demoserver ausprobieren");
}

void TestCommandLine::helpOffersTheDemo()
{
    QFETCH(QString, language);
    QFETCH(QString, description);
    AppProcess app(inLanguage(language));
    QVERIFY(app.start({QStringLiteral("--help")}));
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.process().exitCode(), 0);
    const QString help = app.standardOutput().simplified();
    QVERIFY2(help.contains(QStringLiteral("--demo")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("--sign-out")), qPrintable(help));
    QVERIFY2(help.contains(description), qPrintable(help));
}

QProcessEnvironment TestCommandLine::isolated(const QTemporaryDir &home)
{
    QProcessEnvironment environment = inLanguage(QStringLiteral("en"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    return environment;
}

void TestCommandLine::withoutAnAccountItAsksToSignIn()
{
    QTemporaryDir home;
    AppProcess app(isolated(home));
    QVERIFY(app.start({}));
    QVERIFY(app.waitForLine(QStringLiteral("sign-in dialog shown")).hasMatch());
    // It waits for the user …
    QCOMPARE(app.process().state(), QProcess::Running);
    // … and ends cleanly.
    QCOMPARE(::kill(static_cast<pid_t>(app.pid()), SIGTERM), 0);
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.process().exitCode(), 0);
}

void TestCommandLine::signOutWithoutAnAccountSaysSo()
{
    QTemporaryDir home;
    AppProcess app(isolated(home));
    QVERIFY(app.start({QStringLiteral("--sign-out")}));
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.process().exitCode(), 0);
    QCOMPARE(app.standardOutput().trimmed(), QStringLiteral("No MOCO account is signed in."));
}

void TestCommandLine::signOutForgetsTheStoredAccount()
{
    QTemporaryDir home;
    const QString file = storeAccount(home);
    AppProcess app(isolated(home));
    QVERIFY(app.start({QStringLiteral("--sign-out")}));
    QVERIFY(app.waitForFinished(30000));
    if (app.process().exitCode() != 0) {
        // Without a keychain the key cannot be removed: it says so, and the
        // account stays (nothing was forgotten half-way).
        QVERIFY2(app.standardError().contains(QStringLiteral("keychain")),
                 qPrintable(app.standardError()));
        if (qEnvironmentVariableIntValue("MOCOTRACK_REQUIRE_KEYCHAIN") == 1)
            QFAIL("No keychain service");
        QSKIP("No keychain service (run inside .ci/headless-session)");
    }
    QVERIFY2(
        app.standardOutput().contains(QStringLiteral("Signed out Maria Muster (acme.mocoapp.com)")),
        qPrintable(app.standardOutput()));
    QSettings settings(file, QSettings::IniFormat);
    QVERIFY(!settings.contains(QStringLiteral("account/userId")));
}

void TestCommandLine::signOutKeepsUnsentChangesAndSaysSo()
{
    QTemporaryDir home;
    storeAccount(home);
    // The app's store of that account, with one change MOCO has not got.
    const QString store =
        home.filePath(QStringLiteral("data/MocoTrack/accounts/acme.mocoapp.com_12345.sqlite"));
    {
        LocalStore local(store);
        QVERIFY(local.open());
        SystemClock clock;
        ActivityDraft draft;
        draft.date = QDate::currentDate();
        draft.projectId = 1;
        draft.taskId = 2;
        draft.seconds = 1800;
        draft.description = QStringLiteral("offline");
        QVERIFY(LocalChanges(&local, &clock).createActivity(draft));
    }
    AppProcess app(isolated(home));
    QVERIFY(app.start({QStringLiteral("--sign-out")}));
    QVERIFY(app.waitForFinished(30000));
    if (app.process().exitCode() != 0) {
        if (qEnvironmentVariableIntValue("MOCOTRACK_REQUIRE_KEYCHAIN") == 1)
            QFAIL("No keychain service");
        QSKIP("No keychain service (run inside .ci/headless-session)");
    }
    QVERIFY2(app.standardOutput().contains(QStringLiteral("1 change had not reached MOCO yet")),
             qPrintable(app.standardOutput()));
    LocalStore local(store);
    QVERIFY(local.open());
    QCOMPARE(Outbox(&local).items().size(), 1);
}

void TestCommandLine::unknownOptionIsAnError()
{
    AppProcess app;
    QVERIFY(app.start({QStringLiteral("--no-such-option")}));
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
    QVERIFY(app.process().exitCode() != 0);
    QVERIFY(app.standardError().contains(QStringLiteral("no-such-option")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
