// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/LoginItem.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

namespace {
const QString appId = QStringLiteral("io.github.mocotrack.MocoTrackTest");
const QString appName = QStringLiteral("MocoTrack");

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// What a desktop's autostart reads from the file: the Exec line's argv,
// unescaped the way the Desktop Entry Specification says.
QStringList execArgv(const QString &entry)
{
    QString exec;
    for (const QString &line : entry.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Exec=")))
            exec = line.mid(5);
    // 1. string level: "\\" → "\"; 2. "%%" → "%"; 3. quoting.
    exec.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    exec.replace(QStringLiteral("%%"), QStringLiteral("%"));
    QStringList argv;
    QString current;
    bool quoted = false;
    bool inArgument = false;
    for (qsizetype i = 0; i < exec.size(); ++i) {
        const QChar c = exec.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < exec.size())
                current += exec.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                current += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            inArgument = true;
        } else if (c == QLatin1Char(' ')) {
            if (inArgument)
                argv << current;
            current.clear();
            inArgument = false;
        } else {
            current += c;
            inArgument = true;
        }
    }
    if (inArgument)
        argv << current;
    return argv;
}
} // namespace

// "Start at login" on each platform: the entry the desktop reads starts the
// right program, and switching it off removes it.
class TestLoginItem : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        LoginItem(appId, appName, QStringLiteral("/x"), {}, LoginItem::Kind::XdgAutostart)
            .setEnabled(false);
    }

    void xdgAutostartFileComesAndGoes()
    {
        LoginItem item(appId, appName, QStringLiteral("/opt/MocoTrack/bin/mocotrack"),
                       {QStringLiteral("--background")}, LoginItem::Kind::XdgAutostart);
        QVERIFY(!item.isEnabled());
        QVERIFY(item.setEnabled(true));
        QVERIFY(item.isEnabled());
        const QString path = item.location();
        QVERIFY(path.endsWith(QStringLiteral("/autostart/") + appId + QStringLiteral(".desktop")));
        QVERIFY(path.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
        const QString entry = readAll(path);
        QVERIFY(entry.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY(entry.contains(QStringLiteral("\nType=Application\n")));
        QVERIFY(entry.contains(QStringLiteral("\nName=MocoTrack\n")));
        QCOMPARE(execArgv(entry), (QStringList{QStringLiteral("/opt/MocoTrack/bin/mocotrack"),
                                               QStringLiteral("--background")}));
        // Enabling twice keeps one entry.
        QVERIFY(item.setEnabled(true));
        QVERIFY(item.setEnabled(false));
        QVERIFY(!item.isEnabled());
        QVERIFY(!QFile::exists(path));
        // Disabling what is not there is no error.
        QVERIFY(item.setEnabled(false));
    }

    void anEntrySwitchedOffByTheDesktopCountsAsOff_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("Hidden") << QStringLiteral("Hidden=true");
        QTest::newRow("GNOME") << QStringLiteral("X-GNOME-Autostart-enabled=false");
    }

    void anEntrySwitchedOffByTheDesktopCountsAsOff()
    {
        QFETCH(QString, line);
        LoginItem item(appId, appName, QStringLiteral("/usr/bin/mocotrack"), {},
                       LoginItem::Kind::XdgAutostart);
        QVERIFY(item.setEnabled(true));
        QString text = readAll(item.location());
        text.replace(QStringLiteral("X-GNOME-Autostart-enabled=true\n"), QString());
        text += line + QLatin1Char('\n');
        QFile file(item.location());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        QVERIFY(!item.isEnabled());
        // Switching it on in our settings writes a fresh entry.
        QVERIFY(item.setEnabled(true));
        QVERIFY(item.isEnabled());
    }

    void execQuotesAwkwardPaths_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("plain") << QStringLiteral("/usr/bin/mocotrack");
        QTest::newRow("space") << QStringLiteral("/home/anna/My Apps/MocoTrack.AppImage");
        QTest::newRow("quote and dollar") << QStringLiteral("/home/anna/\"odd\" $dir/mocotrack");
        QTest::newRow("backslash") << QStringLiteral("/home/anna/back\\slash/mocotrack");
        QTest::newRow("percent") << QStringLiteral("/home/anna/100%/mocotrack");
        QTest::newRow("umlaut") << QStringLiteral("/home/jörg/Programme/mocotrack");
    }

    void execQuotesAwkwardPaths()
    {
        QFETCH(QString, program);
        const QString entry = LoginItem::desktopEntry(appName, program, {QStringLiteral("-x")});
        QCOMPARE(execArgv(entry), (QStringList{program, QStringLiteral("-x")}));
    }

    void launchAgentStartsTheProgramAtLoad()
    {
        const QString plist = LoginItem::launchAgentPlist(
            appId, QStringLiteral("/Applications/MocoTrack.app/Contents/MacOS/MocoTrack"),
            {QStringLiteral("--background")});
        QVERIFY(plist.contains(QStringLiteral("<key>Label</key>\n    <string>") + appId));
        QVERIFY(plist.contains(
            QStringLiteral("<array>\n        "
                           "<string>/Applications/MocoTrack.app/Contents/MacOS/MocoTrack</string>\n"
                           "        <string>--background</string>\n    </array>")));
        QVERIFY(plist.contains(QStringLiteral("<key>RunAtLoad</key>\n    <true/>")));
        // Names with XML specials stay well-formed.
        QVERIFY(LoginItem::launchAgentPlist(appId, QStringLiteral("/A&B/<x>"), {})
                    .contains(QStringLiteral("<string>/A&amp;B/&lt;x&gt;</string>")));
    }

    void windowsRunValueIsOneCommandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("commandLine");
        const QString program = QStringLiteral("C:\\Program Files\\MocoTrack\\mocotrack.exe");
        const QString quoted = QLatin1Char('"') + program + QLatin1Char('"');
        QTest::newRow("no arguments") << QStringList{} << quoted;
        QTest::newRow("simple") << QStringList{QStringLiteral("--background")}
                                << quoted + QStringLiteral(" --background");
        QTest::newRow("space") << QStringList{QStringLiteral("a b")}
                               << quoted + QStringLiteral(" \"a b\"");
        QTest::newRow("quote") << QStringList{QStringLiteral("say \"hi\"")}
                               << quoted + QStringLiteral(" \"say \\\"hi\\\"\"");
        QTest::newRow("trailing backslash") << QStringList{QStringLiteral("C:\\My Dir\\")}
                                            << quoted + QStringLiteral(" \"C:\\My Dir\\\\\"");
    }

    void windowsRunValueIsOneCommandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, commandLine);
        QCOMPARE(LoginItem::windowsCommandLine(
                     QStringLiteral("C:\\Program Files\\MocoTrack\\mocotrack.exe"), arguments),
                 commandLine);
    }

#ifdef Q_OS_WIN
    void windowsRunKeyComesAndGoes()
    {
        LoginItem item(appId, QStringLiteral("MocoTrackTest"),
                       QStringLiteral("C:/x/mocotrack.exe"));
        QVERIFY(item.setEnabled(true));
        QVERIFY(item.isEnabled());
        QVERIFY(item.setEnabled(false));
        QVERIFY(!item.isEnabled());
    }
#endif
};

QTEST_GUILESS_MAIN(TestLoginItem)
#include "tst_loginitem.moc"
