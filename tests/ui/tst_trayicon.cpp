// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/sync/OfflineTestBed.h"
#include "ProjectTaskPicker.h"
#include "QuickStartPopup.h"
#include "TrayIcon.h"
#include "core/actions/ActivityActions.h"
#include "core/models/ProjectsModel.h"
#include "core/services/AppPreferences.h"
#include "core/storage/ProjectCache.h"
#include "support/FakeServerProcess.h"
#include "support/ShiftedClock.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr qint64 projectId = OfflineTestBed::projectId;
constexpr qint64 taskId = OfflineTestBed::taskId;

QAction *action(QMenu *menu, const char *name)
{
    return menu->findChild<QAction *>(QString::fromLatin1(name));
}

// The colour inside the clock face, left of the hands.
QColor faceColour(const QIcon &icon)
{
    return icon.pixmap(QSize(22, 22), 1.0).toImage().pixelColor(7, 14);
}

} // namespace

// The tray as a user meets it in a real desktop session (Xvfb + trayer, see
// .ci/headless-session): the icon is there, start/stop/continue from the
// menu reach MOCO (the fake server over HTTP), icon and tooltip follow.
class TestTrayIcon : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void iconIsShownInTheTray();
    void startFromTheQuickStartPopupRunsATimerOnTheServer();
    void stopFromTheMenuBooksWholeMinutesAndSaysSo();
    void continueStartsTheSameWorkToday();
    void tooltipShowsElapsedTimeOnlyWhenWanted();
    void offlineAndAttentionShowOnTheIcon();
    void longRunningTimerAsksOnce();
    void closedToTrayNoticeComesOnce();
    void menuForwardsWindowAndSessionIntents();

private:
    void waitUntilDelivered();
    QAction *continueAction(const QString &containing);

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    ShiftedClock m_clock{&m_server};
    std::unique_ptr<OfflineTestBed> m_bed;
    std::unique_ptr<QObject> m_root; // what the tray needs beside the data layer
    TimerService *m_timer = nullptr;
    ProjectsModel *m_projects = nullptr;
    AppPreferences *m_preferences = nullptr;
    TrayIcon *m_tray = nullptr;
};

void TestTrayIcon::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("MocoTrackTrayTest"));
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("Needs an X display with a system tray host: run under .ci/headless-session");
    // trayer may still be starting (the machine may be busy).
    QDeadlineTimer deadline(15000);
    while (!QSystemTrayIcon::isSystemTrayAvailable() && !deadline.hasExpired())
        QTest::qWait(100);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("No system tray host on this display: run under .ci/headless-session");
    QVERIFY(m_server.start());
}

void TestTrayIcon::init()
{
    m_clock.reset();
    const QString name = QCoreApplication::applicationName();
    QSettings(QSettings::NativeFormat, QSettings::UserScope, name, name).clear();

    m_bed = OfflineTestBed::afterReset(&m_server, {&m_clock, 3, true});
    m_timer = m_bed->timer();
    m_root = std::make_unique<QObject>();

    // The projects the picker offers come with the first sync.
    QVERIFY(m_bed->syncOnce());
    m_projects = new ProjectsModel(m_root.get());
    m_projects->setProjects(ProjectCache(m_bed->store()).projects());
    QVERIFY(m_projects->indexOf({projectId, taskId}).isValid());
    // The demo data may have a timer running today; start from idle.
    m_timer->reload();
    m_timer->stop();
    waitUntilDelivered();

    m_preferences = new AppPreferences(m_root.get());
    auto *actions =
        new ActivityActions(m_bed->store(), m_bed->changes(), m_timer, &m_clock, m_root.get());
    m_tray = new TrayIcon(actions, m_projects, &m_clock, m_preferences, m_root.get());
}

void TestTrayIcon::cleanup()
{
    m_root.reset();
    m_timer = nullptr;
    m_bed.reset();
}

void TestTrayIcon::waitUntilDelivered()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
}

QAction *TestTrayIcon::continueAction(const QString &containing)
{
    // Opening the menu reads the recent entries.
    emit m_tray->menu()->aboutToShow();
    const QList<QAction *> actions =
        m_tray->menu()->findChild<QMenu *>(QStringLiteral("continueMenu"))->actions();
    for (QAction *candidate : actions)
        if (candidate->text().contains(containing))
            return candidate;
    return nullptr;
}

void TestTrayIcon::iconIsShownInTheTray()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_tray->isAvailable(), 5000);
    QVERIFY(m_tray->systemTrayIcon()->isVisible());
    QCOMPARE(m_tray->systemTrayIcon()->contextMenu(), m_tray->menu());
    QVERIFY(!m_tray->systemTrayIcon()->icon().isNull());
    // The docked icon is a small X window of this process (trayer embeds it).
    const QString xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    if (xdotool.isEmpty())
        return;
    auto trayWindows = [&] {
        QProcess search;
        search.start(xdotool, {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                               QStringLiteral("--pid"),
                               QString::number(QCoreApplication::applicationPid())});
        search.waitForFinished(5000);
        return QString::fromLatin1(search.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    QTRY_VERIFY_WITH_TIMEOUT(!trayWindows().isEmpty(), 5000);
}

void TestTrayIcon::startFromTheQuickStartPopupRunsATimerOnTheServer()
{
    QCOMPARE(m_tray->timerState(), TrayIconSet::Timer::Idle);
    const QColor idleFace = faceColour(m_tray->systemTrayIcon()->icon());
    QVERIFY(!action(m_tray->menu(), "stopTimerAction")->isVisible());

    action(m_tray->menu(), "startTimerAction")->trigger();
    QuickStartPopup *popup = m_tray->quickStartPopup();
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->picker()->lineEdit()->accessibleName(), QStringLiteral("Project / task"));
    QCOMPARE(popup->descriptionEdit()->accessibleName(), QStringLiteral("Timer description"));
    QCOMPARE(popup->startButton()->accessibleName(), QStringLiteral("Start timer"));
    popup->picker()->setCurrent({projectId, taskId});
    QTest::keyClicks(popup->descriptionEdit(), QStringLiteral("tst tray start"));
    QTest::keyClick(popup->descriptionEdit(), Qt::Key_Return);
    QVERIFY(!popup->isVisible());

    QVERIFY(m_timer->running());
    QCOMPARE(m_tray->timerState(), TrayIconSet::Timer::Running);
    QVERIFY(faceColour(m_tray->systemTrayIcon()->icon()) != idleFace);
    const QString name = m_timer->running()->activity.project.name;
    QVERIFY(m_tray->toolTip().contains(name));
    QVERIFY(m_tray->toolTip().contains(QStringLiteral("tst tray start")));
    QCOMPARE(m_tray->systemTrayIcon()->toolTip(), m_tray->toolTip());
    QAction *stop = action(m_tray->menu(), "stopTimerAction");
    QVERIFY(stop->isVisible());
    QVERIFY(stop->text().startsWith(QStringLiteral("Stop timer (")));
    QVERIFY(stop->text().contains(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"))));

    waitUntilDelivered();
    const QList<QJsonObject> onServer = m_bed->serverActivities(QStringLiteral("tst tray start"));
    QCOMPARE(onServer.size(), 1);
    QVERIFY(!onServer.first().value(QStringLiteral("timer_started_at")).isNull());
    QCOMPARE(onServer.first().value(QStringLiteral("task")).toObject().value("id").toInteger(),
             taskId);
}

void TestTrayIcon::stopFromTheMenuBooksWholeMinutesAndSaysSo()
{
    QVERIFY(m_timer->startNew({projectId, taskId}, QStringLiteral("tst tray stop")));
    waitUntilDelivered();
    QCOMPARE(m_tray->timerState(), TrayIconSet::Timer::Running);
    m_clock.advance(10min + 20s);
    QSignalSpy notified(m_tray, &TrayIcon::notified);

    action(m_tray->menu(), "stopTimerAction")->trigger();

    QVERIFY(!m_timer->running());
    QCOMPARE(m_tray->timerState(), TrayIconSet::Timer::Idle);
    QVERIFY(!action(m_tray->menu(), "stopTimerAction")->isVisible());
    QVERIFY(m_tray->toolTip().startsWith(QStringLiteral("Today: ")));
    QVERIFY(m_tray->toolTip().contains(QStringLiteral(" logged")));
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Timer stopped"));
    QVERIFY2(notified.first().at(1).toString().startsWith(QStringLiteral("Logged 0:10 on ")),
             qPrintable(notified.first().at(1).toString()));

    waitUntilDelivered();
    const QJsonObject onServer = m_bed->serverActivities(QStringLiteral("tst tray stop")).value(0);
    QVERIFY(onServer.value(QStringLiteral("timer_started_at")).isNull());
    QCOMPARE(onServer.value(QStringLiteral("seconds")).toInteger(), 600);
}

void TestTrayIcon::continueStartsTheSameWorkToday()
{
    // Tomorrow, so that the demo data's many entries of today do not push
    // the one of "yesterday" out of the five recent ones.
    m_clock.advance(24h);
    QVERIFY(m_bed->changes()->createActivity(OfflineTestBed::draft(
        m_timer->today().addDays(-1), 1800, QStringLiteral("tst tray yesterday"))));
    waitUntilDelivered();
    m_timer->reload();

    QAction *entry = continueAction(QStringLiteral("tst tray yesterday"));
    QVERIFY(entry);
    QVERIFY(m_tray->menu()->findChild<QMenu *>(QStringLiteral("continueMenu"))->actions().size() <=
            5);
    entry->trigger();

    QVERIFY(m_timer->running());
    QCOMPARE(m_timer->running()->activity.date, m_timer->today());
    QCOMPARE(m_tray->timerState(), TrayIconSet::Timer::Running);
    // The running combination is not offered again.
    QVERIFY(!continueAction(QStringLiteral("tst tray yesterday")));
    waitUntilDelivered();
    const QList<QJsonObject> onServer =
        m_bed->serverActivities(QStringLiteral("tst tray yesterday"));
    QCOMPARE(onServer.size(), 2);
    bool foundToday = false;
    for (const QJsonObject &activity : onServer) {
        QCOMPARE(activity.value(QStringLiteral("project")).toObject().value("id").toInteger(),
                 projectId);
        QCOMPARE(activity.value(QStringLiteral("task")).toObject().value("id").toInteger(), taskId);
        QCOMPARE(activity.value(QStringLiteral("description")).toString(),
                 QStringLiteral("tst tray yesterday"));
        if (activity.value(QStringLiteral("date")).toString() ==
            m_timer->today().toString(Qt::ISODate)) {
            foundToday = true;
            QVERIFY(!activity.value(QStringLiteral("timer_started_at")).isNull());
        }
    }
    QVERIFY(foundToday);
}

void TestTrayIcon::tooltipShowsElapsedTimeOnlyWhenWanted()
{
    QVERIFY(m_timer->startNew({projectId, taskId}, QStringLiteral("tst tray tooltip")));
    // The server's clock moves too: the timer must have started there first,
    // or it would start at the moved time and show 0:00.
    waitUntilDelivered();
    m_clock.advance(67min + 30s);
    QVERIFY2(m_tray->toolTip().endsWith(QStringLiteral("tst tray tooltip — 1:07")),
             qPrintable(m_tray->toolTip()));
    QVERIFY(action(m_tray->menu(), "runningTimerAction")->text().endsWith(QStringLiteral("1:07")));
    m_preferences->setShowElapsedInTooltip(false);
    QVERIFY2(m_tray->toolTip().endsWith(QStringLiteral("tst tray tooltip")),
             qPrintable(m_tray->toolTip()));
}

void TestTrayIcon::offlineAndAttentionShowOnTheIcon()
{
    QCOMPARE(m_tray->badge(), TrayIconSet::Badge::None);
    SyncState state;
    state.offline = true;
    state.waiting = 3;
    m_tray->setSyncState(state);
    QCOMPARE(m_tray->badge(), TrayIconSet::Badge::Offline);
    // (SyncState's plural; without the English translation loaded "change(s)".)
    QVERIFY2(m_tray->toolTip().contains(QStringLiteral("\nCan't reach MOCO — 3 change")),
             qPrintable(m_tray->toolTip()));

    QSignalSpy notified(m_tray, &TrayIcon::notified);
    QSignalSpy attentionClicked(m_tray, &TrayIcon::needsAttentionRequested);
    state.needsAttention = 1;
    m_tray->setSyncState(state);
    QCOMPARE(m_tray->badge(), TrayIconSet::Badge::NeedsAttention);
    QCOMPARE(notified.count(), 1);
    QVERIFY(notified.first().at(0).toString().startsWith(QStringLiteral("1 change")));
    // The same count again is no news.
    m_tray->setSyncState(state);
    QCOMPARE(notified.count(), 1);
    emit m_tray->systemTrayIcon()->messageClicked();
    QCOMPARE(attentionClicked.count(), 1);

    m_tray->setSyncState(SyncState{});
    QCOMPARE(m_tray->badge(), TrayIconSet::Badge::None);
    QVERIFY(!m_tray->toolTip().contains(QLatin1Char('\n')));
}

void TestTrayIcon::longRunningTimerAsksOnce()
{
    m_preferences->setLongTimerReminderHours(1);
    QSignalSpy notified(m_tray, &TrayIcon::notified);
    QVERIFY(m_timer->startNew({projectId, taskId}, QStringLiteral("tst tray long")));
    waitUntilDelivered(); // before the server's clock moves (see above)
    m_clock.advance(59min);
    QCOMPARE(notified.count(), 0);
    m_clock.advance(2min);
    QCOMPARE(notified.count(), 1);
    QVERIFY(notified.first().at(0).toString().startsWith(QStringLiteral("Still working on ")));
    QVERIFY(notified.first().at(0).toString().endsWith(QLatin1Char('?')));
    m_clock.advance(1h);
    QCOMPARE(notified.count(), 1);
}

void TestTrayIcon::closedToTrayNoticeComesOnce()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_tray->isAvailable(), 5000);
    QSignalSpy notified(m_tray, &TrayIcon::notified);
    QVERIFY(m_tray->notifyClosedToTray());
    QVERIFY(!m_tray->notifyClosedToTray());
    QCOMPARE(notified.count(), 1);
    // Remembered across restarts.
    QVERIFY(AppPreferences().closedToTrayNoticeShown());
    // X11 reports a right-click on the icon while the balloon shows as a
    // click on the message: the window the user just closed stays closed.
    QSignalSpy open(m_tray, &TrayIcon::showWindowRequested);
    emit m_tray->systemTrayIcon()->messageClicked();
    QCOMPARE(open.count(), 0);
}

void TestTrayIcon::menuForwardsWindowAndSessionIntents()
{
    QSignalSpy open(m_tray, &TrayIcon::showWindowRequested);
    QSignalSpy toggle(m_tray, &TrayIcon::toggleWindowRequested);
    QSignalSpy settings(m_tray, &TrayIcon::settingsRequested);
    QSignalSpy signOut(m_tray, &TrayIcon::signOutRequested);
    QSignalSpy quit(m_tray, &TrayIcon::quitRequested);
    action(m_tray->menu(), "openWindowAction")->trigger();
    action(m_tray->menu(), "settingsAction")->trigger();
    action(m_tray->menu(), "signOutAction")->trigger();
    action(m_tray->menu(), "quitAction")->trigger();
    emit m_tray->systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
    QCOMPARE(open.count(), 1);
    QCOMPARE(settings.count(), 1);
    QCOMPARE(signOut.count(), 1);
    QCOMPARE(quit.count(), 1);
    QCOMPARE(toggle.count(), 1);
    QVERIFY(action(m_tray->menu(), "todayAction")->text().startsWith(QStringLiteral("Today: ")));
    QVERIFY(!action(m_tray->menu(), "todayAction")->isEnabled());
}

int main(int argc, char *argv[])
{
    // A real X display (with a tray host) when there is one; else the test
    // skips on the offscreen platform instead of failing to connect.
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    else if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TestTrayIcon test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_trayicon.moc"
