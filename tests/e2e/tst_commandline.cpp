// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"

#include "core/Version.h"

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
    void withoutDemoItSaysSignInIsNotThereYet();
    void unknownOptionIsAnError();

private:
    static QProcessEnvironment inLanguage(const QString &language);
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
    QVERIFY2(help.contains(description), qPrintable(help));
}

void TestCommandLine::withoutDemoItSaysSignInIsNotThereYet()
{
    AppProcess app(inLanguage(QStringLiteral("en")));
    QVERIFY(app.start({}));
    QVERIFY(app.waitForLine(QStringLiteral("not available in this version")).hasMatch());
    QVERIFY(app.waitForLine(QStringLiteral("--demo")).hasMatch());
    // It waits for the user (a message with a "Start the Demo" button) …
    QCOMPARE(app.process().state(), QProcess::Running);
    // … and ends cleanly.
    QCOMPARE(::kill(static_cast<pid_t>(app.pid()), SIGTERM), 0);
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.process().exitCode(), 0);
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
