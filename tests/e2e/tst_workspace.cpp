// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityEditor.h"
#include "DayView.h"
#include "DurationEdit.h"
#include "MainWindow.h"
#include "ProjectTaskPicker.h"
#include "QuickAddBar.h"
#include "TimerBar.h"
#include "Workspace.h"
#include "core/actions/ActivityActions.h"
#include "core/api/ApiClient.h"
#include "core/models/ActivitiesModel.h"
#include "core/models/ProjectsModel.h"
#include "core/models/WeekGridModel.h"
#include "core/services/SystemClock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/Outbox.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/SyncService.h"
#include "core/sync/TimerService.h"
#include "support/FakeServerProcess.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

// A bookable project/task pair of the demo user on the fake server.
const ProjectTaskKey website{3100000101, 3200000001};

template<typename T>
T *named(QWidget *parent, const QString &accessibleName)
{
    const QList<T *> widgets = parent->findChildren<T *>();
    for (T *widget : widgets) {
        if (widget->accessibleName() == accessibleName && widget->isVisible())
            return widget;
    }
    return nullptr;
}

ActivityEditor *openEditor()
{
    const QList<QWidget *> widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *editor = qobject_cast<ActivityEditor *>(widget); editor && editor->isVisible())
            return editor;
    }
    return nullptr;
}

} // namespace

// The main window driven as a user would — quick add, the editor, delete and
// undo, the timer — with every change checked on the (fake) MOCO server.
class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void quickAddSavesOnTheServer();
    void editorChangesTheServer();
    void deleteAndUndo();
    void refusedEditComesBackWithTheMessageOnTheField();
    void timerStartsAndStopsOnTheServer();
    void continueFromYesterdayStartsToday();
    void timerStartedInTheWebAppAppearsAfterSync();

private:
    QJsonObject serverActivity(const QString &description);
    QList<QJsonObject> serverActivities(const QString &description);
    bool waitUntilDelivered();
    qint64 localIdOf(const QString &description) const;
    QDate today() const;

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<AccountDataLayer> m_data;
    std::unique_ptr<ActivitiesModel> m_day;
    std::unique_ptr<WeekGridModel> m_week;
    std::unique_ptr<ProjectsModel> m_projects;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_workspace;
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_server.start());
}

void TestWorkspace::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_api = std::make_unique<ApiClient>(&m_clock);
    m_api->setBaseUrl(m_server.apiBaseUrl());
    m_api->setApiKey(QString::fromLatin1(FakeServerProcess::demoApiKey));
    m_data =
        std::make_unique<AccountDataLayer>(m_dir->filePath(QStringLiteral("a.sqlite")), m_api.get(),
                                           &m_clock, FakeServerProcess::demoUserId);
    m_day = std::make_unique<ActivitiesModel>(&m_clock);
    m_week = std::make_unique<WeekGridModel>(&m_clock);
    m_projects = std::make_unique<ProjectsModel>();
    m_window = std::make_unique<MainWindow>(m_day.get(), m_week.get(), m_projects.get(), &m_clock);
    QSignalSpy synced(m_data->sync(), &SyncService::finished);
    QVERIFY(m_data->start());
    connect(m_data.get(), &AccountDataLayer::stateChanged, m_window.get(),
            &MainWindow::setSyncState);
    m_workspace = std::make_unique<Workspace>(
        m_data.get(), m_window.get(),
        PeriodFeed::Models{m_day.get(), m_week.get(), m_projects.get()}, &m_clock,
        FakeServerProcess::demoUserId, QStringLiteral("test"));
    m_window->setSyncState(m_data->state());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(synced.wait(20000));
    QVERIFY(m_projects->indexOf(website).isValid());
}

void TestWorkspace::cleanup()
{
    m_workspace.reset();
    m_window.reset();
    m_data.reset();
    m_api.reset();
    m_dir.reset();
}

QDate TestWorkspace::today() const
{
    return m_clock.today();
}

QList<QJsonObject> TestWorkspace::serverActivities(const QString &description)
{
    QList<QJsonObject> found;
    const QJsonArray all =
        m_server
            .control(
                "GET",
                QStringLiteral("/state/activities?user_id=%1").arg(FakeServerProcess::demoUserId))
            .object()
            .value(QStringLiteral("activities"))
            .toArray();
    for (const QJsonValue &value : all) {
        if (value[QStringLiteral("description")].toString() == description)
            found.append(value.toObject());
    }
    return found;
}

QJsonObject TestWorkspace::serverActivity(const QString &description)
{
    const QList<QJsonObject> found = serverActivities(description);
    return found.size() == 1 ? found.first() : QJsonObject();
}

bool TestWorkspace::waitUntilDelivered()
{
    return QTest::qWaitFor([this] { return Outbox(m_data->store()).waitingCount() == 0; }, 15000);
}

qint64 TestWorkspace::localIdOf(const QString &description) const
{
    const QList<LocalActivity> rows =
        ActivityCache(m_data->store()).between(today().addDays(-7), today());
    for (const LocalActivity &row : rows) {
        if (row.activity.description == description)
            return row.localId;
    }
    return 0;
}

void TestWorkspace::quickAddSavesOnTheServer()
{
    QuickAddBar *bar = m_window->dayView()->quickAddBar();
    bar->picker()->setCurrent(website);
    QTest::keyClicks(bar->descriptionEdit(), QStringLiteral("Quick one"));
    QTest::keyClicks(bar->durationEdit()->lineEdit(), QStringLiteral("1h30"));
    QTest::keyClick(bar->durationEdit()->lineEdit(), Qt::Key_Return);

    // On screen at once, on the server once delivered.
    QVERIFY(localIdOf(QStringLiteral("Quick one")) != 0);
    QVERIFY(bar->descriptionEdit()->text().isEmpty());
    QVERIFY(waitUntilDelivered());
    const QJsonObject created = serverActivity(QStringLiteral("Quick one"));
    QCOMPARE(created[QStringLiteral("seconds")].toInteger(), 5400);
    QCOMPARE(created[QStringLiteral("date")].toString(), today().toString(Qt::ISODate));
    QCOMPARE(created[QStringLiteral("task")][QStringLiteral("id")].toInteger(), website.taskId);
}

void TestWorkspace::editorChangesTheServer()
{
    // Ctrl+N opens the editor for a new activity.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    ActivityEditor *editor = openEditor();
    QVERIFY(editor);
    QVERIFY(editor->isNew());
    editor->setNewActivity(today(), website);
    QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Duration")), QStringLiteral("0:45"));
    auto *description = named<QWidget>(editor, QStringLiteral("Description"));
    QVERIFY(description);
    QTest::keyClicks(description, QStringLiteral("Written in the editor"));
    named<QAbstractButton>(editor, QStringLiteral("Save"))->click();
    QVERIFY(!openEditor());
    QVERIFY(waitUntilDelivered());
    QCOMPARE(serverActivity(QStringLiteral("Written in the editor"))[QStringLiteral("seconds")]
                 .toInteger(),
             2700);

    // Enter on the row edits it.
    const qint64 localId = localIdOf(QStringLiteral("Written in the editor"));
    m_window->dayView()->selectLocalId(localId);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->dayView()->focusList();
    QTest::keyClick(m_window->dayView()->activitiesView(), Qt::Key_Return);
    editor = openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->localId(), localId);
    QLineEdit *duration = named<QLineEdit>(editor, QStringLiteral("Duration"));
    QVERIFY(duration);
    duration->selectAll();
    QTest::keyClicks(duration, QStringLiteral("2h"));
    named<QAbstractButton>(editor, QStringLiteral("Save"))->click();
    QVERIFY(waitUntilDelivered());
    QCOMPARE(serverActivity(QStringLiteral("Written in the editor"))[QStringLiteral("seconds")]
                 .toInteger(),
             7200);
}

void TestWorkspace::deleteAndUndo()
{
    ActivityDraft draft;
    draft.date = today();
    draft.projectId = website.projectId;
    draft.taskId = website.taskId;
    draft.seconds = 1800;
    draft.description = QStringLiteral("Deleted by mistake");
    m_window->dayView()->quickAddRequested(draft);
    QVERIFY(waitUntilDelivered());
    QVERIFY(!serverActivity(QStringLiteral("Deleted by mistake")).isEmpty());

    m_window->dayView()->selectLocalId(localIdOf(QStringLiteral("Deleted by mistake")));
    m_window->dayView()->focusList();
    QTest::keyClick(m_window->dayView()->activitiesView(), Qt::Key_Delete);
    QVERIFY(waitUntilDelivered());
    QVERIFY(serverActivities(QStringLiteral("Deleted by mistake")).isEmpty());
    QVERIFY(m_window->undoText().contains(QStringLiteral("Deleted by mistake")));

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(waitUntilDelivered());
    const QJsonObject back = serverActivity(QStringLiteral("Deleted by mistake"));
    QCOMPARE(back[QStringLiteral("seconds")].toInteger(), 1800);
    QCOMPARE(back[QStringLiteral("task")][QStringLiteral("id")].toInteger(), website.taskId);
}

void TestWorkspace::refusedEditComesBackWithTheMessageOnTheField()
{
    ActivityDraft draft;
    draft.date = today();
    draft.projectId = website.projectId;
    draft.taskId = website.taskId;
    draft.seconds = 600;
    draft.description = QStringLiteral("To be refused");
    m_window->dayView()->quickAddRequested(draft);
    QVERIFY(waitUntilDelivered());

    // MOCO refuses the next change of an activity with a field message.
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{
                         {QStringLiteral("queue"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("status"), 422},
                              {QStringLiteral("method"), QStringLiteral("PUT")},
                              {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                              {QStringLiteral("body"),
                               QJsonObject{{QStringLiteral("description"),
                                            QJsonArray{QStringLiteral("ist zu lang")}}}}}}}}));
    const qint64 localId = localIdOf(QStringLiteral("To be refused"));
    m_window->dayView()->editRequested(localId);
    ActivityEditor *editor = openEditor();
    QVERIFY(editor);
    auto *description = named<QWidget>(editor, QStringLiteral("Description"));
    QTest::keyClick(description, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(description, QStringLiteral(" and changed"));
    named<QAbstractButton>(editor, QStringLiteral("Save"))->click();
    QVERIFY(!openEditor());

    // The editor comes back with MOCO's words under the description; what
    // the user typed is still there.
    QVERIFY(QTest::qWaitFor([] { return openEditor() != nullptr; }, 15000));
    editor = openEditor();
    QCOMPARE(editor->localId(), localId);
    QVERIFY2(
        editor->errorText(QStringLiteral("description")).contains(QStringLiteral("ist zu lang")),
        qPrintable(editor->errorText(QStringLiteral("description"))));
    QCOMPARE(editor->edited().description, QStringLiteral("To be refused and changed"));
    editor->close();
}

void TestWorkspace::timerStartsAndStopsOnTheServer()
{
    TimerBar *bar = m_window->timerBar();
    QVERIFY(bar);
    bar->picker()->setCurrent(website);
    QTest::keyClicks(bar->descriptionEdit(), QStringLiteral("Timed work"));
    named<QAbstractButton>(bar, QStringLiteral("Start timer"))->click();
    QVERIFY(bar->isShowingRunning());
    QVERIFY(waitUntilDelivered());
    QJsonObject running = serverActivity(QStringLiteral("Timed work"));
    QVERIFY(!running.isEmpty());
    QVERIFY(!running[QStringLiteral("timer_started_at")].isNull());

    named<QAbstractButton>(bar, QStringLiteral("Stop timer"))->click();
    QVERIFY(!bar->isShowingRunning());
    QVERIFY(waitUntilDelivered());
    running = serverActivity(QStringLiteral("Timed work"));
    QVERIFY(running[QStringLiteral("timer_started_at")].isNull());
    QCOMPARE(serverActivities(QStringLiteral("Timed work")).size(), 1);
}

void TestWorkspace::continueFromYesterdayStartsToday()
{
    ActivityDraft draft;
    draft.date = today().addDays(-1);
    draft.projectId = website.projectId;
    draft.taskId = website.taskId;
    draft.seconds = 3600;
    draft.description = QStringLiteral("Carried over");
    m_window->dayView()->quickAddRequested(draft);
    QVERIFY(waitUntilDelivered());

    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->period().date(), today().addDays(-1));
    m_window->dayView()->selectLocalId(localIdOf(QStringLiteral("Carried over")));
    QTest::keyClick(m_window.get(), Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(waitUntilDelivered());
    const QList<QJsonObject> both = serverActivities(QStringLiteral("Carried over"));
    QCOMPARE(both.size(), 2);
    for (const QJsonObject &activity : both) {
        if (activity[QStringLiteral("date")].toString() == today().toString(Qt::ISODate)) {
            QVERIFY(!activity[QStringLiteral("timer_started_at")].isNull());
            QCOMPARE(activity[QStringLiteral("task")][QStringLiteral("id")].toInteger(),
                     website.taskId);
        } else {
            QCOMPARE(activity[QStringLiteral("seconds")].toInteger(), 3600);
            QVERIFY(activity[QStringLiteral("timer_started_at")].isNull());
        }
    }
    QVERIFY(m_window->timerBar()->isShowingRunning());
}

void TestWorkspace::timerStartedInTheWebAppAppearsAfterSync()
{
    QVERIFY(!m_window->timerBar()->isShowingRunning());
    // Another client (the web app) starts a timer: a 0-second activity today.
    ApiClient other(&m_clock);
    other.setBaseUrl(m_server.apiBaseUrl());
    other.setApiKey(QString::fromLatin1(FakeServerProcess::demoApiKey));
    ActivityDraft draft;
    draft.date = today();
    draft.projectId = website.projectId;
    draft.taskId = website.taskId;
    draft.description = QStringLiteral("Started in the browser");
    bool created = false;
    other.createActivity(draft, this,
                         [&created](const ApiResult<Activity> &result) { created = result.ok(); });
    QVERIFY(QTest::qWaitFor([&created] { return created; }, 10000));

    QSignalSpy synced(m_data->sync(), &SyncService::finished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    m_data->sync()->syncNow();
    QVERIFY(synced.wait(15000));
    QVERIFY(QTest::qWaitFor([this] { return m_window->timerBar()->isShowingRunning(); }, 5000));
    QCOMPARE(m_workspace->actions()->timer()->running()->activity.description,
             QStringLiteral("Started in the browser"));
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
