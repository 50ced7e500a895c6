// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "core/api/ApiErrorText.h"
#include "core/models/ActivityListModel.h"
#include "support/FakeClock.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
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

private:
    QTableView *activityView() const;
    QLabel *label(const char *name) const;
    SyncStatus synced() const;

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

SyncStatus TestMainWindow::synced() const
{
    SyncStatus status;
    status.state = SyncStatus::State::Synced;
    status.lastSyncedAt = m_clock->utcNow();
    return status;
}

void TestMainWindow::showsTheActivities()
{
    m_model->setActivities(
        {makeActivity(1, QStringLiteral("App für den Außendienst"), QStringLiteral("Design & UX"),
                      QStringLiteral("Wireframes Angebot"), 5400),
         makeActivity(2, QStringLiteral("Interne Meetings"), QStringLiteral("Abstimmung"),
                      QStringLiteral("Weekly"), 2700)});
    m_window->setSyncStatus(synced());

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
    m_window->setSyncStatus(synced());
    const QModelIndex duration = m_model->index(0, ActivityListModel::DurationColumn);
    QCOMPARE(duration.data().toString(), QStringLiteral("● 1:07:42"));
    QCOMPARE(label("totalLabel")->text(), QStringLiteral("Logged 1:07"));

    m_clock->advance(3min);
    QCOMPARE(duration.data().toString(), QStringLiteral("● 1:10:42"));
    QCOMPARE(label("totalLabel")->text(), QStringLiteral("Logged 1:10"));
}

void TestMainWindow::emptyStateExplainsItself_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("everSynced");
    QTest::addColumn<QString>("expected");
    QTest::newRow("still loading")
        << int(SyncStatus::State::Syncing) << false << QStringLiteral("Loading the activities");
    QTest::newRow("nothing logged today")
        << int(SyncStatus::State::Synced) << true << QStringLiteral("Nothing logged today yet");
    QTest::newRow("loading failed")
        << int(SyncStatus::State::Failed) << false << QStringLiteral("could not be loaded");
}

void TestMainWindow::emptyStateExplainsItself()
{
    QFETCH(int, state);
    QFETCH(bool, everSynced);
    QFETCH(QString, expected);
    SyncStatus status;
    status.state = SyncStatus::State(state);
    if (everSynced)
        status.lastSyncedAt = m_clock->utcNow();
    if (status.state == SyncStatus::State::Failed)
        status.error = ApiError::make(ApiError::Kind::Server, {}, 500);
    m_window->setSyncStatus(status);

    QVERIFY(m_window->isShowingEmptyState());
    QVERIFY(!activityView()->isVisible());
    QVERIFY2(m_window->emptyStateText().contains(expected), qPrintable(m_window->emptyStateText()));
    if (status.state == SyncStatus::State::Failed) {
        QVERIFY(m_window->emptyStateText().contains(ApiErrorText::message(status.error)));
        QVERIFY(m_window->emptyStateText().contains(QStringLiteral("F5")));
    }

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
    QTest::addColumn<SyncStatus>("status");
    QTest::addColumn<QString>("text");

    SyncStatus status;
    status.state = SyncStatus::State::Synced;
    status.lastSyncedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 58, 12)).toUTC();
    QTest::newRow("synced") << status << QStringLiteral("Synced 09:58");

    status.state = SyncStatus::State::Syncing;
    status.pagesDone = 2;
    status.pagesTotal = 5;
    QTest::newRow("syncing") << status << QStringLiteral("Syncing (page 3 of 5)");

    status.rateLimitedUntil = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 5)).toUTC();
    QTest::newRow("rate limit") << status << QStringLiteral("Waiting for MOCO's rate limit (5 s)");

    status.rateLimitedUntil = {};
    status.state = SyncStatus::State::Failed;
    status.error = ApiError::make(ApiError::Kind::Network);
    QTest::newRow("error") << status << ApiErrorText::message(status.error);
}

void TestMainWindow::statusBarTellsTheSyncState()
{
    QFETCH(SyncStatus, status);
    QFETCH(QString, text);
    m_window->setSyncStatus(status);
    QCOMPARE(m_window->statusText(), text);
    auto *statusLabel = m_window->findChild<QLabel *>(QStringLiteral("syncStatusText"));
    QVERIFY(statusLabel->isVisible());
    QCOMPARE(statusLabel->text(), text);
}

void TestMainWindow::rateLimitCountdownFollowsTheClock()
{
    SyncStatus status;
    status.state = SyncStatus::State::Syncing;
    status.rateLimitedUntil = m_clock->utcNow().addSecs(5);
    m_window->setSyncStatus(status);
    QCOMPARE(m_window->statusText(), QStringLiteral("Waiting for MOCO's rate limit (5 s)"));
    m_clock->advance(2s);
    QCOMPARE(m_window->statusText(), QStringLiteral("Waiting for MOCO's rate limit (3 s)"));
    m_clock->advance(3s);
    QCOMPARE(m_window->statusText(), QStringLiteral("Syncing…"));
}

void TestMainWindow::f5AsksForARefreshAndCtrlQForQuit()
{
    QSignalSpy refresh(m_window, &MainWindow::refreshRequested);
    QSignalSpy quit(m_window, &MainWindow::quitRequested);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
