// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/sync/OfflineTestBed.h"
#include "PresenceControls.h"
#include "TrayIcon.h"
#include "core/actions/ActivityActions.h"
#include "core/actions/ClockToggle.h"
#include "core/actions/PresenceActions.h"
#include "core/api/ApiClient.h"
#include "core/models/ProjectsModel.h"
#include "core/services/AppPreferences.h"
#include "core/sync/TimerService.h"
#include "support/FakeClock.h"
#include "support/FakeServerProcess.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// "Clock in"/"Clock out" and "Home office" as the window and the tray offer
// them, over real HTTP: the texts follow the state, the tray says since
// when, and clocking out with a running timer asks "Stop timer too / Keep
// timer running / Cancel".
class TestPresenceControls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void clockInAndOutFollowTheStateInWindowAndTray();
    void homeOfficeNeedsAPresenceAndMarksTheDay();
    void clockOutWithATimerAsksAndCancelKeepsEverything();
    void keepTimerRunningAndDontAskAgain();
    void stopTimerToo();

private:
    QMessageBox *prompt();
    void answer(const QString &button, bool dontAskAgain);
    int openPresencesOnMoco();

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<OfflineTestBed> m_bed;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<QObject> m_root;
    AppPreferences *m_preferences = nullptr;
    ActivityActions *m_activities = nullptr;
    PresenceActions *m_presences = nullptr;
    std::unique_ptr<ClockToggle> m_toggle;
    PresenceControls *m_controls = nullptr;
    TrayIcon *m_tray = nullptr;
    QDate m_today;
};

void TestPresenceControls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestPresenceControls::init()
{
    const QString name = QCoreApplication::applicationName();
    QSettings(QSettings::NativeFormat, QSettings::UserScope, name, name).clear();
    m_today = QDate::currentDate();
    m_clock = std::make_unique<FakeClock>(QDateTime(m_today, QTime(8, 5, 10)).toUTC());
    m_bed = OfflineTestBed::afterReset(&m_server, {m_clock.get(), 3, true});
    // The seed clocks the demo user in today: begin the day anew.
    const QJsonArray seeded =
        m_server.state(QStringLiteral("presences"), FakeServerProcess::demoUserId);
    for (const QJsonValue &value : seeded) {
        if (value.toObject().value(QStringLiteral("date")).toString() !=
            m_today.toString(Qt::ISODate))
            continue;
        bool done = false;
        m_bed->api()->deletePresence(value.toObject().value(QStringLiteral("id")).toInteger(), this,
                                     [&done](const ApiResult<ApiNothing> &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    m_bed->timer()->reload();
    m_bed->timer()->stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);

    m_window = std::make_unique<QWidget>();
    m_root = std::make_unique<QObject>();
    m_preferences = new AppPreferences(m_root.get());
    m_activities = new ActivityActions(m_bed->store(), m_bed->changes(), m_bed->timer(),
                                       m_clock.get(), m_root.get());
    m_presences =
        new PresenceActions(m_bed->store(), m_bed->changes(), m_clock.get(), m_root.get());
    m_toggle = std::make_unique<ClockToggle>(m_presences, m_activities, m_preferences);
    m_controls = new PresenceControls(m_toggle.get(), m_presences, m_window.get(), m_root.get());
    auto *projects = new ProjectsModel(m_root.get());
    m_tray = new TrayIcon(m_activities, projects, m_clock.get(), m_preferences, m_root.get());
    m_tray->setPresenceControls(m_controls);
    // As the workspace does on every store change.
    m_bed->followStore(m_controls, &PresenceControls::refresh);
    m_window->show();
}

void TestPresenceControls::cleanup()
{
    m_root.reset();
    m_toggle.reset();
    m_window.reset();
    m_bed.reset();
    m_clock.reset();
}

QMessageBox *TestPresenceControls::prompt()
{
    return m_window->findChild<QMessageBox *>(QStringLiteral("clockOutPrompt"));
}

void TestPresenceControls::answer(const QString &button, bool dontAskAgain)
{
    QTRY_VERIFY(prompt() && prompt()->isVisible());
    QMessageBox *box = prompt();
    box->checkBox()->setChecked(dontAskAgain);
    for (QAbstractButton *candidate : box->buttons()) {
        if (candidate->text() == button) {
            candidate->click();
            QTRY_VERIFY(!prompt()); // closed and gone
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button %1").arg(button)));
}

int TestPresenceControls::openPresencesOnMoco()
{
    int open = 0;
    const QJsonArray all =
        m_server.state(QStringLiteral("presences"), FakeServerProcess::demoUserId);
    for (const QJsonValue &value : all) {
        const QJsonObject presence = value.toObject();
        if (presence.value(QStringLiteral("date")).toString() == m_today.toString(Qt::ISODate) &&
            presence.value(QStringLiteral("to")).isNull())
            ++open;
    }
    return open;
}

void TestPresenceControls::clockInAndOutFollowTheStateInWindowAndTray()
{
    QAction *clock = m_controls->clockAction();
    QCOMPARE(clock->text(), QStringLiteral("Clock in"));
    QCOMPARE(clock->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    QVERIFY(m_tray->menu()->actions().contains(clock));
    QVERIFY(!m_tray->toolTip().contains(QStringLiteral("Present since")));

    clock->trigger();
    QCOMPARE(clock->text(), QStringLiteral("Clock out"));
    QVERIFY2(m_tray->toolTip().contains(QStringLiteral("Present since 08:05")),
             qPrintable(m_tray->toolTip()));
    QTRY_COMPARE_WITH_TIMEOUT(openPresencesOnMoco(), 1, 10000);

    // Within the same minute: refused with the reason, still clocked in.
    QSignalSpy messages(m_controls, &PresenceControls::message);
    clock->trigger();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(clock->text(), QStringLiteral("Clock out"));

    m_clock->advance(2h);
    clock->trigger();
    QCOMPARE(clock->text(), QStringLiteral("Clock in"));
    QVERIFY(!m_tray->toolTip().contains(QStringLiteral("Present since")));
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    QCOMPARE(openPresencesOnMoco(), 0);
}

void TestPresenceControls::homeOfficeNeedsAPresenceAndMarksTheDay()
{
    QAction *homeOffice = m_controls->homeOfficeAction();
    QCOMPARE(homeOffice->text(), QStringLiteral("Home office"));
    QVERIFY(!homeOffice->isEnabled());
    QVERIFY(homeOffice->toolTip().contains(QStringLiteral("whole day")));
    m_controls->clockAction()->trigger();
    QVERIFY(homeOffice->isEnabled());
    homeOffice->trigger();
    QVERIFY(homeOffice->isChecked());
    QVERIFY(m_presences->isHomeOfficeToday());
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    const QJsonArray all =
        m_server.state(QStringLiteral("presences"), FakeServerProcess::demoUserId);
    bool marked = false;
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("date")).toString() ==
            m_today.toString(Qt::ISODate))
            marked = value.toObject().value(QStringLiteral("is_home_office")).toBool();
    }
    QVERIFY(marked);
}

void TestPresenceControls::clockOutWithATimerAsksAndCancelKeepsEverything()
{
    m_controls->clockAction()->trigger();
    QVERIFY(m_activities
                ->startNewTimer({OfflineTestBed::projectId, OfflineTestBed::taskId},
                                QStringLiteral("presence-controls"))
                .ok());
    m_clock->advance(1h);
    m_controls->clockAction()->trigger();
    QTRY_VERIFY(prompt() && prompt()->isVisible());
    QStringList buttons;
    for (QAbstractButton *button : prompt()->buttons())
        buttons << button->text().remove(QLatin1Char('&'));
    QVERIFY2(buttons.contains(QStringLiteral("Stop timer too")), qPrintable(buttons.join(',')));
    QVERIFY(buttons.contains(QStringLiteral("Keep timer running")));
    QVERIFY(buttons.contains(QStringLiteral("Cancel")));
    QCOMPARE(prompt()->checkBox()->text(), QStringLiteral("Don't ask again"));
    prompt()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!prompt());
    QVERIFY(m_toggle->isClockedIn());
    QVERIFY(m_bed->timer()->running());
    QCOMPARE(m_preferences->timerOnClockOut(), AppPreferences::TimerOnClockOut::Ask);
}

void TestPresenceControls::keepTimerRunningAndDontAskAgain()
{
    m_controls->clockAction()->trigger();
    QVERIFY(m_activities
                ->startNewTimer({OfflineTestBed::projectId, OfflineTestBed::taskId},
                                QStringLiteral("presence-controls"))
                .ok());
    m_clock->advance(1h);
    m_controls->clockAction()->trigger();
    answer(QStringLiteral("Keep timer running"), true);
    QVERIFY(!m_toggle->isClockedIn());
    QVERIFY(m_bed->timer()->running());
    QCOMPARE(m_preferences->timerOnClockOut(), AppPreferences::TimerOnClockOut::Keep);

    // Remembered: no question the next time.
    m_clock->advance(10min);
    m_controls->clockAction()->trigger();
    m_clock->advance(10min);
    m_controls->clockAction()->trigger();
    QVERIFY(!prompt());
    QVERIFY(!m_toggle->isClockedIn());
    QVERIFY(m_bed->timer()->running());
}

void TestPresenceControls::stopTimerToo()
{
    m_controls->clockAction()->trigger();
    QVERIFY(m_activities
                ->startNewTimer({OfflineTestBed::projectId, OfflineTestBed::taskId},
                                QStringLiteral("presence-controls"))
                .ok());
    m_clock->advance(1h);
    m_controls->clockAction()->trigger();
    answer(QStringLiteral("Stop timer too"), false);
    QVERIFY(!m_toggle->isClockedIn());
    QVERIFY(!m_bed->timer()->running());
    QCOMPARE(m_preferences->timerOnClockOut(), AppPreferences::TimerOnClockOut::Ask);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    QCOMPARE(openPresencesOnMoco(), 0);
}

QTEST_MAIN(TestPresenceControls)
#include "tst_presencecontrols.moc"
