// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayView.h"
#include "MainWindow.h"
#include "WeekView.h"
#include "core/models/ActivitiesModel.h"
#include "core/models/ProjectsModel.h"
#include "core/models/WeekGridModel.h"
#include "support/FakeClock.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

namespace {
LocalActivity makeActivity(qint64 id, const QString &project, const QString &task,
                           const QString &description, qint64 seconds)
{
    LocalActivity local;
    local.localId = id;
    Activity &activity = local.activity;
    activity.id = id;
    activity.date = QDate(2026, 11, 27);
    activity.seconds = seconds;
    activity.description = description;
    activity.project = ProjectRef{id * 10, {}, project, true};
    activity.task = TaskRef{id * 100, task, true};
    activity.customer = CustomerRef{7, QStringLiteral("Müller & Söhne GmbH")};
    return local;
}

const QDate friday(2026, 11, 27);
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheDaysActivities();
    void navigatesByKeyboard();
    void weekViewShowsTheWeek();
    void emptyStateExplainsItself_data();
    void emptyStateExplainsItself();
    void startUpStepsAndFailuresAreShown();
    void statusBarTellsTheSyncState_data();
    void statusBarTellsTheSyncState();
    void rateLimitCountdownFollowsTheClock();
    void needsAttentionOffersTheList();
    void f5AsksForARefreshAndCtrlQForQuit();
    void newActivityAndUndoByKeyboard();
    void ctrlIAsksForTheSelectedActivitysProject();
    void closingQuitsWithoutATrayAndHidesWithOne();
    void mainWidgetsAreNamedForAssistiveTechnology();
    void accountMenuOffersWhatTheSessionAllows();
    void noticeDoesNotBlockTheWindow();

private:
    SyncState synced() const;
    QAbstractButton *button(const QString &accessibleName) const;

    FakeClock *m_clock = nullptr;
    ActivitiesModel *m_day = nullptr;
    WeekGridModel *m_week = nullptr;
    ProjectsModel *m_projects = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::init()
{
    // Friday 27 November 2026, 10:00 in the machine's time zone.
    m_clock = new FakeClock(QDateTime(friday, QTime(10, 0)).toUTC(), this);
    m_day = new ActivitiesModel(m_clock, this);
    m_week = new WeekGridModel(m_clock, this);
    m_projects = new ProjectsModel(this);
    m_window = new MainWindow(m_day, m_week, m_projects, m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_day;
    delete m_week;
    delete m_projects;
    delete m_clock;
}

SyncState TestMainWindow::synced() const
{
    SyncState state;
    state.lastSyncedAt = m_clock->utcNow();
    return state;
}

QAbstractButton *TestMainWindow::button(const QString &accessibleName) const
{
    const QList<QAbstractButton *> buttons = m_window->findChildren<QAbstractButton *>();
    for (QAbstractButton *candidate : buttons) {
        if (candidate->accessibleName() == accessibleName && candidate->isVisible())
            return candidate;
    }
    return nullptr;
}

void TestMainWindow::showsTheDaysActivities()
{
    m_day->setActivities(
        friday, friday,
        {makeActivity(1, QStringLiteral("App für den Außendienst"), QStringLiteral("Design & UX"),
                      QStringLiteral("Wireframes Angebot"), 5400),
         makeActivity(2, QStringLiteral("Interne Meetings"), QStringLiteral("Abstimmung"),
                      QStringLiteral("Weekly"), 2700)});
    m_window->setSyncState(synced());

    QVERIFY(!m_window->isShowingEmptyState());
    QAbstractItemView *view = m_window->dayView()->activitiesView();
    QVERIFY(view->isVisible());
    QCOMPARE(m_window->period(), ShownPeriod(friday, ShownPeriod::Mode::Day));
    QVERIFY2(m_window->dayView()->footerText().contains(QStringLiteral("2:15")),
             qPrintable(m_window->dayView()->footerText()));
}

void TestMainWindow::navigatesByKeyboard()
{
    m_window->setSyncState(synced());
    QSignalSpy changed(m_window, &MainWindow::periodChanged);
    QTest::keyClick(m_window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->period().date(), friday.addDays(-1));
    QTest::keyClick(m_window, Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(m_window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_window->period().date(), friday.addDays(1));
    QTest::keyClick(m_window, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->period().date(), friday);
    QCOMPARE(changed.count(), 4);

    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->period().mode(), ShownPeriod::Mode::Week);
    QTest::keyClick(m_window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_window->period().from(), QDate(2026, 11, 30));
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->period(), ShownPeriod(friday.addDays(7), ShownPeriod::Mode::Day));
    QVERIFY(m_window->dayView()->isVisible());

    // The same through the buttons.
    button(QStringLiteral("Previous"))->click();
    QCOMPARE(m_window->period().date(), friday.addDays(6));
    button(QStringLiteral("Today"))->click();
    QCOMPARE(m_window->period().date(), friday);
}

void TestMainWindow::weekViewShowsTheWeek()
{
    m_week->setWeek(friday, {makeActivity(1, QStringLiteral("Website"), QStringLiteral("Design"),
                                          QStringLiteral("Entwürfe"), 5400)});
    m_window->setSyncState(synced());
    button(QStringLiteral("Week view"))->click();
    QVERIFY(m_window->weekView()->isVisible());
    QVERIFY(!m_window->dayView()->isVisible());
    QCOMPARE(m_window->period().mode(), ShownPeriod::Mode::Week);
    QCOMPARE(m_window->weekView()->gridView()->accessibleName(), QStringLiteral("Week"));
}

void TestMainWindow::emptyStateExplainsItself_data()
{
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<QString>("expected");
    SyncState loading;
    loading.syncing = true;
    QTest::newRow("still loading") << loading << QStringLiteral("Loading the activities");
    SyncState offline;
    offline.offline = true;
    QTest::newRow("offline, nothing cached") << offline << QStringLiteral("cannot be reached");
}

void TestMainWindow::emptyStateExplainsItself()
{
    QFETCH(SyncState, state);
    QFETCH(QString, expected);
    m_window->setSyncState(state);

    QVERIFY(m_window->isShowingEmptyState());
    QVERIFY(!m_window->dayView()->isVisible());
    QVERIFY2(m_window->emptyStateText().contains(expected), qPrintable(m_window->emptyStateText()));
    if (state.offline)
        QVERIFY(m_window->emptyStateText().contains(QStringLiteral("F5")));

    // Once MOCO has answered, the day view (with its own empty state) shows.
    m_window->setSyncState(synced());
    QVERIFY(!m_window->isShowingEmptyState());
    QVERIFY(m_window->dayView()->isVisible());
}

void TestMainWindow::startUpStepsAndFailuresAreShown()
{
    m_window->setConnecting(QStringLiteral("Starting the demo server…"));
    QCOMPARE(m_window->statusText(), QStringLiteral("Starting the demo server…"));
    QCOMPARE(m_window->emptyStateText(), QStringLiteral("Starting the demo server…"));

    const QString failure = QStringLiteral("The demo server stopped before it was ready.");
    m_window->setConnectionFailed(failure);
    QCOMPARE(m_window->statusText(), failure);
    QCOMPARE(m_window->emptyStateText(), failure + QStringLiteral("\nPress F5 to try again."));
    QVERIFY(m_window->isShowingEmptyState());
}

void TestMainWindow::statusBarTellsTheSyncState_data()
{
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<QString>("text");

    SyncState state;
    QTest::newRow("nothing yet") << state << QStringLiteral("Not synced yet");

    state.lastSyncedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 58, 12)).toUTC();
    QTest::newRow("synced") << state << QStringLiteral("Synced at 09:58");

    state.syncing = true;
    state.stepsDone = 2;
    state.stepsTotal = 5;
    QTest::newRow("syncing") << state << QStringLiteral("Syncing (2 of 5)");

    state.rateLimitedUntil = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 5)).toUTC();
    QTest::newRow("rate limit") << state << QStringLiteral("Waiting for MOCO's rate limit (5 s)");

    state.rateLimitedUntil = {};
    state.syncing = false;
    state.offline = true;
    state.waiting = 3;
    // No English plural forms are loaded in this test.
    QTest::newRow("offline") << state << QStringLiteral("Can't reach MOCO — 3 change(s) waiting");

    state.needsAttention = 2;
    QTest::newRow("needs attention") << state << QStringLiteral("Needs attention (2)");
}

void TestMainWindow::statusBarTellsTheSyncState()
{
    QFETCH(SyncState, state);
    QFETCH(QString, text);
    m_window->setSyncState(state);
    QCOMPARE(m_window->statusText(), text);
    auto *statusLabel = m_window->findChild<QLabel *>(QStringLiteral("syncStatusText"));
    QVERIFY(statusLabel->isVisible());
    QCOMPARE(statusLabel->text(), text);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(statusLabel);
    QCOMPARE(accessible->text(QAccessible::Name), text);
    QCOMPARE(accessible->text(QAccessible::Description), QStringLiteral("Sync status"));
}

void TestMainWindow::rateLimitCountdownFollowsTheClock()
{
    SyncState state;
    state.syncing = true;
    state.rateLimitedUntil = m_clock->utcNow().addSecs(5);
    m_window->setSyncState(state);
    QCOMPARE(m_window->statusText(), QStringLiteral("Waiting for MOCO's rate limit (5 s)"));
    m_clock->advance(2s);
    QCOMPARE(m_window->statusText(), QStringLiteral("Waiting for MOCO's rate limit (3 s)"));
    m_clock->advance(3s);
    QCOMPARE(m_window->statusText(), QStringLiteral("Syncing"));
}

void TestMainWindow::needsAttentionOffersTheList()
{
    SyncState state = synced();
    state.needsAttention = 1;
    m_window->setSyncState(state);
    QSignalSpy attention(m_window, &MainWindow::attentionRequested);
    QAbstractButton *show = button(QStringLiteral("Show changes that need attention"));
    QVERIFY(show);
    show->click();
    QCOMPARE(attention.count(), 1);
    m_window->setSyncState(synced());
    QVERIFY(!button(QStringLiteral("Show changes that need attention")));
}

void TestMainWindow::f5AsksForARefreshAndCtrlQForQuit()
{
    QSignalSpy refresh(m_window, &MainWindow::refreshRequested);
    QSignalSpy quit(m_window, &MainWindow::quitRequested);
    // Activation is the app's cue to sync if the data is old: another window
    // first, then back.
    QSignalSpy activated(m_window, &MainWindow::activated);
    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    activated.clear();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(QTest::qWaitFor([&activated] { return activated.count() > 0; }, 5000));
    QTest::keyClick(m_window, Qt::Key_F5);
    QCOMPARE(refresh.count(), 1);
    QCOMPARE(quit.count(), 0);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(quit.count(), 1);
}

void TestMainWindow::newActivityAndUndoByKeyboard()
{
    m_window->setSyncState(synced());
    QSignalSpy newActivity(m_window, &MainWindow::newActivityRequested);
    QTest::keyClick(m_window, Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(newActivity.count(), 1);
    QCOMPARE(newActivity.at(0).at(0).toDate(), friday.addDays(-1));

    QSignalSpy undo(m_window, &MainWindow::undoRequested);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undo.count(), 0); // nothing was deleted
    m_window->offerUndo(QStringLiteral("Deleted “Weekly”"));
    QCOMPARE(m_window->undoText(), QStringLiteral("Deleted “Weekly”"));
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undo.count(), 1);
    QVERIFY(m_window->undoText().isEmpty());
}

void TestMainWindow::ctrlIAsksForTheSelectedActivitysProject()
{
    m_day->setActivities(
        friday, friday,
        {makeActivity(7, QStringLiteral("App für den Außendienst"), QStringLiteral("Design & UX"),
                      QStringLiteral("Wireframes"), 5400)});
    m_window->setSyncState(synced());
    QSignalSpy details(m_window, &MainWindow::projectDetailsRequested);
    // Nothing selected: nothing asked, and the status bar says what to do.
    QTest::keyClick(m_window, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(details.count(), 0);
    m_window->dayView()->selectLocalId(7);
    QTest::keyClick(m_window, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(details.count(), 1);
    QCOMPARE(details.at(0).at(0).toLongLong(), qint64(7));
}

void TestMainWindow::closingQuitsWithoutATrayAndHidesWithOne()
{
    QSignalSpy quit(m_window, &MainWindow::quitRequested);
    QSignalSpy toTray(m_window, &MainWindow::closedToTray);
    m_window->setClosingHidesToTray(true);
    m_window->close();
    QVERIFY(!m_window->isVisible());
    QCOMPARE(toTray.count(), 1);
    QCOMPARE(quit.count(), 0);

    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->setClosingHidesToTray(false);
    m_window->close();
    QCOMPARE(quit.count(), 1);
}

void TestMainWindow::mainWidgetsAreNamedForAssistiveTechnology()
{
    m_window->setSyncState(synced());
    QCOMPARE(m_window->dayView()->activitiesView()->accessibleName(), QStringLiteral("Activities"));
    for (const char *name :
         {"Previous", "Next", "Today", "Day view", "Week view", "Refresh", "New activity"})
        QVERIFY2(button(QString::fromUtf8(name)), name);

    // Labels whose text changes keep no fixed name (it would hide the text)
    // and say what they are in their description.
    for (const char *name : {"emptyLabel", "syncStatusText"}) {
        auto *widget = m_window->findChild<QLabel *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(widget->accessibleName().isEmpty(), name);
        QVERIFY2(!widget->accessibleDescription().isEmpty(), name);
    }
    m_window->setConnecting(QStringLiteral("Signing in…"));
    QAccessibleInterface *status = QAccessible::queryAccessibleInterface(
        m_window->findChild<QLabel *>(QStringLiteral("syncStatusText")));
    QCOMPARE(status->text(QAccessible::Name), QStringLiteral("Signing in…"));
}

void TestMainWindow::accountMenuOffersWhatTheSessionAllows()
{
    auto *menu = m_window->findChild<QMenu *>("accountMenu");
    auto *signOut = m_window->findChild<QAction *>("signOutAction");
    auto *actAs = m_window->findChild<QAction *>("actAsAction");
    auto *backToMyself = m_window->findChild<QAction *>("backToMyselfAction");
    QVERIFY(menu && signOut && actAs && backToMyself);
    // Demo mode: nothing to sign out of, nobody to act as.
    QVERIFY(!menu->menuAction()->isVisible());

    m_window->setSignOutAvailable(true);
    QVERIFY(menu->menuAction()->isVisible());
    QVERIFY(signOut->isVisible());
    QVERIFY(!actAs->isVisible());
    QSignalSpy signOutRequested(m_window, &MainWindow::signOutRequested);
    signOut->trigger();
    QCOMPARE(signOutRequested.count(), 1);

    m_window->setActAsAvailable(true);
    QVERIFY(actAs->isVisible());
    QVERIFY(!backToMyself->isVisible());
    m_window->setActingAs(QStringLiteral("Jörg Weiß"));
    QVERIFY(backToMyself->isVisible());
    QSignalSpy back(m_window, &MainWindow::backToMyselfRequested);
    backToMyself->trigger();
    QCOMPARE(back.count(), 1);
    m_window->setActingAs({});
    QVERIFY(!backToMyself->isVisible());
}

void TestMainWindow::noticeDoesNotBlockTheWindow()
{
    const QString notice = QStringLiteral("The local copy of your MOCO data was damaged.");
    m_window->showNotice(notice);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("noticeBox"));
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QCOMPARE(box->text(), notice);
    QVERIFY(!box->isModal());
    QVERIFY(!QApplication::activeModalWidget());
    box->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
