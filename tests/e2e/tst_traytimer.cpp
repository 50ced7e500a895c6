// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"
#include "SignedInAppHarness.h"
#include "core/services/AppPreferences.h"
#include "core/services/SystemClock.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/sync/TimerService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>

// The tray timer's promises about the real app process (issue 6 §4, §5):
// - kill -9 while a timer runs: the next start shows the same timer, with
//   the time counted from its original start, and MOCO gets no second one;
// - no tray: closing the window quits, and a change not yet delivered is
//   delivered by the next start, once;
// - a tray: closing the window leaves the app running in the tray, and Quit
//   in the tray menu ends it.
//
// The app runs signed in to a fake server started here (SignedInAppHarness).
// The window tests run the app on X11 (xcb): the tray test on the session's
// display, which needs a tray host (.ci/headless-session has trayer), the
// no-tray test on an Xvfb of its own. Windows are found with xdotool and closed the way a
// window manager closes them (WM_DELETE_WINDOW, sent by python3 through
// libX11). Skips without a keychain, a display or these tools unless
// MOCOTRACK_REQUIRE_KEYCHAIN=1 (set where the headless session runs it).
class TestTrayTimer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { m_harness.init(); }
    void cleanupTestCase() { m_harness.cleanupTestCase(); }

    void killedWhileATimerRunsShowsTheSameTimerAfterRestart();
    void killedWhenTheTimersAnswerWasLostStartsNoSecondTimer();
    void withoutATrayClosingTheWindowQuitsAndLosesNothing();
    void withATrayClosingTheWindowKeepsTheAppRunning();

private:
    struct RunningTimer
    {
        qint64 id = 0;
        QDateTime startedAt;
        qint64 seconds = 0;
    };
    struct TimerLine
    {
        qint64 id = 0;
        qint64 localId = 0;
        QDateTime startedAt;
        qint64 elapsed = -1;
    };

    // The first of these programs not on PATH; empty when all are.
    static QString missingProgram(const QStringList &programs);
    qint64 startTimerLocally(const QString &description);
    std::optional<RunningTimer> runningOnServer(const QString &description);
    QStringList activityWrites();
    static TimerLine waitForTimerLine(AppProcess &app, qint64 id = 0);

    // X11 through xdotool.
    static QString xdotool(const QString &display, const QStringList &arguments);
    static QList<qint64> visibleWindows(const QString &display, qint64 pid);
    static QSize windowSize(const QString &display, qint64 window);
    static qint64 mainWindow(const QString &display, qint64 pid);
    static void useDisplay(AppProcess &app, const QString &display);
    static bool closeWindow(const QString &display, qint64 window);

    SignedInAppHarness m_harness;
};

void TestTrayTimer::initTestCase()
{
    m_harness.initTestCase();
    if (!m_harness.ready())
        return;
    // The first close to the tray shows a balloon next to the icon, right
    // where the tray test clicks: it is not what these tests are about.
    AppPreferences().setClosedToTrayNoticeShown(true);
}

QString TestTrayTimer::missingProgram(const QStringList &programs)
{
    for (const QString &program : programs) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            return program;
    }
    return {};
}

qint64 TestTrayTimer::startTimerLocally(const QString &description)
{
    // Exactly what the app's "Start" does (TimerService on the account's
    // store), done here before the app opens that store: the timer is then
    // the app's own, waiting in its outbox.
    SystemClock clock;
    LocalStore store(m_harness.storePath());
    if (!store.open())
        return 0;
    LocalChanges changes(&store, &clock);
    TimerService timer(&store, &changes, &clock);
    timer.setUserId(FakeServerProcess::demoUserId);
    return timer.startNew({SignedInAppHarness::projectId, SignedInAppHarness::taskId}, description);
}

std::optional<TestTrayTimer::RunningTimer>
TestTrayTimer::runningOnServer(const QString &description)
{
    const QList<QJsonObject> found = m_harness.serverActivities(description);
    if (found.size() != 1)
        return std::nullopt;
    const QJsonObject activity = found.first();
    RunningTimer running;
    running.id = activity.value(QStringLiteral("id")).toInteger();
    running.startedAt = QDateTime::fromString(
        activity.value(QStringLiteral("timer_started_at")).toString(), Qt::ISODateWithMs);
    running.seconds = activity.value(QStringLiteral("seconds")).toInteger();
    if (!running.startedAt.isValid())
        return std::nullopt;
    return running;
}

// Every request that wrote an activity ("POST /api/v1/activities",
// "PATCH /api/v1/activities/7/start_timer", …), answered or not.
QStringList TestTrayTimer::activityWrites()
{
    QStringList writes;
    const QJsonArray requests = m_harness.requests();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        const QString method = request.value(QStringLiteral("method")).toString();
        const QString path = request.value(QStringLiteral("path")).toString();
        if (method != QLatin1String("GET") && path.startsWith(QLatin1String("/api/v1/activities")))
            writes.append(method + QLatin1Char(' ') + path);
    }
    return writes;
}

// The app's "timer running: activity <id> (local <id>), started <ISO>,
// elapsed <n> s" line (Workspace); with id, the first one naming that
// activity.
TestTrayTimer::TimerLine TestTrayTimer::waitForTimerLine(AppProcess &app, qint64 id)
{
    const QString idPattern = id ? QString::number(id) : QStringLiteral("(\\d+)");
    const QRegularExpressionMatch match = app.waitForLine(
        QStringLiteral("timer running: activity (%1) \\(local (\\d+)\\), started (\\S+), "
                       "elapsed (\\d+) s")
            .arg(idPattern));
    TimerLine line;
    if (!match.hasMatch())
        return line;
    line.id = match.captured(1).toLongLong();
    line.localId = match.captured(id ? 2 : 3).toLongLong();
    line.startedAt = QDateTime::fromString(match.captured(id ? 3 : 4), Qt::ISODate);
    line.elapsed = match.captured(id ? 4 : 5).toLongLong();
    return line;
}

QString TestTrayTimer::xdotool(const QString &display, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), display);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("xdotool"), arguments);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QList<qint64> TestTrayTimer::visibleWindows(const QString &display, qint64 pid)
{
    QList<qint64> windows;
    const QStringList lines =
        xdotool(display, {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                          QStringLiteral("--pid"), QString::number(pid)})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        windows.append(line.trimmed().toLongLong());
    return windows;
}

QSize TestTrayTimer::windowSize(const QString &display, qint64 window)
{
    const QString shell = xdotool(display, {QStringLiteral("getwindowgeometry"),
                                            QStringLiteral("--shell"), QString::number(window)});
    const QRegularExpression width(QStringLiteral("^WIDTH=(\\d+)"),
                                   QRegularExpression::MultilineOption);
    const QRegularExpression height(QStringLiteral("^HEIGHT=(\\d+)"),
                                    QRegularExpression::MultilineOption);
    return {width.match(shell).captured(1).toInt(), height.match(shell).captured(1).toInt()};
}

// The main window: titled after the signed-in user.
qint64 TestTrayTimer::mainWindow(const QString &display, qint64 pid)
{
    const QList<qint64> windows = visibleWindows(display, pid);
    for (qint64 window : windows) {
        const QString name =
            xdotool(display, {QStringLiteral("getwindowname"), QString::number(window)});
        if (name.contains(SignedInAppHarness::userName()))
            return window;
    }
    return 0;
}

void TestTrayTimer::useDisplay(AppProcess &app, const QString &display)
{
    // AppProcess runs the app offscreen; these tests need its real windows.
    QProcessEnvironment environment = app.process().processEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("DISPLAY"), display);
    app.process().setProcessEnvironment(environment);
}

// What the window manager sends when the user closes a window (its close
// button, Alt+F4): WM_DELETE_WINDOW. Sent directly, so the test needs no
// window manager and does not depend on its key bindings or focus.
bool TestTrayTimer::closeWindow(const QString &display, qint64 window)
{
    static const char script[] = R"(
import ctypes, sys
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
class ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                ("message_type", ctypes.c_ulong), ("format", ctypes.c_int),
                ("data", ctypes.c_long * 5)]
class Event(ctypes.Union):
    _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]
x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                         ctypes.POINTER(Event)]
x.XFlush.argtypes = [ctypes.c_void_p]
x.XCloseDisplay.argtypes = [ctypes.c_void_p]
display = x.XOpenDisplay(None)
if not display:
    sys.exit(2)
window = int(sys.argv[1])
event = Event()
event.xclient.type = 33  # ClientMessage
event.xclient.window = window
event.xclient.message_type = x.XInternAtom(display, b"WM_PROTOCOLS", 0)
event.xclient.format = 32
event.xclient.data[0] = x.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
x.XSendEvent(display, window, 0, 0, ctypes.byref(event))
x.XFlush(display)
x.XCloseDisplay(display)
)";
    QProcess python;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), display);
    python.setProcessEnvironment(environment);
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(script), QString::number(window)});
    return python.waitForFinished(10000) && python.exitStatus() == QProcess::NormalExit &&
           python.exitCode() == 0;
}

void TestTrayTimer::killedWhileATimerRunsShowsTheSameTimerAfterRestart()
{
    const QString description = QStringLiteral("traytimer crash");
    const qint64 localId = startTimerLocally(description);
    QVERIFY(localId);
    std::optional<RunningTimer> before;
    {
        AppProcess app;
        QVERIFY(m_harness.startSignedIn(app));
        // Delivered: MOCO runs it, and the app shows MOCO's timer.
        QTRY_VERIFY_WITH_TIMEOUT((before = runningOnServer(description)).has_value(), 20000);
        const TimerLine shown = waitForTimerLine(app, before->id);
        QCOMPARE(shown.localId, localId);
        QCOMPARE(shown.startedAt, before->startedAt);
        SignedInAppHarness::killHard(app);
        QCOMPARE(app.process().exitStatus(), QProcess::CrashExit);
    }
    m_harness.server().control("POST", QStringLiteral("/requests/clear"));
    // Some time passes before the restart, so an app that counted from its
    // own start would show less than MOCO's timer.
    QTRY_VERIFY_WITH_TIMEOUT(before->startedAt.secsTo(QDateTime::currentDateTimeUtc()) >= 3, 10000);

    AppProcess app;
    const QDateTime restartedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(app.start({}));
    // The first thing the restarted app shows: the same timer, its time
    // counted from the original start (not from the restart).
    const TimerLine shown = waitForTimerLine(app);
    const QDateTime seenAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(shown.id, before->id);
    QCOMPARE(shown.localId, localId);
    QCOMPARE(shown.startedAt, before->startedAt);
    QVERIFY2(shown.elapsed >= before->seconds + before->startedAt.secsTo(restartedAt) - 1 &&
                 shown.elapsed <= before->seconds + before->startedAt.secsTo(seenAt) + 1,
             qPrintable(QStringLiteral("elapsed %1 s, timer started %2, restarted %3")
                            .arg(shown.elapsed)
                            .arg(before->startedAt.toString(Qt::ISODate),
                                 restartedAt.toString(Qt::ISODate))));
    // After a full sync with MOCO nothing has changed: no second timer, no
    // stop or restart of this one.
    QVERIFY(app.waitForLine(QStringLiteral("signed in; window title:")).hasMatch());
    QVERIFY(app.waitForLine(QStringLiteral("GET /activities → 200")).hasMatch());
    QVERIFY(SignedInAppHarness::endGracefully(app));
    QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
    QVERIFY2(!app.standardError().contains(QStringLiteral("timer idle")),
             qPrintable(app.standardError()));
    QCOMPARE(activityWrites(), QStringList());
    const std::optional<RunningTimer> after = runningOnServer(description);
    QVERIFY(after);
    QCOMPARE(after->id, before->id);
    QCOMPARE(after->startedAt, before->startedAt);
    QVERIFY(m_harness.outboxAfterwards().isEmpty());
}

void TestTrayTimer::killedWhenTheTimersAnswerWasLostStartsNoSecondTimer()
{
    // MOCO starts the timer, but its answer never arrives (the connection
    // drops after storing), and the app dies around then.
    const QString description = QStringLiteral("traytimer lost answer");
    const qint64 localId = startTimerLocally(description);
    QVERIFY(localId);
    m_harness.queueFault({{QStringLiteral("method"), QStringLiteral("POST")},
                          {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                          {QStringLiteral("dropAfterStore"), true}});
    {
        AppProcess app;
        QVERIFY(m_harness.startSignedIn(app));
        QTRY_VERIFY_WITH_TIMEOUT(runningOnServer(description).has_value(), 20000);
        SignedInAppHarness::killHard(app);
    }
    const std::optional<RunningTimer> before = runningOnServer(description);
    QVERIFY(before);

    AppProcess app;
    QVERIFY(m_harness.startSignedIn(app));
    // The restarted app finds MOCO's timer as its own.
    const TimerLine shown = waitForTimerLine(app, before->id);
    QCOMPARE(shown.localId, localId);
    QCOMPARE(shown.startedAt, before->startedAt);
    QTRY_VERIFY_WITH_TIMEOUT(m_harness.outboxAfterwards().isEmpty(), 20000);
    QVERIFY(SignedInAppHarness::endGracefully(app));
    QCOMPARE(m_harness.serverActivities(description).size(), 1);
    const std::optional<RunningTimer> after = runningOnServer(description);
    QVERIFY(after);
    QCOMPARE(after->id, before->id);
    QCOMPARE(after->startedAt, before->startedAt);
}

void TestTrayTimer::withoutATrayClosingTheWindowQuitsAndLosesNothing()
{
    const QString missing = missingProgram(
        {QStringLiteral("Xvfb"), QStringLiteral("xdotool"), QStringLiteral("python3")});
    if (!missing.isEmpty()) {
        if (SignedInAppHarness::requireEverything())
            QFAIL(qPrintable(missing + QStringLiteral(" is missing")));
        QSKIP(qPrintable(missing + QStringLiteral(" is missing")));
    }
    // A display of our own with no tray host (and no window manager: its
    // autostart would reach into the shared D-Bus session).
    QProcess xvfb;
    xvfb.start(QStringLiteral("Xvfb"),
               {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                QStringLiteral("1024x768x24")});
    QVERIFY(xvfb.waitForStarted(5000));
    const auto stop = [](QProcess *process) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished();
        }
    };
    const std::unique_ptr<QProcess, decltype(stop)> xvfbGuard(&xvfb, stop);
    QTRY_VERIFY_WITH_TIMEOUT(xvfb.canReadLine(), 10000);
    const QString display = QLatin1Char(':') + QString::fromLatin1(xvfb.readLine()).trimmed();
    // A change made offline, and MOCO holding its delivery unanswered.
    const QString description = QStringLiteral("traytimer no tray");
    QVERIFY(m_harness.commitOffline(description));
    m_harness.queueFault({{QStringLiteral("method"), QStringLiteral("POST")},
                          {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                          {QStringLiteral("hang"), true}});
    {
        AppProcess app;
        useDisplay(app, display);
        QVERIFY(m_harness.startSignedIn(app));
        QVERIFY(app.waitForLine(QStringLiteral("tray available: false")).hasMatch());
        QTRY_COMPARE_WITH_TIMEOUT(activityWrites().size(), 1, 20000);
        qint64 window = 0;
        QTRY_VERIFY_WITH_TIMEOUT((window = mainWindow(display, app.pid())) != 0, 10000);
        QVERIFY(closeWindow(display, window));
        QVERIFY2(app.waitForFinished(20000), qPrintable(app.standardError()));
        QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.process().exitCode(), 0);
        QVERIFY(app.standardError().contains(QStringLiteral("quitting")));
        QVERIFY(!app.standardError().contains(QStringLiteral("window closed to tray")));
    }
    QCOMPARE(m_harness.serverActivities(description).size(), 0);
    QCOMPARE(m_harness.outboxAfterwards().size(), 1);

    AppProcess app;
    QVERIFY(m_harness.startSignedIn(app));
    QTRY_COMPARE_WITH_TIMEOUT(m_harness.serverActivities(description).size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_harness.outboxAfterwards().isEmpty(), 20000);
    QVERIFY(SignedInAppHarness::endGracefully(app));
    const QList<QJsonObject> stored = m_harness.serverActivities(description);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().value(QStringLiteral("seconds")).toInteger(), 2700);
}

void TestTrayTimer::withATrayClosingTheWindowKeepsTheAppRunning()
{
    const QString display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty()) {
        if (SignedInAppHarness::requireEverything())
            QFAIL("No X display (run inside .ci/headless-session)");
        QSKIP("No X display (run inside .ci/headless-session)");
    }
    const QString missing = missingProgram({QStringLiteral("xdotool"), QStringLiteral("python3")});
    if (!missing.isEmpty()) {
        if (SignedInAppHarness::requireEverything())
            QFAIL(qPrintable(missing + QStringLiteral(" is missing")));
        QSKIP(qPrintable(missing + QStringLiteral(" is missing")));
    }
    const QString description = QStringLiteral("traytimer tray");
    QVERIFY(startTimerLocally(description));

    AppProcess app;
    useDisplay(app, display);
    QVERIFY(m_harness.startSignedIn(app));
    QVERIFY(app.waitForLine(QStringLiteral("tray available:")).hasMatch());
    // A tray host that is (re)starting is found by the app's next look.
    if (!app.waitForLine(QStringLiteral("tray available: true"), 12000).hasMatch()) {
        if (SignedInAppHarness::requireEverything())
            QFAIL("No system tray on this display");
        QSKIP("No system tray on this display (run inside .ci/headless-session)");
    }
    std::optional<RunningTimer> running;
    QTRY_VERIFY_WITH_TIMEOUT((running = runningOnServer(description)).has_value(), 20000);
    QVERIFY(waitForTimerLine(app, running->id).id);

    qint64 window = 0;
    QTRY_VERIFY_WITH_TIMEOUT((window = mainWindow(display, app.pid())) != 0, 10000);
    QVERIFY(closeWindow(display, window));
    QVERIFY(app.waitForLine(QStringLiteral("window closed to tray")).hasMatch());
    QTRY_COMPARE_WITH_TIMEOUT(mainWindow(display, app.pid()), 0, 5000);
    // Still running with no window, long enough to have ended if it would.
    QTest::qWait(1000);
    QCOMPARE(app.process().state(), QProcess::Running);
    QVERIFY(processIsAlive(app.pid()));
    QVERIFY(!app.standardError().contains(QStringLiteral("quitting")));

    // The tray icon is the only visible window left (an XEmbed tray such as
    // trayer; a StatusNotifierItem tray draws it elsewhere): its menu's last
    // item is Quit.
    const QList<qint64> windows = visibleWindows(display, app.pid());
    const QSize iconSize = windows.size() == 1 ? windowSize(display, windows.first()) : QSize();
    if (iconSize.isEmpty() || iconSize.width() > 64 || iconSize.height() > 64) {
        if (SignedInAppHarness::requireEverything())
            QFAIL("The tray icon is not a window of the app (not an XEmbed tray)");
        QSKIP("The tray icon is not a window of the app (not an XEmbed tray)");
    }
    const qint64 icon = windows.first();
    xdotool(display,
            {QStringLiteral("mousemove"), QStringLiteral("--window"), QString::number(icon),
             QString::number(iconSize.width() / 2), QString::number(iconSize.height() / 2),
             QStringLiteral("click"), QStringLiteral("3")});
    QVERIFY(app.waitForLine(QStringLiteral("tray menu shown")).hasMatch());
    // The open menu is a window of its own.
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindows(display, app.pid()).size() > 1, 5000);
    QTest::qWait(300);
    xdotool(display, {QStringLiteral("key"), QStringLiteral("Up"), QStringLiteral("Return")});
    QVERIFY2(app.waitForFinished(20000), qPrintable(app.standardError()));
    QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.process().exitCode(), 0);
    QVERIFY(app.standardError().contains(QStringLiteral("quitting")));

    // Quitting is not stopping: MOCO's timer runs on, untouched.
    const std::optional<RunningTimer> after = runningOnServer(description);
    QVERIFY(after);
    QCOMPARE(after->id, running->id);
    QCOMPARE(after->startedAt, running->startedAt);
    QCOMPARE(m_harness.serverActivities(description).size(), 1);
}

QTEST_GUILESS_MAIN(TestTrayTimer)
#include "tst_traytimer.moc"
