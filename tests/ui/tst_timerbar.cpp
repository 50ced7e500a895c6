// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectTaskPicker.h"
#include "TimerBar.h"
#include "core/actions/ActivityActions.h"
#include "core/api/ApiClient.h"
#include "core/models/ProjectsModel.h"
#include "core/services/SystemClock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/ProjectCache.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/SyncService.h"
#include "core/sync/TimerService.h"
#include "support/FakeClock.h"
#include "support/FakeServerProcess.h"
#include "support/TestApi.h"
#include "support/TestProjects.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

#include <memory>

using namespace std::chrono_literals;

namespace {
using TestProjects::project;
using TestProjects::task;

QAbstractButton *buttonNamed(QWidget *root, const QString &accessibleName)
{
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->accessibleName() == accessibleName && button->isVisible())
            return button;
    }
    return nullptr;
}
} // namespace

// The timer bar over a real TimerService: first on a local store with a fake
// clock (states, elapsed text), then against the fake server over HTTP (what
// MOCO ends up with).
class TestTimerBar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void idleBarIsNamedForAssistiveTechnology();
    void startWithNothingPickedSaysWhyAndFocusesThePicker();
    void typeAheadThenEnterStartsATimer();
    void elapsedIsComputedFromTheStartTime();
    void stopButtonStopsAndTheBarTurnsIdle();
    void followsATimerStartedElsewhere();
    void tickRunsOnlyWhileVisibleAndRunning();
    void startAndStopReachTheServer();

private:
    QAbstractButton *button(const QString &accessibleName) const
    {
        return buttonNamed(m_bar, accessibleName);
    }
    QString labelText(const char *objectName) const;

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<QObject> m_root;
    FakeClock *m_clock = nullptr;
    LocalStore *m_store = nullptr;
    LocalChanges *m_changes = nullptr;
    TimerService *m_timer = nullptr;
    ActivityActions *m_actions = nullptr;
    ProjectsModel *m_projects = nullptr;
    TimerBar *m_bar = nullptr;
};

void TestTimerBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
}

void TestTimerBar::init()
{
    m_root = std::make_unique<QObject>();
    // Friday 27 November 2026, 10:00 on the machine's wall clock.
    m_clock = new FakeClock(QDateTime(QDate(2026, 11, 27), QTime(10, 0)).toUTC(), m_root.get());
    m_store =
        new LocalStore(m_dir.filePath(QStringLiteral("bar-%1.sqlite").arg(++m_run)), m_root.get());
    QVERIFY(m_store->open());
    QVERIFY(ProjectCache(m_store).replaceProjects(
        {project(1, QString(), QStringLiteral("Website Relaunch"), 10,
                 QStringLiteral("Müller & Söhne GmbH"), {task(11, QStringLiteral("Design"))}),
         project(2, QString(), QStringLiteral("Café-Kasse"), 20, QStringLiteral("Café Crème SARL"),
                 {task(21, QStringLiteral("Support"))})}));
    m_changes = new LocalChanges(m_store, m_clock, m_root.get());
    m_timer = new TimerService(m_store, m_changes, m_clock, m_root.get());
    m_projects = new ProjectsModel(m_root.get());
    m_projects->setProjects(ProjectCache(m_store).projects());
    m_actions = new ActivityActions(m_store, m_changes, m_timer, m_clock, m_root.get());
    m_bar = new TimerBar(m_actions, m_projects, m_clock);
    m_bar->resize(800, m_bar->sizeHint().height());
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar));
    m_bar->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_bar));
}

void TestTimerBar::cleanup()
{
    delete m_bar;
    m_bar = nullptr;
    m_root.reset();
}

QString TestTimerBar::labelText(const char *objectName) const
{
    auto *label = m_bar->findChild<QLabel *>(QString::fromLatin1(objectName));
    return label && label->isVisible() ? label->text() : QString();
}

void TestTimerBar::idleBarIsNamedForAssistiveTechnology()
{
    QVERIFY(!m_bar->isShowingRunning());
    QCOMPARE(m_bar->elapsedText(), QString());
    QAbstractButton *start = button(QStringLiteral("Start timer"));
    QVERIFY(start);
    QCOMPARE(QAccessible::queryAccessibleInterface(start)->text(QAccessible::Name),
             QStringLiteral("Start timer"));
    QVERIFY(!button(QStringLiteral("Stop timer"))); // only while running
    QLineEdit *description = m_bar->descriptionEdit();
    QCOMPARE(description->accessibleName(), QStringLiteral("Timer description"));
    QCOMPARE(description->placeholderText(), QStringLiteral("What are you working on?"));
    QVERIFY(m_bar->picker()->isVisible());
    QVERIFY(start->toolTip().contains(QStringLiteral("Ctrl+Shift+Space")));
    // The window's shortcut focuses the bar: that lands in the picker.
    m_bar->setFocus(Qt::ShortcutFocusReason);
    QCOMPARE(QApplication::focusWidget(), m_bar->picker()->lineEdit());
}

void TestTimerBar::startWithNothingPickedSaysWhyAndFocusesThePicker()
{
    QSignalSpy errors(m_bar, &TimerBar::errorOccurred);
    m_bar->descriptionEdit()->setFocus();
    QTest::keyClicks(m_bar->descriptionEdit(), QStringLiteral("Wireframes"));
    QTest::keyClick(m_bar->descriptionEdit(), Qt::Key_Return);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(),
             QStringLiteral("Choose a project and task to start a timer."));
    QCOMPARE(QApplication::focusWidget(), m_bar->picker()->lineEdit());
    QVERIFY(!m_timer->running());
    QVERIFY(!m_bar->isShowingRunning());
    // What was typed stays.
    QCOMPARE(m_bar->descriptionEdit()->text(), QStringLiteral("Wireframes"));
    QTest::mouseClick(button(QStringLiteral("Start timer")), Qt::LeftButton);
    QCOMPARE(errors.size(), 2);
}

void TestTimerBar::typeAheadThenEnterStartsATimer()
{
    QLineEdit *pickerLine = m_bar->picker()->lineEdit();
    pickerLine->setFocus();
    QTest::keyClicks(pickerLine, QStringLiteral("kasse"));
    QTest::keyClick(pickerLine, Qt::Key_Return);
    QCOMPARE(m_bar->picker()->current(), (ProjectTaskKey{2, 21}));
    // Straight on to the description.
    QCOMPARE(QApplication::focusWidget(), m_bar->descriptionEdit());
    QTest::keyClicks(m_bar->descriptionEdit(), QStringLiteral("Kassensturz Bug #412"));
    QSignalSpy running(m_timer, &TimerService::runningChanged);
    QTest::keyClick(m_bar->descriptionEdit(), Qt::Key_Return);
    QCOMPARE(running.size(), 1);

    const std::optional<LocalActivity> started = m_timer->running();
    QVERIFY(started);
    QCOMPARE(started->activity.project.id, qint64(2));
    QCOMPARE(started->activity.task.id, qint64(21));
    QCOMPARE(started->activity.description, QStringLiteral("Kassensturz Bug #412"));
    QCOMPARE(started->activity.date, QDate(2026, 11, 27));
    // Edit → Undo takes it back.
    QCOMPARE(m_actions->history()->undoText(),
             QStringLiteral("Start timer on “Kassensturz Bug #412”"));

    QVERIFY(m_bar->isShowingRunning());
    QCOMPARE(labelText("timerTitle"), QStringLiteral("Café-Kasse · Support"));
    QCOMPARE(labelText("timerDescriptionLabel"), QStringLiteral("Kassensturz Bug #412"));
    QCOMPARE(m_bar->elapsedText(), QStringLiteral("0:00:00"));
    QVERIFY(button(QStringLiteral("Stop timer")));
    QVERIFY(!button(QStringLiteral("Start timer")));
    // The keyboard user is on Stop now, not lost on a hidden field.
    QCOMPARE(QApplication::focusWidget(), button(QStringLiteral("Stop timer")));
    // The next start begins from a clean bar.
    QCOMPARE(m_bar->picker()->current(), (ProjectTaskKey{}));
    QCOMPARE(m_bar->descriptionEdit()->text(), QString());
}

void TestTimerBar::elapsedIsComputedFromTheStartTime()
{
    ActivityDraft draft;
    draft.date = QDate(2026, 11, 27);
    draft.projectId = 1;
    draft.taskId = 11;
    draft.seconds = 1800; // half an hour logged before the timer ran again
    draft.description = QStringLiteral("Wireframes");
    const qint64 localId = m_changes->createActivity(draft);
    QVERIFY(localId);
    QVERIFY(m_timer->start(localId));
    QVERIFY(m_bar->isShowingRunning());
    QCOMPARE(labelText("timerTitle"), QStringLiteral("Website Relaunch · Design"));
    QCOMPARE(m_bar->elapsedText(), QStringLiteral("0:30:00"));
    m_clock->advance(37min + 42s);
    QCOMPARE(m_bar->elapsedText(), QStringLiteral("1:07:42"));
    // Past midnight the timer keeps counting on its day.
    m_clock->advance(14h);
    QCOMPARE(m_bar->elapsedText(), QStringLiteral("15:07:42"));
}

void TestTimerBar::stopButtonStopsAndTheBarTurnsIdle()
{
    QVERIFY(m_timer->startNew({1, 11}, QStringLiteral("Review")));
    QVERIFY(m_bar->isShowingRunning());
    m_clock->advance(25min);
    QTest::mouseClick(button(QStringLiteral("Stop timer")), Qt::LeftButton);
    QVERIFY(!m_timer->running());
    QVERIFY(!m_bar->isShowingRunning());
    QCOMPARE(m_bar->elapsedText(), QString());
    QVERIFY(button(QStringLiteral("Start timer")));
    const QList<LocalActivity> today =
        ActivityCache(m_store).between(QDate(2026, 11, 27), QDate(2026, 11, 27));
    QCOMPARE(today.size(), 1);
    QVERIFY(!today.first().activity.isRunning());
    QCOMPARE(today.first().activity.seconds, qint64(25 * 60));
}

void TestTimerBar::followsATimerStartedElsewhere()
{
    // The tray, the day view or a sync change the timer; the bar follows.
    QVERIFY(m_timer->startNew({2, 21}, QString()));
    QVERIFY(m_bar->isShowingRunning());
    QCOMPARE(labelText("timerTitle"), QStringLiteral("Café-Kasse · Support"));
    QCOMPARE(labelText("timerDescriptionLabel"), QString()); // no empty quote
    QVERIFY(m_timer->startNew({1, 11}, QStringLiteral("Design review")));
    QCOMPARE(labelText("timerTitle"), QStringLiteral("Website Relaunch · Design"));
    QCOMPARE(labelText("timerDescriptionLabel"), QStringLiteral("Design review"));
    QVERIFY(m_timer->stop());
    QVERIFY(!m_bar->isShowingRunning());
}

void TestTimerBar::tickRunsOnlyWhileVisibleAndRunning()
{
    auto *tick = m_bar->findChild<QTimer *>();
    QVERIFY(tick);
    QVERIFY(!tick->isActive()); // idle: nothing to repaint
    QVERIFY(m_timer->startNew({1, 11}, QString()));
    QVERIFY(tick->isActive());
    m_bar->hide();
    QVERIFY(!tick->isActive());
    m_bar->show();
    QVERIFY(tick->isActive());
    QVERIFY(m_timer->stop());
    QVERIFY(!tick->isActive());
}

void TestTimerBar::startAndStopReachTheServer()
{
    FakeServerProcess server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    QVERIFY(server.start());
    SystemClock clock;
    ApiClient api(&clock);
    TestApi::useDemoAccount(&api, server);

    AccountDataLayer layer(m_dir.filePath(QStringLiteral("server.sqlite")), &api, &clock,
                           FakeServerProcess::demoUserId);
    QSignalSpy synced(layer.sync(), &SyncService::finished);
    QVERIFY(layer.start());
    QVERIFY(synced.wait(20000));
    QVERIFY(synced.first().first().toBool());

    ProjectsModel projects;
    projects.setProjects(ProjectCache(layer.store()).projects());
    TimerService timer(layer.store(), layer.changes(), &clock);
    timer.setUserId(FakeServerProcess::demoUserId);
    connect(&layer, &AccountDataLayer::storeChanged, &timer, &TimerService::reload);
    ActivityActions actions(layer.store(), layer.changes(), &timer, &clock);
    TimerBar bar(&actions, &projects, &clock);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    if (bar.isShowingRunning()) { // the seeded data may have one running
        QTest::mouseClick(buttonNamed(&bar, QStringLiteral("Stop timer")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(layer.store()).waitingCount(), 0, 10000);
    }
    QVERIFY(!bar.isShowingRunning());

    const ProjectTaskKey key{3100000101, 3200000001};
    QVERIFY(projects.indexOf(key).isValid());
    bar.picker()->setCurrent(key);
    const QString description =
        QStringLiteral("timer bar %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QTest::keyClicks(bar.descriptionEdit(), description);
    QTest::mouseClick(buttonNamed(&bar, QStringLiteral("Start timer")), Qt::LeftButton);
    QVERIFY(bar.isShowingRunning());
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(layer.store()).waitingCount(), 0, 10000);

    const auto onServer = [&server, &description]() -> std::optional<QJsonObject> {
        const QJsonDocument state = server.control(
            "GET",
            QStringLiteral("/state/activities?user_id=%1").arg(FakeServerProcess::demoUserId));
        for (const QJsonValue &value :
             state.object().value(QStringLiteral("activities")).toArray()) {
            if (value.toObject().value(QStringLiteral("description")).toString() == description)
                return value.toObject();
        }
        return std::nullopt;
    };
    std::optional<QJsonObject> activity = onServer();
    QVERIFY(activity);
    QCOMPARE(activity->value(QStringLiteral("project")).toObject().value(QStringLiteral("id")),
             QJsonValue(qint64(3100000101)));
    QVERIFY(!activity->value(QStringLiteral("timer_started_at")).isNull());
    QVERIFY(bar.isShowingRunning()); // still, after the server answered

    QTest::mouseClick(buttonNamed(&bar, QStringLiteral("Stop timer")), Qt::LeftButton);
    QVERIFY(!bar.isShowingRunning());
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(layer.store()).waitingCount(), 0, 10000);
    activity = onServer();
    QVERIFY(activity);
    QVERIFY(activity->value(QStringLiteral("timer_started_at")).isNull());
    QVERIFY(!bar.isShowingRunning());
}

QTEST_MAIN(TestTimerBar)
#include "tst_timerbar.moc"
