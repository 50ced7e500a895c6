// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayView.h"
#include "DurationEdit.h"
#include "ProjectTaskPicker.h"
#include "QuickAddBar.h"
#include "core/models/ActivitiesModel.h"
#include "core/models/DayTreeModel.h"
#include "core/models/ItemDataRole.h"
#include "core/models/ProjectsModel.h"
#include "support/FakeClock.h"
#include "support/TestActivities.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace std::chrono_literals;

namespace {
using TestActivities::named;

// Friday 27 November 2026 is today in these tests.
const QDate today(2026, 11, 27);

QList<LocalActivity> activitiesOf(const QDate &date, const QDateTime &now)
{
    LocalActivity running =
        named(2, date, 2, QStringLiteral("Café Crème SARL"), QStringLiteral("Café-Kasse"),
              QStringLiteral("Support"), QStringLiteral("Kassensturz Bug #412"), 1800);
    running.activity.timerStartedAt = now.addSecs(-(37 * 60 + 42));
    LocalActivity billed = named(3, date, 3, QStringLiteral("Eigene Firma (intern)"),
                                 QStringLiteral("Interne Meetings"), QStringLiteral("Abstimmung"),
                                 QStringLiteral("Weekly"), 2700);
    billed.activity.billed = true;
    return {named(1, date, 1, QStringLiteral("Müller & Söhne GmbH"),
                  QStringLiteral("App für den Außendienst"), QStringLiteral("Design & UX"),
                  QStringLiteral("Wireframes Angebot"), 5400),
            running, billed};
}

QList<Project> projects()
{
    Project project;
    project.id = 42;
    project.identifier = QStringLiteral("P-42");
    project.name = QStringLiteral("Website Relaunch");
    project.active = true;
    project.billable = true;
    project.customer = CustomerRef{1, QStringLiteral("Müller & Söhne GmbH")};
    Task task;
    task.id = 4201;
    task.name = QStringLiteral("Design");
    task.active = true;
    task.billable = true;
    project.tasks = {task};
    return {project};
}

LocalPresence presence(const QDate &date, const QTime &from, std::optional<QTime> to)
{
    LocalPresence local;
    local.localId = 1;
    local.presence.date = date;
    local.presence.from = from;
    local.presence.to = to;
    return local;
}
} // namespace

class TestDayView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void activitiesAreGroupedByCustomer();
    void enterEditsAndDelDeletesTheSelectedRow();
    void doubleClickEdits();
    void f2EditsTheDurationInPlace();
    void billedRowsAreLockedAndSayWhy();
    void rowButtonsStartStopAndContinue();
    void rowMenuOffersTheActions();
    void aSyncKeepsSelectionScrollAndButtonsRight();
    void emptyStateExplainsWhatToDo_data();
    void emptyStateExplainsWhatToDo();
    void footerComparesLoggedWithPresence();
    void quickAddEnterAddsAndKeepsTheProject();
    void quickAddKeepsInvalidInput();
    void namedForAssistiveTechnology();

private:
    void showDay(const QDate &date);
    QTreeView *tree() const { return static_cast<QTreeView *>(m_view->activitiesView()); }
    QWidget *rowButtons(qint64 localId) const;
    QToolButton *timerButton(qint64 localId) const;
    QMenu *openRowMenu(qint64 localId);
    QStringList menuTexts(QMenu *menu) const;

    FakeClock *m_clock = nullptr;
    ActivitiesModel *m_activities = nullptr;
    ProjectsModel *m_projects = nullptr;
    DayView *m_view = nullptr;
};

void TestDayView::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestDayView::init()
{
    // 10:00 on the machine's wall clock: "today" is always 27 November.
    m_clock = new FakeClock(QDateTime(today, QTime(10, 0)).toUTC(), this);
    m_activities = new ActivitiesModel(m_clock, this);
    m_projects = new ProjectsModel(this);
    m_projects->setProjects(projects());
    m_view = new DayView(m_activities, m_projects, m_clock);
    m_view->resize(800, 400);
    showDay(today);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestDayView::cleanup()
{
    delete m_view;
    delete m_projects;
    delete m_activities;
    delete m_clock;
}

void TestDayView::showDay(const QDate &date)
{
    m_activities->setActivities(date, date, activitiesOf(date, m_clock->utcNow()));
}

QWidget *TestDayView::rowButtons(qint64 localId) const
{
    const auto *model = static_cast<const DayTreeModel *>(tree()->model());
    return tree()->indexWidget(model->indexOfLocalId(localId, DayTreeModel::ActionsColumn));
}

QToolButton *TestDayView::timerButton(qint64 localId) const
{
    return rowButtons(localId)->findChild<QToolButton *>(QStringLiteral("rowTimerButton"));
}

QMenu *TestDayView::openRowMenu(qint64 localId)
{
    auto *more = rowButtons(localId)->findChild<QToolButton *>(QStringLiteral("rowMenuButton"));
    if (!more)
        return nullptr;
    more->click();
    return m_view->findChild<QMenu *>(QStringLiteral("activityRowMenu"));
}

QStringList TestDayView::menuTexts(QMenu *menu) const
{
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

void TestDayView::activitiesAreGroupedByCustomer()
{
    QVERIFY(!m_view->isShowingEmptyState());
    QAbstractItemModel *model = tree()->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Café Crème SARL"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Eigene Firma (intern)"));
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("Müller & Söhne GmbH"));
    const QModelIndex muller = model->index(0, 0, model->index(2, 0));
    QCOMPARE(muller.data().toString(), QStringLiteral("App für den Außendienst · Design & UX"));
    QVERIFY(tree()->isExpanded(model->index(2, 0)));
    QVERIFY(tree()->visualRect(muller).isValid());
    // The running row moves with the clock, and its group's subtotal with it.
    const QModelIndex running = model->index(0, DayTreeModel::DurationColumn, model->index(0, 0));
    QCOMPARE(running.data().toString(), QStringLiteral("1:07:42"));
    m_clock->advance(3min);
    m_activities->refreshElapsed();
    QCOMPARE(running.data().toString(), QStringLiteral("1:10:42"));
    QCOMPARE(model->index(0, DayTreeModel::DurationColumn).data().toString(),
             QStringLiteral("1:10"));
}

void TestDayView::enterEditsAndDelDeletesTheSelectedRow()
{
    QSignalSpy edits(m_view, &DayView::editRequested);
    QSignalSpy deletes(m_view, &DayView::deleteRequested);
    m_view->selectLocalId(1);
    QCOMPARE(m_view->selectedLocalId(), 1);
    m_view->focusList();
    QTest::keyClick(tree(), Qt::Key_Return);
    QCOMPARE(edits.count(), 1);
    QCOMPARE(edits.at(0).at(0).toLongLong(), 1);
    QTest::keyClick(tree(), Qt::Key_Delete);
    QCOMPARE(deletes.count(), 1);
    QCOMPARE(deletes.at(0).at(0).toLongLong(), 1);

    // The selection survives the store's re-feed after a change.
    showDay(today);
    QCOMPARE(m_view->selectedLocalId(), 1);

    // A customer heading is not an activity.
    tree()->setCurrentIndex(tree()->model()->index(0, 0));
    QCOMPARE(m_view->selectedLocalId(), 0);
    QTest::keyClick(tree(), Qt::Key_Return);
    QTest::keyClick(tree(), Qt::Key_Delete);
    QCOMPARE(edits.count(), 1);
    QCOMPARE(deletes.count(), 1);
}

void TestDayView::doubleClickEdits()
{
    QSignalSpy edits(m_view, &DayView::editRequested);
    const auto *model = static_cast<const DayTreeModel *>(tree()->model());
    const QRect rect =
        tree()->visualRect(model->indexOfLocalId(2, DayTreeModel::DescriptionColumn));
    // A double click is a press, release, double-click sequence.
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(edits.count(), 1);
    QCOMPARE(edits.at(0).at(0).toLongLong(), 2);
}

void TestDayView::f2EditsTheDurationInPlace()
{
    QSignalSpy edits(m_activities, &ActivitiesModel::editRequested);
    QSignalSpy dialogEdits(m_view, &DayView::editRequested);
    m_view->selectLocalId(1);
    m_view->focusList();
    QTest::keyClick(tree(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("1:30"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("1h45"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(edits.count(), 1);
    QCOMPARE(edits.at(0).at(0).toLongLong(), 1);
    QCOMPARE(edits.at(0).at(1).value<Activity>().seconds, 6300);
    // Enter in the editor saves in place; it does not also open the dialog.
    QCOMPARE(dialogEdits.count(), 0);
}

void TestDayView::billedRowsAreLockedAndSayWhy()
{
    QSignalSpy deletes(m_view, &DayView::deleteRequested);
    const auto *model = static_cast<const DayTreeModel *>(tree()->model());
    for (int column = 0; column < DayTreeModel::ColumnCount; ++column) {
        const QModelIndex cell = model->indexOfLocalId(3, column);
        QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Billed: this activity can no longer be changed."));
    }
    m_view->selectLocalId(3);
    m_view->focusList();
    QTest::keyClick(tree(), Qt::Key_F2);
    QCOMPARE(QApplication::focusWidget(), tree()); // no editor opened
    QTest::keyClick(tree(), Qt::Key_Delete);
    QCOMPARE(deletes.count(), 0);
    // Today's billed activity cannot take a timer either.
    QVERIFY(timerButton(3)->isHidden());
    QMenu *menu = openRowMenu(3);
    QVERIFY(menu);
    QCOMPARE(menuTexts(menu),
             (QStringList{QStringLiteral("Show details…"), QStringLiteral("Duplicate"),
                          QStringLiteral("Project Details…"), QStringLiteral("Copy description")}));
    menu->close();
}

void TestDayView::rowButtonsStartStopAndContinue()
{
    QSignalSpy starts(m_view, &DayView::startRequested);
    QSignalSpy stops(m_view, &DayView::stopRequested);
    QCOMPARE(timerButton(1)->accessibleName(), QStringLiteral("Start timer"));
    QCOMPARE(timerButton(2)->accessibleName(), QStringLiteral("Stop timer"));
    timerButton(1)->click();
    QCOMPARE(starts.count(), 1);
    QCOMPARE(starts.at(0).at(0).toLongLong(), 1);
    timerButton(2)->click();
    QCOMPARE(stops.count(), 1);

    // Yesterday: ▶ continues today, billed or not.
    showDay(today.addDays(-1));
    QCOMPARE(timerButton(1)->accessibleName(), QStringLiteral("Continue"));
    QCOMPARE(timerButton(3)->accessibleName(), QStringLiteral("Continue"));
    QVERIFY(!timerButton(3)->isHidden());
    timerButton(3)->click();
    QCOMPARE(starts.count(), 2);
    QCOMPARE(starts.at(1).at(0).toLongLong(), 3);
}

void TestDayView::aSyncKeepsSelectionScrollAndButtonsRight()
{
    // A long day, scrolled down, with a row selected.
    QList<LocalActivity> day = activitiesOf(today, m_clock->utcNow());
    for (int i = 0; i < 30; ++i)
        day.append(named(100 + i, today, 1, QStringLiteral("Müller & Söhne GmbH"),
                         QStringLiteral("App für den Außendienst"), QStringLiteral("Design & UX"),
                         QStringLiteral("Ticket %1").arg(i), 600));
    m_activities->setActivities(today, today, day);
    m_view->selectLocalId(120);
    const int scrolled = tree()->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    QWidget *untouchedButtons = rowButtons(110);
    QSignalSpy resets(tree()->model(), &QAbstractItemModel::modelReset);

    // The sync brings: the timer stopped in MOCO, one entry deleted, one added.
    day[1].activity.timerStartedAt.reset();
    day.removeAt(2); // the billed one, with its customer
    day.append(named(200, today, 1, QStringLiteral("Müller & Söhne GmbH"),
                     QStringLiteral("App für den Außendienst"), QStringLiteral("Design & UX"),
                     QStringLiteral("Review"), 900));
    m_activities->setActivities(today, today, day);

    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_view->selectedLocalId(), 120);
    QCOMPARE(tree()->verticalScrollBar()->value(), scrolled);
    QCOMPARE(tree()->model()->rowCount(), 2);
    // The stopped row offers ▶ again; the new row has its buttons; the rest
    // kept theirs.
    QCOMPARE(timerButton(2)->accessibleName(), QStringLiteral("Start timer"));
    QVERIFY(rowButtons(200));
    QCOMPARE(rowButtons(110), untouchedButtons);
}

void TestDayView::rowMenuOffersTheActions()
{
    QSignalSpy duplicates(m_view, &DayView::duplicateRequested);
    QSignalSpy edits(m_view, &DayView::editRequested);
    QMenu *menu = openRowMenu(1);
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(menuTexts(menu),
             (QStringList{QStringLiteral("Start timer"), QStringLiteral("Edit…"),
                          QStringLiteral("Duplicate"), QStringLiteral("Project Details…"),
                          QStringLiteral("Delete"), QStringLiteral("Copy description")}));
    menu->actions().at(2)->trigger();
    QCOMPARE(duplicates.count(), 1);
    QCOMPARE(duplicates.at(0).at(0).toLongLong(), 1);
    menu->close();

    QSignalSpy details(m_view, &DayView::projectDetailsRequested);
    menu = openRowMenu(1);
    menu->actions().at(3)->trigger();
    QCOMPARE(details.count(), 1);
    QCOMPARE(details.at(0).at(0).toLongLong(), 1);
    menu->close();

    menu = openRowMenu(1);
    menu->actions().constLast()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Wireframes Angebot"));
    menu->close();
    QCOMPARE(edits.count(), 0);
}

void TestDayView::emptyStateExplainsWhatToDo_data()
{
    QTest::addColumn<int>("dayOffset");
    QTest::addColumn<QString>("text");
    QTest::newRow("today") << 0
                           << QStringLiteral("No activities on this day yet. Add one above, press "
                                             "Ctrl+N for the full editor, or start a timer.");
    QTest::newRow("a past day")
        << -3
        << QStringLiteral("No activities on this day. Add one above, or press Ctrl+N for "
                          "the full editor.");
    QTest::newRow("a future day")
        << 2
        << QStringLiteral("Nothing planned for this day yet. Add an activity above, or press "
                          "Ctrl+N for the full editor. Timers run on today only.");
}

void TestDayView::emptyStateExplainsWhatToDo()
{
    QFETCH(int, dayOffset);
    QFETCH(QString, text);
    m_activities->setActivities(today.addDays(dayOffset), today.addDays(dayOffset), {});
    QVERIFY(m_view->isShowingEmptyState());
    QCOMPARE(m_view->emptyStateText(), text);
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("dayEmptyLabel"))->isVisible());
    QCOMPARE(m_view->quickAddBar()->date(), today.addDays(dayOffset));

    m_view->setPlaceholder(QStringLiteral("Loading the activities…"));
    QCOMPARE(m_view->emptyStateText(), QStringLiteral("Loading the activities…"));
    showDay(today.addDays(dayOffset));
    QVERIFY(!m_view->isShowingEmptyState());
}

void TestDayView::footerComparesLoggedWithPresence()
{
    // 1:30 + 1:07 running + 0:45.
    QCOMPARE(m_view->footerText(), QStringLiteral("Logged 3:22"));
    m_view->setPresences({presence(today, QTime(8, 5), std::nullopt)});
    QCOMPARE(m_view->footerText(),
             QStringLiteral("Present 1:55 · Logged 3:22 · 1:27 more than present"));
    m_clock->advance(2h + 15min); // Clock::jumped, as after a resume
    m_activities->refreshElapsed();
    QCOMPARE(m_view->footerText(),
             QStringLiteral("Present 4:10 · Logged 5:37 · 1:27 more than present"));

    m_activities->setActivities(today, today, {activitiesOf(today, m_clock->utcNow()).at(0)});
    QCOMPARE(m_view->footerText(),
             QStringLiteral("Present 4:10 · Logged 1:30 · 2:40 not logged yet"));
}

void TestDayView::quickAddEnterAddsAndKeepsTheProject()
{
    QSignalSpy adds(m_view, &DayView::quickAddRequested);
    QuickAddBar *bar = m_view->quickAddBar();
    bar->picker()->setCurrent({42, 4201});
    m_view->focusQuickAdd();
    QCOMPARE(QApplication::focusWidget(), bar->descriptionEdit());
    QTest::keyClicks(bar->descriptionEdit(), QStringLiteral("Moodboard"));
    QTest::keyClicks(bar->durationEdit()->lineEdit(), QStringLiteral("1h30"));
    QTest::keyClick(bar->durationEdit()->lineEdit(), Qt::Key_Return);
    QCOMPARE(adds.count(), 1);
    const auto draft = adds.at(0).at(0).value<ActivityDraft>();
    QCOMPARE(draft.date, today);
    QCOMPARE(draft.projectId, 42);
    QCOMPARE(draft.taskId, 4201);
    QCOMPARE(draft.seconds, 5400);
    QCOMPARE(draft.description, QStringLiteral("Moodboard"));
    // Nothing clears before the add is stored; then it is ready for the
    // next entry of the same project.
    QCOMPARE(bar->descriptionEdit()->text(), QStringLiteral("Moodboard"));
    bar->finishAdd(ActionResult::done(7));
    QCOMPARE(bar->descriptionEdit()->text(), QString());
    QCOMPARE(bar->durationEdit()->lineEdit()->text(), QString());
    QCOMPARE(bar->picker()->current(), (ProjectTaskKey{42, 4201}));
    QCOMPARE(QApplication::focusWidget(), bar->descriptionEdit());

    // Enter in the description adds too; the entry goes to the day shown.
    showDay(today.addDays(-1));
    QTest::keyClicks(bar->durationEdit()->lineEdit(), QStringLiteral("15m"));
    QTest::keyClick(bar->descriptionEdit(), Qt::Key_Enter);
    QCOMPARE(adds.count(), 2);
    QCOMPARE(adds.at(1).at(0).value<ActivityDraft>().date, today.addDays(-1));
    QCOMPARE(adds.at(1).at(0).value<ActivityDraft>().seconds, 900);
}

void TestDayView::quickAddKeepsInvalidInput()
{
    QSignalSpy adds(m_view, &DayView::quickAddRequested);
    QuickAddBar *bar = m_view->quickAddBar();
    QTest::keyClicks(bar->descriptionEdit(), QStringLiteral("Call"));
    QTest::keyClicks(bar->durationEdit()->lineEdit(), QStringLiteral("0:30"));
    QTest::keyClick(bar->descriptionEdit(), Qt::Key_Return);
    QCOMPARE(adds.count(), 0);
    QCOMPARE(bar->message(), QStringLiteral("Pick a project and task first."));
    QCOMPARE(QApplication::focusWidget(), bar->picker()->lineEdit());

    bar->picker()->setCurrent({42, 4201});
    bar->durationEdit()->lineEdit()->setText(QStringLiteral("soon"));
    bar->addButton()->click();
    QCOMPARE(adds.count(), 0);
    QVERIFY(!bar->message().isEmpty());
    // 0:00 is for ActivityActions to refuse (tst_activityactions); the bar
    // keeps the input and says why.
    bar->durationEdit()->lineEdit()->setText(QStringLiteral("0"));
    QTest::keyClick(bar->descriptionEdit(), Qt::Key_Return);
    QCOMPARE(adds.count(), 1);
    bar->finishAdd(ActionResult::failed(ActionResult::Status::Refused,
                                        QStringLiteral("Enter a duration above 0:00.")));
    QCOMPARE(bar->message(), QStringLiteral("Enter a duration above 0:00."));
    QCOMPARE(bar->descriptionEdit()->text(), QStringLiteral("Call"));
    QCOMPARE(bar->durationEdit()->lineEdit()->text(), QStringLiteral("0"));

    bar->durationEdit()->lineEdit()->setText(QStringLiteral("0:30"));
    bar->addButton()->click();
    QCOMPARE(adds.count(), 2);
    QCOMPARE(bar->message(), QString());
}

void TestDayView::namedForAssistiveTechnology()
{
    QCOMPARE(m_view->activitiesView()->accessibleName(), QStringLiteral("Activities"));
    QuickAddBar *bar = m_view->quickAddBar();
    QCOMPARE(bar->descriptionEdit()->accessibleName(), QStringLiteral("Quick add description"));
    QCOMPARE(bar->descriptionEdit()->placeholderText(), QStringLiteral("Description…"));
    QCOMPARE(bar->addButton()->accessibleName(), QStringLiteral("Add"));
    QCOMPARE(bar->addButton()->text(), QStringLiteral("Add"));
    QVERIFY(!bar->picker()->lineEdit()->accessibleName().isEmpty());
    QVERIFY(!bar->durationEdit()->lineEdit()->accessibleName().isEmpty());
    // The total keeps its text as its name; the description says what it is.
    auto *total = m_view->findChild<QLabel *>(QStringLiteral("dayTotalLabel"));
    QCOMPARE(total->accessibleName(), total->text());
    QCOMPARE(total->accessibleDescription(), QStringLiteral("Booked total"));
    QCOMPARE(total->text(), m_view->footerText()); // no presence: only what was booked
    m_view->setPresences({presence(today, QTime(8, 5), std::nullopt)});
    QStringList described;
    for (const QLabel *label : m_view->findChildren<QLabel *>()) {
        if (!label->accessibleDescription().isEmpty() && label->isVisibleTo(m_view))
            described << label->accessibleDescription() + QLatin1Char('=') +
                             label->accessibleName();
    }
    QVERIFY2(described.contains(QStringLiteral("Presence total=Present 1:55")),
             qPrintable(described.join(QLatin1Char(';'))));
    QVERIFY(described.contains(QStringLiteral("Booked total=Logged 3:22")));
    QVERIFY(described.contains(QStringLiteral("Difference=1:27 more than present")));
    auto *more = rowButtons(1)->findChild<QToolButton *>(QStringLiteral("rowMenuButton"));
    QCOMPARE(more->accessibleName(), QStringLiteral("More actions"));
    QCOMPARE(more->accessibleDescription(),
             QStringLiteral("App für den Außendienst · Design & UX"));
}

QTEST_MAIN(TestDayView)
#include "tst_dayview.moc"
