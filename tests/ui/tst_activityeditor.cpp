// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityEditor.h"
#include "DurationEdit.h"
#include "ProjectTaskPicker.h"
#include "core/api/ApiClient.h"
#include "core/models/ProjectsModel.h"
#include "core/services/SystemClock.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/Outbox.h"
#include "core/storage/ProjectCache.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/SyncService.h"
#include "support/FakeServerProcess.h"
#include "support/TestApi.h"
#include "support/TestProjects.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {
using TestProjects::project;
using TestProjects::task;

QList<Project> sampleProjects()
{
    return {
        project(
            1, QStringLiteral("P-1042"), QStringLiteral("Website Relaunch"), 10,
            QStringLiteral("Müller & Söhne GmbH"),
            {task(12, QStringLiteral("Design"), true), task(11, QStringLiteral("Beratung"), true)}),
        project(2, QString(), QStringLiteral("Kassensystem"), 20, QStringLiteral("Café Kränzchen"),
                {task(21, QStringLiteral("Interne Pflege"), false)}),
    };
}

LocalActivity sampleRecord()
{
    LocalActivity record;
    record.localId = 5;
    record.activity.id = 777;
    record.activity.date = QDate(2026, 11, 24);
    record.activity.project =
        ProjectRef{1, QStringLiteral("P-1042"), QStringLiteral("Website Relaunch"), true};
    record.activity.task = TaskRef{12, QStringLiteral("Design"), true};
    record.activity.customer = CustomerRef{10, QStringLiteral("Müller & Söhne GmbH")};
    record.activity.seconds = 3636; // not whole minutes: must survive an unchanged save
    record.activity.description = QStringLiteral("Entwürfe");
    record.activity.billable = true;
    record.activity.tag = QStringLiteral("ux");
    return record;
}
} // namespace

Q_DECLARE_METATYPE(ProjectTaskKey)

// The activity editor and its duration field, offscreen; one round trip against the fake server.
class TestActivityEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void durationShowsTheParsedValue_data();
    void durationShowsTheParsedValue();
    void durationKeepsExactSecondsUntilEdited();
    void fieldsAreNamedForAssistiveTechnology();
    void createModeTypeAheadAndBillableDefault();
    void createModeRefusesIncompleteInput();
    void pickerKeysStayInsideTheDialog();
    void editModeChangesFieldsAndKeepsTheId();
    void billedActivityIsReadOnly();
    void serverMessagesAppearUnderTheirFields();
    void runningActivityKeepsDateAndDuration();
    void projectThatIsNoLongerBookableIsKept();
    void createdAndEditedOnTheServer();

private:
    QWidget *keyTarget(QWidget *fallback) const
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        return fallback;
    }
    void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(keyTarget(widget), c.toLatin1());
    }
    template<typename T>
    T *field(const char *name) const
    {
        return m_editor->findChild<T *>(QLatin1String(name));
    }
    ProjectTaskPicker *picker() const { return field<ProjectTaskPicker>("projectPicker"); }
    QComboBox *taskCombo() const { return field<QComboBox>("taskCombo"); }
    DurationEdit *duration() const { return field<DurationEdit>("durationEdit"); }
    void clickSave() { QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton); }

    ProjectsModel *m_projects = nullptr;
    ActivityEditor *m_editor = nullptr;
};

void TestActivityEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestActivityEditor::init()
{
    m_projects = new ProjectsModel;
    m_projects->setProjects(sampleProjects());
    m_editor = new ActivityEditor(m_projects);
    m_editor->setNewActivity(QDate(2026, 11, 26));
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    // Typing goes to the focus widget of the active window (the completer popup needs it).
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
}

void TestActivityEditor::cleanup()
{
    delete m_editor;
    delete m_projects;
}

void TestActivityEditor::durationShowsTheParsedValue_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<bool>("error");
    QTest::newRow("1h30") << "1h30"
                          << "= 1 h 30 min" << false;
    QTest::newRow("1,5") << "1,5"
                         << "= 1 h 30 min" << false;
    QTest::newRow("90") << "90"
                        << "= 1 h 30 min" << false;
    QTest::newRow("abc") << "abc"
                         << "" << true;
    QTest::newRow("25h") << "25h"
                         << "" << true;
    QTest::newRow("empty") << ""
                           << "" << false;
}

void TestActivityEditor::durationShowsTheParsedValue()
{
    QFETCH(QString, input);
    QFETCH(QString, hint);
    QFETCH(bool, error);
    DurationEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy changed(&edit, &DurationEdit::secondsChanged);
    QTest::keyClicks(edit.lineEdit(), input);
    QCOMPARE(changed.count(), input.size());
    QCOMPARE(edit.hintText(), hint);
    QCOMPARE(edit.errorLabel()->isVisible(), error);
    QCOMPARE(edit.errorText().isEmpty(), !error);
    QCOMPARE(edit.isValid(), !error && !input.isEmpty());
    // The hint is read out by its text and described as what it is.
    QVERIFY(edit.hintLabel()->accessibleName().isEmpty());
    QCOMPARE(edit.hintLabel()->accessibleDescription(), QStringLiteral("Parsed duration"));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(edit.hintLabel());
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), hint);
    // Empty is not an error while typing, but it is on validate().
    if (input.isEmpty()) {
        QVERIFY(!edit.validate());
        QVERIFY(edit.errorLabel()->isVisible());
        edit.setAllowEmpty(true);
        QVERIFY(edit.validate());
        QVERIFY(!edit.errorLabel()->isVisible());
    }
}

void TestActivityEditor::durationKeepsExactSecondsUntilEdited()
{
    DurationEdit edit;
    edit.setSeconds(5400);
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("1:30"));
    edit.setSeconds(3636);
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("1:01"));
    QCOMPARE(edit.seconds(), std::optional<qint64>(3636));
    QCOMPARE(edit.hintText(), QStringLiteral("= 1 h 36 s"));
    edit.lineEdit()->setText(QStringLiteral("1:02"));
    QCOMPARE(edit.seconds(), std::optional<qint64>(3720));
}

void TestActivityEditor::fieldsAreNamedForAssistiveTechnology()
{
    m_editor->setActivity(sampleRecord()); // edit mode: Delete is there too
    const QList<QWidget *> widgets = m_editor->findChildren<QWidget *>();
    const auto named = [&widgets](const QString &name) {
        return std::count_if(widgets.begin(), widgets.end(), [&name](const QWidget *w) {
            return w->accessibleName() == name && w->isVisible();
        });
    };
    for (const char *name :
         {"Date", "Task", "Duration", "Description", "Billable", "Tag", "Save", "Delete", "Cancel"})
        QVERIFY2(named(QLatin1String(name)) == 1, name);
    // The project/task picker and its line edit both carry the name.
    QCOMPARE(named(QStringLiteral("Project")), 2);
    QCOMPARE(picker()->accessibleName(), QStringLiteral("Project"));
    QCOMPARE(picker()->lineEdit()->accessibleName(), QStringLiteral("Project"));
    QCOMPARE(picker()->popup()->accessibleName(), QStringLiteral("Matching projects and tasks"));
    QCOMPARE(duration()->lineEdit()->accessibleName(), QStringLiteral("Duration"));
}

void TestActivityEditor::createModeTypeAheadAndBillableDefault()
{
    QSignalSpy saved(m_editor, &ActivityEditor::saveRequested);
    QVERIFY(m_editor->isNew());
    QCOMPARE(m_editor->localId(), 0);
    QCOMPARE(QApplication::focusWidget(), picker()->lineEdit()); // nothing picked yet
    type(picker()->lineEdit(), QStringLiteral("cafe"));
    QTRY_VERIFY(QApplication::activePopupWidget());
    QTest::keyClick(keyTarget(picker()->lineEdit()), Qt::Key_Return);
    QCOMPARE(m_editor->currentKey(), (ProjectTaskKey{2, 21})); // the only task is preselected
    QVERIFY(!field<QCheckBox>("billableCheck")->isChecked());  // from the task
    // Enter chose the project; it did not press Save (which would complain about the duration).
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_editor->errorText(QStringLiteral("duration")).isEmpty());
    QCOMPARE(picker()->lineEdit()->text(), QStringLiteral("Kassensystem · Interne Pflege"));
    QCOMPARE(taskCombo()->currentText(), QStringLiteral("Interne Pflege"));
    // The pick named the task as well: on to the duration.
    QVERIFY(duration()->isAncestorOf(QApplication::focusWidget()));

    // Another project: its tasks replace the list, billable follows the chosen task.
    m_editor->setNewActivity(QDate(2026, 11, 26), {1, 12});
    QCOMPARE(taskCombo()->count(), 2);
    QCOMPARE(taskCombo()->currentText(), QStringLiteral("Design"));
    QVERIFY(field<QCheckBox>("billableCheck")->isChecked());

    type(duration()->lineEdit(), QStringLiteral("1h30"));
    QCOMPARE(duration()->hintText(), QStringLiteral("= 1 h 30 min"));
    field<QPlainTextEdit>("descriptionEdit")->setPlainText(QStringLiteral("Wireframes"));
    field<QLineEdit>("tagEdit")->setText(QStringLiteral("ux"));
    field<QCheckBox>("billableCheck")->setChecked(false);
    clickSave();
    QCOMPARE(saved.count(), 1);
    const ActivityDraft draft = m_editor->draft();
    QCOMPARE(draft.date, QDate(2026, 11, 26));
    QCOMPARE(draft.projectId, 1);
    QCOMPARE(draft.taskId, 12);
    QCOMPARE(draft.seconds, 5400);
    QCOMPARE(draft.description, QStringLiteral("Wireframes"));
    QCOMPARE(draft.billable, std::optional<bool>(false));
    QCOMPARE(draft.tag, QStringLiteral("ux"));
}

void TestActivityEditor::createModeRefusesIncompleteInput()
{
    QSignalSpy saved(m_editor, &ActivityEditor::saveRequested);
    clickSave();
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_editor->errorText(QStringLiteral("project")),
             QStringLiteral("Choose a project from the list."));
    QVERIFY(field<QLabel>("projectError")->isVisible());
    QVERIFY(!m_editor->errorText(QStringLiteral("duration")).isEmpty());

    // Typed text that was never chosen is not a project.
    type(picker()->lineEdit(), QStringLiteral("nothing like this"));
    clickSave();
    QVERIFY(!m_editor->errorText(QStringLiteral("project")).isEmpty());

    // Whether a new 0:00 activity may be saved is ActivityActions' rule
    // (tst_activityactions); the editor shows its refusal on the duration.
    m_editor->setNewActivity(QDate(2026, 11, 26), {1, 11});
    m_editor->setFieldErrors(
        {{QStringLiteral("seconds"), {QStringLiteral("Enter more than 0:00.")}}});
    QCOMPARE(m_editor->errorText(QStringLiteral("duration")),
             QStringLiteral("Enter more than 0:00."));
    duration()->lineEdit()->clear();
    type(duration()->lineEdit(), QStringLiteral("abc"));
    QVERIFY(duration()->errorLabel()->isVisible());
    duration()->lineEdit()->clear();
    type(duration()->lineEdit(), QStringLiteral("0:45"));
    QVERIFY(!duration()->errorLabel()->isVisible());
    clickSave();
    QCOMPARE(saved.count(), 1);
}

void TestActivityEditor::pickerKeysStayInsideTheDialog()
{
    QSignalSpy saved(m_editor, &ActivityEditor::saveRequested);
    QSignalSpy starred(m_editor, &ActivityEditor::favoriteToggled);
    m_editor->setNewActivity(QDate(2026, 11, 26), {1, 12});
    QLineEdit *line = picker()->lineEdit();
    line->setFocus();
    line->selectAll();
    type(line, QStringLiteral("mull"));
    QTRY_VERIFY(picker()->isPopupVisible());
    QTest::keyClick(keyTarget(line), Qt::Key_Down);
    QCOMPARE(picker()->popup()->currentIndex().data().toString(),
             QStringLiteral("Website Relaunch · Design"));
    // Ctrl+S stars the highlighted pair; the owner persists it.
    QTest::keyClick(keyTarget(line), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(starred.count(), 1);
    QCOMPARE(starred.first().first().value<ProjectTaskKey>(), (ProjectTaskKey{1, 12}));
    // Esc closes the popup, puts the pick back and leaves the dialog open.
    QTest::keyClick(keyTarget(line), Qt::Key_Escape);
    QVERIFY(!picker()->isPopupVisible());
    QVERIFY(m_editor->isVisible());
    QCOMPARE(line->text(), QStringLiteral("Website Relaunch · Design"));
    QCOMPARE(m_editor->currentKey(), (ProjectTaskKey{1, 12}));
    // Up/Down move, Enter picks: nothing is saved and the dialog stays.
    line->selectAll();
    type(line, QStringLiteral("mull"));
    QTest::keyClick(keyTarget(line), Qt::Key_Down);
    QTest::keyClick(keyTarget(line), Qt::Key_Up);
    QTest::keyClick(keyTarget(line), Qt::Key_Return);
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_editor->isVisible());
    QCOMPARE(m_editor->currentKey(), (ProjectTaskKey{1, 11}));
    QCOMPARE(taskCombo()->currentText(), QStringLiteral("Beratung"));
}

void TestActivityEditor::editModeChangesFieldsAndKeepsTheId()
{
    QSignalSpy saved(m_editor, &ActivityEditor::saveRequested);
    QSignalSpy deleted(m_editor, &ActivityEditor::deleteRequested);
    const LocalActivity record = sampleRecord();
    m_editor->setActivity(record);
    QVERIFY(!m_editor->isNew());
    QCOMPARE(m_editor->localId(), 5);
    QCOMPARE(picker()->lineEdit()->text(), QStringLiteral("Website Relaunch · Design"));
    QCOMPARE(taskCombo()->currentText(), QStringLiteral("Design"));
    QCOMPARE(duration()->lineEdit()->text(), QStringLiteral("1:01"));
    // Saved unchanged: the activity comes back as it was.
    QCOMPARE(m_editor->edited(), record.activity);

    taskCombo()->setCurrentIndex(taskCombo()->findText(QStringLiteral("Beratung")));
    QVERIFY(field<QCheckBox>("billableCheck")->isChecked()); // an edit keeps its billable
    // The picker follows the task list.
    QCOMPARE(picker()->lineEdit()->text(), QStringLiteral("Website Relaunch · Beratung"));
    QCOMPARE(picker()->current(), (ProjectTaskKey{1, 11}));
    duration()->lineEdit()->clear();
    type(duration()->lineEdit(), QStringLiteral("0")); // 0 is fine for an existing activity
    field<QPlainTextEdit>("descriptionEdit")->setPlainText(QStringLiteral("Beratung vor Ort"));
    clickSave();
    QCOMPARE(saved.count(), 1);
    const Activity edited = m_editor->edited();
    QCOMPARE(edited.id, 777);
    QCOMPARE(edited.task.id, 11);
    QCOMPARE(edited.task.name, QStringLiteral("Beratung"));
    QCOMPARE(edited.project.id, 1);
    QCOMPARE(edited.seconds, 0);
    QCOMPARE(edited.description, QStringLiteral("Beratung vor Ort"));
    QCOMPARE(edited.tag, QStringLiteral("ux"));

    // The other project, picked by typing: ids and names follow.
    picker()->lineEdit()->setFocus();
    picker()->lineEdit()->selectAll();
    type(picker()->lineEdit(), QStringLiteral("kasse"));
    QTest::keyClick(keyTarget(picker()->lineEdit()), Qt::Key_Return);
    QCOMPARE(m_editor->currentKey(), (ProjectTaskKey{2, 21}));
    QCOMPARE(m_editor->edited().project.name, QStringLiteral("Kassensystem"));
    QCOMPARE(m_editor->edited().task.id, 21);
    QCOMPARE(m_editor->edited().customer->name, QStringLiteral("Café Kränzchen"));

    QTest::mouseClick(field<QPushButton>("deleteButton"), Qt::LeftButton);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.first().first().toLongLong(), 5);
}

void TestActivityEditor::billedActivityIsReadOnly()
{
    LocalActivity record = sampleRecord();
    record.activity.billed = true;
    m_editor->setActivity(record);
    QVERIFY(m_editor->isReadOnly());
    QVERIFY(!field<QPushButton>("saveButton")->isVisible());
    QVERIFY(!field<QPushButton>("deleteButton")->isVisible());
    QLabel *notice = field<QLabel>("noticeLabel");
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("Billed: this activity can no longer be changed."));
    QVERIFY(field<QPlainTextEdit>("descriptionEdit")->isReadOnly());
    QVERIFY(duration()->lineEdit()->isReadOnly());
    QVERIFY(!picker()->isEnabled());
    QVERIFY(!taskCombo()->isEnabled());
    QVERIFY(!field<QCheckBox>("billableCheck")->isEnabled());
    QVERIFY(field<QLineEdit>("tagEdit")->isReadOnly());

    // The next activity opened in the same dialog is editable again.
    m_editor->setActivity(sampleRecord());
    QVERIFY(!m_editor->isReadOnly());
    QVERIFY(field<QPushButton>("saveButton")->isVisible());
    QVERIFY(!notice->isVisible());
}

void TestActivityEditor::serverMessagesAppearUnderTheirFields()
{
    m_editor->setActivity(sampleRecord());
    m_editor->setFieldErrors({{QStringLiteral("description"), {QStringLiteral("ist zu lang")}},
                              {QStringLiteral("base"), {QStringLiteral("Leistung gesperrt")}},
                              {QStringLiteral("task_id"), {QStringLiteral("ist nicht gültig")}},
                              {QStringLiteral("seconds"), {QStringLiteral("ist ungültig")}}});
    QLabel *description = field<QLabel>("descriptionError");
    QVERIFY(description->isVisible());
    QCOMPARE(description->text(), QStringLiteral("ist zu lang"));
    QCOMPARE(m_editor->errorText(QStringLiteral("description")), QStringLiteral("ist zu lang"));
    QCOMPARE(m_editor->errorText(QStringLiteral("task")), QStringLiteral("ist nicht gültig"));
    QCOMPARE(m_editor->errorText(QStringLiteral("duration")), QStringLiteral("ist ungültig"));
    QCOMPARE(m_editor->errorText(QStringLiteral("general")), QStringLiteral("Leistung gesperrt"));
    QVERIFY(m_editor->errorText(QStringLiteral("project")).isEmpty());
    // Under the description field: the row right below it in the form.
    QFormLayout *form = m_editor->findChild<QFormLayout *>(QStringLiteral("formLayout"));
    int fieldRow = -1;
    int errorRow = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(field<QPlainTextEdit>("descriptionEdit"), &fieldRow, &role);
    form->getWidgetPosition(description, &errorRow, &role);
    QCOMPARE(errorRow, fieldRow + 1);
    // The general line sits at the bottom, above the buttons.
    QLabel *general = field<QLabel>("generalError");
    QVERIFY(general->isVisible());
    QVERIFY(general->geometry().top() > description->geometry().bottom());
    QVERIFY(general->geometry().bottom() <= field<QPushButton>("saveButton")->geometry().top());

    // Typing in the field clears its message; a refused record shows its plain message.
    field<QPlainTextEdit>("descriptionEdit")->setPlainText(QStringLiteral("kürzer"));
    QVERIFY(!description->isVisible());
    LocalActivity refused = sampleRecord();
    refused.needsAttention = true;
    refused.errorMessage = QStringLiteral("Projekt ist archiviert");
    m_editor->setActivity(refused);
    QCOMPARE(m_editor->errorText(QStringLiteral("general")),
             QStringLiteral("Projekt ist archiviert"));
    QVERIFY(m_editor->errorText(QStringLiteral("description")).isEmpty());

    // The outbox keeps the 422's field map with the record: shown field by field.
    refused.fieldErrors = {{QStringLiteral("project_id"), {QStringLiteral("ist nicht gültig")}}};
    m_editor->setActivity(refused);
    QCOMPARE(m_editor->errorText(QStringLiteral("project")), QStringLiteral("ist nicht gültig"));
    QVERIFY(m_editor->errorText(QStringLiteral("general")).isEmpty());
}

void TestActivityEditor::runningActivityKeepsDateAndDuration()
{
    LocalActivity record = sampleRecord();
    record.activity.timerStartedAt = QDateTime::currentDateTimeUtc();
    m_editor->setActivity(record);
    QVERIFY(!m_editor->isReadOnly());
    QVERIFY(duration()->lineEdit()->isReadOnly());
    QVERIFY(field<QDateEdit>("dateEdit")->isReadOnly());
    QVERIFY(field<QLabel>("noticeLabel")->isVisible());
    QVERIFY(!field<QPlainTextEdit>("descriptionEdit")->isReadOnly());
}

void TestActivityEditor::projectThatIsNoLongerBookableIsKept()
{
    LocalActivity record = sampleRecord();
    record.activity.project = ProjectRef{9, QStringLiteral("A-9"), QStringLiteral("Archiv"), true};
    record.activity.task = TaskRef{91, QStringLiteral("Altlast"), false};
    m_editor->setActivity(record);
    QCOMPARE(m_editor->currentKey(), (ProjectTaskKey{9, 91}));
    QCOMPARE(taskCombo()->currentText(), QStringLiteral("Altlast"));
    QCOMPARE(picker()->lineEdit()->text(), QStringLiteral("Archiv · Altlast"));
    // A sync while the dialog is open keeps it too.
    m_projects->setProjects(sampleProjects());
    QCOMPARE(m_editor->currentKey(), (ProjectTaskKey{9, 91}));
    QCOMPARE(picker()->lineEdit()->text(), QStringLiteral("Archiv · Altlast"));
    field<QPlainTextEdit>("descriptionEdit")->setPlainText(QStringLiteral("nachgetragen"));
    const Activity edited = m_editor->edited();
    QCOMPARE(edited.project, record.activity.project);
    QCOMPARE(edited.task, record.activity.task);
}

void TestActivityEditor::createdAndEditedOnTheServer()
{
    FakeServerProcess server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    QVERIFY(server.start());
    SystemClock clock;
    ApiClient api(&clock);
    TestApi::useDemoAccount(&api, server);
    QTemporaryDir dir;
    AccountDataLayer layer(dir.filePath(QStringLiteral("account.sqlite")), &api, &clock,
                           FakeServerProcess::demoUserId);
    QSignalSpy synced(layer.sync(), &SyncService::finished);
    QVERIFY(layer.start());
    QVERIFY(synced.wait(20000));

    ProjectsModel projects;
    projects.setProjects(ProjectCache(layer.store()).projects());
    ActivityEditor editor(&projects);
    qint64 localId = 0;
    connect(&editor, &ActivityEditor::saveRequested, &editor, [&] {
        localId = editor.isNew()
                      ? layer.changes()->createActivity(editor.draft())
                      : (layer.changes()->updateActivity(editor.localId(), editor.edited())
                             ? editor.localId()
                             : 0);
    });
    const QDate day = QDate::currentDate().addDays(-1);
    editor.setNewActivity(day, {3100000101, 3200000001});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.currentKey(), (ProjectTaskKey{3100000101, 3200000001}));
    auto *durationEdit = editor.findChild<DurationEdit *>(QStringLiteral("durationEdit"));
    QTest::keyClicks(durationEdit->lineEdit(), QStringLiteral("1:15"));
    editor.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("Editor round trip"));
    editor.findChild<QLineEdit *>(QStringLiteral("tagEdit"))->setText(QStringLiteral("qa"));
    const bool billable =
        editor.findChild<QCheckBox *>(QStringLiteral("billableCheck"))->isChecked();
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QVERIFY(localId != 0);
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(layer.store()).waitingCount(), 0, 10000);

    const auto onServer = [&server](const QString &description) {
        const QJsonArray all = server
                                   .control("GET", QStringLiteral("/state/activities?user_id=%1")
                                                       .arg(FakeServerProcess::demoUserId))
                                   .object()
                                   .value(QLatin1String("activities"))
                                   .toArray();
        for (const QJsonValue &value : all) {
            if (value[QLatin1String("description")].toString() == description)
                return value.toObject();
        }
        return QJsonObject();
    };
    QJsonObject created = onServer(QStringLiteral("Editor round trip"));
    QVERIFY(!created.isEmpty());
    QCOMPARE(created.value(QLatin1String("date")).toString(), day.toString(Qt::ISODate));
    QCOMPARE(created.value(QLatin1String("seconds")).toInteger(), 4500);
    QCOMPARE(created.value(QLatin1String("tag")).toString(), QStringLiteral("qa"));
    QCOMPARE(created.value(QLatin1String("billable")).toBool(), billable);
    QCOMPARE(created[QLatin1String("project")][QLatin1String("id")].toInteger(), 3100000101);
    QCOMPARE(created[QLatin1String("task")][QLatin1String("id")].toInteger(), 3200000001);

    // Edit it: the change reaches the same record.
    const std::optional<LocalActivity> stored = ActivityCache(layer.store()).find(localId);
    QVERIFY(stored && stored->isOnServer());
    editor.setActivity(*stored);
    editor.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("Editor round trip, edited"));
    durationEdit->lineEdit()->clear();
    QTest::keyClicks(durationEdit->lineEdit(), QStringLiteral("2h"));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QCOMPARE(localId, stored->localId);
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(layer.store()).waitingCount(), 0, 10000);
    const QJsonObject changed = onServer(QStringLiteral("Editor round trip, edited"));
    QCOMPARE(changed.value(QLatin1String("id")).toInteger(),
             created.value(QLatin1String("id")).toInteger());
    QCOMPARE(changed.value(QLatin1String("seconds")).toInteger(), 7200);
}

QTEST_MAIN(TestActivityEditor)
#include "tst_activityeditor.moc"
