// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "core/models/ActivityListModel.h"
#include "support/FakeClock.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

namespace {
Activity makeActivity(qint64 id, const QString &project, const QString &task,
                      const QString &description, qint64 seconds)
{
    Activity activity;
    activity.id = id;
    activity.date = QDate(2026, 11, 27);
    activity.seconds = seconds;
    activity.description = description;
    activity.project = ProjectRef{id * 10, {}, project, true};
    activity.task = TaskRef{id * 100, task, true};
    return activity;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheActivities();
    void runningTimerMovesWithTheClock();
    void emptyStateExplainsItself_data();
    void emptyStateExplainsItself();
    void startUpStepsAndFailuresAreShown();
    void statusBarTellsTheSyncState_data();
    void statusBarTellsTheSyncState();
    void rateLimitCountdownFollowsTheClock();
    void f5AsksForARefreshAndCtrlQForQuit();
    void mainWidgetsAreNamedForAssistiveTechnology();
    void accountMenuOffersWhatTheSessionAllows();
    void noticeDoesNotBlockTheWindow();

private:
    QTableView *activityView() const;
    QLabel *label(const char *name) const;
    SyncState synced() const;

    FakeClock *m_clock = nullptr;
    ActivityListModel *m_model = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::init()
{
    // Friday 27 November 2026, 10:00 in the machine's time zone.
    m_clock = new FakeClock(QDateTime(QDate(2026, 11, 27), QTime(10, 0)).toUTC(), this);
    m_model = new ActivityListModel(m_clock, this);
    m_window = new MainWindow(m_model, m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_model;
    delete m_clock;
}

QTableView *TestMainWindow::activityView() const
{
    return m_window->findChild<QTableView *>(QStringLiteral("activityView"));
}

QLabel *TestMainWindow::label(const char *name) const
{
    return m_window->findChild<QLabel *>(QString::fromLatin1(name));
}

SyncState TestMainWindow::synced() const
{
    SyncState state;
    state.lastSyncedAt = m_clock->utcNow();
    return state;
}

void TestMainWindow::showsTheActivities()
{
    m_model->setActivities(
        {makeActivity(1, QStringLiteral("App für den Außendienst"), QStringLiteral("Design & UX"),
                      QStringLiteral("Wireframes Angebot"), 5400),
         makeActivity(2, QStringLiteral("Interne Meetings"), QStringLiteral("Abstimmung"),
                      QStringLiteral("Weekly"), 2700)});
    m_window->setSyncState(synced());

    QVERIFY(!m_window->isShowingEmptyState());
    QTableView *view = activityView();
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, ActivityListModel::ProjectTaskColumn).data().toString(),
             QStringLiteral("App für den Außendienst · Design & UX"));
    QCOMPARE(view->model()->index(1, ActivityListModel::DurationColumn).data().toString(),
             QStringLiteral("0:45"));
    // Every column is on screen: the duration is not pushed out by long names.
    const int durationRight = view->columnViewportPosition(ActivityListModel::DurationColumn) +
                              view->columnWidth(ActivityListModel::DurationColumn);
    QVERIFY(durationRight <= view->viewport()->width());
    QCOMPARE(label("dayLabel")->text(), QStringLiteral("Today · Friday, 27 November 2026"));
    QCOMPARE(label("totalLabel")->text(), QStringLiteral("Logged 2:15"));
}

void TestMainWindow::runningTimerMovesWithTheClock()
{
    Activity running = makeActivity(3, QStringLiteral("Café-Kasse 🍰"), QStringLiteral("Support"),
                                    QStringLiteral("Kassensturz Bug #412"), 1800);
    running.timerStartedAt = m_clock->utcNow().addSecs(-(37 * 60 + 42));
    m_model->setActivities({running});
    m_window->setSyncState(synced());
    const QModelIndex duration = m_model->index(0, ActivityListModel::DurationColumn);
    QCOMPARE(duration.data().toString(), QStringLiteral("● 1:07:42"));
    QCOMPARE(label("totalLabel")->text(), QStringLiteral("Logged 1:07"));

    m_clock->advance(3min);
    QCOMPARE(duration.data().toString(), QStringLiteral("● 1:10:42"));
    QCOMPARE(label("totalLabel")->text(), QStringLiteral("Logged 1:10"));
}

void TestMainWindow::emptyStateExplainsItself_data()
{
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<QString>("expected");
    SyncState loading;
    loading.syncing = true;
    QTest::newRow("still loading") << loading << QStringLiteral("Loading the activities");
    SyncState synced;
    synced.lastSyncedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 58)).toUTC();
    QTest::newRow("nothing logged today") << synced << QStringLiteral("Nothing logged today yet");
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
    QVERIFY(!activityView()->isVisible());
    QVERIFY2(m_window->emptyStateText().contains(expected), qPrintable(m_window->emptyStateText()));
    if (state.offline)
        QVERIFY(m_window->emptyStateText().contains(QStringLiteral("F5")));

    // As soon as there are activities, the list replaces the explanation.
    m_model->setActivities({makeActivity(1, QStringLiteral("A"), QStringLiteral("a"), {}, 60)});
    QVERIFY(!m_window->isShowingEmptyState());
    QVERIFY(activityView()->isVisible());
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
    QTest::newRow("offline") << state << QStringLiteral("Offline — 3 change(s) waiting");

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

void TestMainWindow::mainWidgetsAreNamedForAssistiveTechnology()
{
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(activityView());
    QVERIFY(table);
    QCOMPARE(table->text(QAccessible::Name), QStringLiteral("Activities"));

    // Labels whose text changes keep no fixed name (it would hide the text)
    // and say what they are in their description.
    for (const char *name : {"dayLabel", "totalLabel", "emptyLabel", "syncStatusText"}) {
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
