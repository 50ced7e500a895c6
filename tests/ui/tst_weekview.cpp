// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekCellDelegate.h"
#include "WeekView.h"
#include "core/models/ItemDataRole.h"
#include "core/models/WeekGridModel.h"
#include "support/FakeClock.h"
#include "support/TestActivities.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using Kind = WeekCellChange::Kind;

namespace {
const QDate monday(2026, 11, 23);
const QDate friday(2026, 11, 27); // "today" in these tests

LocalActivity local(qint64 localId, const QDate &date, qint64 taskId, qint64 seconds)
{
    LocalActivity l = TestActivities::stored(localId, date, seconds);
    l.activity.project = ProjectRef{1, QString(), QStringLiteral("Website Relaunch"), true};
    l.activity.task = TaskRef{taskId, QStringLiteral("Task %1").arg(taskId), true};
    l.activity.customer = NamedRef{1, QStringLiteral("Müller & Söhne GmbH")};
    return l;
}
} // namespace

// The week grid driven by keys and clicks, offscreen. What a change does to
// the data is WeekGridModel's (tst_weekgridmodel); here: what the user sees
// and that typing reaches the model.
class TestWeekView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void gridIsNamedAndShowsHoursMinutes();
    void columnsFitTheWidth_data();
    void columnsFitTheWidth();
    void typingADurationIntoAnEmptyDayAsksToCreateIt();
    void editorStartsFromTheCurrentValue();
    void unreadableEntryKeepsTheEditorOpen_data();
    void unreadableEntryKeepsTheEditorOpen();
    void leavingAnUnreadableEntryKeepsItsMessage();
    void refusedChangeShowsTheReasonUntilTheNextEdit();
    void todaysColumnIsMarked();
    void totalsAreBoldAndEmptyDaysMuted();
    void enterOrDoubleClickOnADayOpensIt();
    void enterOnADayCellEditsIt();
    void emptyWeekExplainsWhatToDo();
    void runningTimerTicksOnlyWhileVisible();
    void syncKeepsTheCurrentCellAndScrollPosition();
    void syncKeepsWhatIsTypedInAnOpenEditor();
    void destroyingTheViewSavesWhatIsTypedInAnOpenEditor();
    void destroyingTheViewWithAnUnreadableEntryIsSafe();

private:
    QTableView *grid() const;
    QModelIndex cell(int row, int day) const;
    QLineEdit *openEditor(const QModelIndex &index);
    QLineEdit *editor() const;
    QStyleOptionViewItem styleOf(const QModelIndex &index) const;

    FakeClock *m_clock = nullptr;
    WeekGridModel *m_model = nullptr;
    WeekView *m_view = nullptr;
};

void TestWeekView::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestWeekView::init()
{
    m_clock = new FakeClock(QDateTime(friday, QTime(10, 0)).toUTC());
    m_model = new WeekGridModel(m_clock);
    // Row 0: task 10, Monday 1:00; row 1: task 20, two activities on Wednesday.
    m_model->setWeek(monday, {local(1, monday, 10, 3600), local(2, monday.addDays(2), 20, 1800),
                              local(3, monday.addDays(2), 20, 1800)});
    m_view = new WeekView(m_model);
    m_view->setToday(friday);
    m_view->resize(900, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestWeekView::cleanup()
{
    delete m_view;
    delete m_model;
    delete m_clock;
}

QTableView *TestWeekView::grid() const
{
    return qobject_cast<QTableView *>(m_view->gridView());
}

QModelIndex TestWeekView::cell(int row, int day) const
{
    return m_model->index(row, WeekGridModel::MondayColumn + day);
}

QLineEdit *TestWeekView::openEditor(const QModelIndex &index)
{
    grid()->setFocus();
    grid()->setCurrentIndex(index);
    grid()->edit(index);
    return editor();
}

QLineEdit *TestWeekView::editor() const
{
    return qobject_cast<QLineEdit *>(grid()->indexWidget(grid()->currentIndex())
                                         ? grid()->indexWidget(grid()->currentIndex())
                                         : QApplication::focusWidget());
}

QStyleOptionViewItem TestWeekView::styleOf(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(grid()->viewport());
    m_view->cellDelegate()->initStyleOption(&option, index);
    return option;
}

void TestWeekView::gridIsNamedAndShowsHoursMinutes()
{
    QCOMPARE(m_view->gridView()->accessibleName(), QStringLiteral("Week"));
    QCOMPARE(QAccessible::queryAccessibleInterface(m_view->gridView())->text(QAccessible::Name),
             QStringLiteral("Week"));
    QCOMPARE(grid()->model(), m_model);
    QCOMPARE(styleOf(cell(0, 0)).text, QStringLiteral("1:00"));
    QCOMPARE(styleOf(cell(1, 2)).text, QStringLiteral("1:00"));
    QCOMPARE(styleOf(cell(0, 1)).text, QString()); // an empty day stays blank
    QCOMPARE(styleOf(m_model->index(2, WeekGridModel::TotalColumn)).text, QStringLiteral("2:00"));
}

void TestWeekView::columnsFitTheWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("wide") << 1400;
    QTest::newRow("medium") << 900;
    QTest::newRow("narrow") << 560;
}

void TestWeekView::columnsFitTheWidth()
{
    QFETCH(int, width);
    m_view->resize(width, 300);
    QCoreApplication::processEvents();
    QHeaderView *header = grid()->horizontalHeader();
    const int viewport = grid()->viewport()->width();
    // The project · task · description column stays readable …
    QCOMPARE(header->sectionResizeMode(WeekGridModel::LabelColumn), QHeaderView::Stretch);
    QVERIFY(header->sectionSize(WeekGridModel::LabelColumn) >=
            m_view->fontMetrics().averageCharWidth() * 24);
    // … every day and the total are on screen and wide enough for their time …
    QVERIFY(header->sectionViewportPosition(WeekGridModel::TotalColumn) +
                header->sectionSize(WeekGridModel::TotalColumn) <=
            viewport);
    const auto *view = static_cast<const QAbstractItemView *>(grid());
    for (int column = WeekGridModel::MondayColumn; column < WeekGridModel::ColumnCount; ++column)
        QVERIFY(header->sectionSize(column) >= view->sizeHintForColumn(column));
    // … and with room to spare, the day headers are not cut.
    if (width >= 1400) {
        for (int column = WeekGridModel::MondayColumn; column <= WeekGridModel::SundayColumn;
             ++column)
            QVERIFY(header->sectionSize(column) >= header->sectionSizeHint(column));
    }
}

void TestWeekView::typingADurationIntoAnEmptyDayAsksToCreateIt()
{
    QSignalSpy requested(m_model, &WeekGridModel::cellChangeRequested);
    QSignalSpy refused(m_model, &WeekGridModel::cellChangeRefused);
    const QModelIndex tuesday = cell(0, 1);
    grid()->setFocus();
    grid()->setCurrentIndex(tuesday);
    // Typing into a selected cell starts editing with that key.
    QTest::keyClick(grid(), Qt::Key_1);
    QLineEdit *line = editor();
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("1"));
    QTest::keyClicks(line, QStringLiteral("h30"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(refused.size(), 0);
    const auto change = requested.first().first().value<WeekCellChange>();
    QCOMPARE(change.kind, Kind::Create);
    QCOMPARE(change.date, monday.addDays(1));
    QCOMPARE(change.draft.seconds, qint64(5400));
    QCOMPARE(change.draft.projectId, qint64(1));
    QCOMPARE(change.draft.taskId, qint64(10));
    QCOMPARE(m_view->messageText(), QString());
}

void TestWeekView::editorStartsFromTheCurrentValue()
{
    m_model->setWeek(monday, {local(1, monday, 10, 5400)});
    QLineEdit *line = openEditor(cell(0, 0));
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("1:30"));
    QCOMPARE(line->selectedText(), QStringLiteral("1:30")); // typing replaces it
    QCOMPARE(line->accessibleName(), QStringLiteral("Duration on Monday, 23 November 2026"));

    QSignalSpy requested(m_model, &WeekGridModel::cellChangeRequested);
    QTest::keyClicks(line, QStringLiteral("2,25"));
    QTest::keyClick(line, Qt::Key_Enter);
    QTRY_COMPARE(requested.size(), 1);
    const auto change = requested.first().first().value<WeekCellChange>();
    QCOMPARE(change.kind, Kind::Update);
    QCOMPARE(change.localId, qint64(1));
    QCOMPARE(change.edited.seconds, qint64(8100));
}

void TestWeekView::unreadableEntryKeepsTheEditorOpen_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("error");
    QTest::newRow("text") << QStringLiteral("abc")
                          << QStringLiteral("“abc” is not a duration. Try 1:30, 1.5 or 90m.");
    QTest::newRow("minutes over 59")
        << QStringLiteral("1:75")
        << QStringLiteral("After the colon, enter minutes below 60 (for example 1:45).");
    QTest::newRow("more than a day")
        << QStringLiteral("25h") << QStringLiteral("A duration cannot be longer than 24 hours.");
}

void TestWeekView::unreadableEntryKeepsTheEditorOpen()
{
    QFETCH(QString, typed);
    QFETCH(QString, error);
    QSignalSpy requested(m_model, &WeekGridModel::cellChangeRequested);
    QLineEdit *line = openEditor(cell(0, 0));
    QVERIFY(line);
    QTest::keyClicks(line, typed);
    QTest::keyClick(line, Qt::Key_Return);
    QTest::keyClick(line, Qt::Key_Tab);
    QCoreApplication::processEvents();

    // Still there, still holding what was typed, saying why.
    QCOMPARE(editor(), line);
    QVERIFY(line->isVisible());
    QCOMPARE(line->text(), typed);
    QCOMPARE(line->toolTip(), error);
    QCOMPARE(m_view->messageText(), QStringLiteral("Monday, 23 November 2026: ") + error);
    QCOMPARE(requested.size(), 0);
    QCOMPARE(m_model->secondsAt(0, 0), qint64(3600));

    // Fixing it saves and clears the message.
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("2h"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<WeekCellChange>().edited.seconds, qint64(7200));
    QCOMPARE(m_view->messageText(), QString());
}

void TestWeekView::leavingAnUnreadableEntryKeepsItsMessage()
{
    QSignalSpy requested(m_model, &WeekGridModel::cellChangeRequested);
    QLineEdit *line = openEditor(cell(0, 0));
    QTest::keyClicks(line, QStringLiteral("zwei"));
    // Focus going elsewhere (here a field beside the grid) leaves it open.
    auto *elsewhere = new QLineEdit(m_view);
    elsewhere->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    elsewhere->setFocus();
    QCOMPARE(QApplication::focusWidget(), elsewhere);
    QCoreApplication::processEvents();
    QVERIFY(line->isVisible());
    QCOMPARE(line->text(), QStringLiteral("zwei"));
    QVERIFY(m_view->messageText().contains(QStringLiteral("“zwei”")));
    QCOMPARE(requested.size(), 0);
    // Moving to another cell closes the editor; the entry is not taken and the
    // message quotes it.
    grid()->setCurrentIndex(cell(0, 3));
    QCoreApplication::processEvents();
    QCOMPARE(requested.size(), 0);
    QCOMPARE(m_model->secondsAt(0, 0), qint64(3600));
    QVERIFY(m_view->messageText().contains(QStringLiteral("“zwei”")));
    // A sync re-reads the week: the message stays; another week: it goes.
    const QString message = m_view->messageText();
    m_model->setWeek(monday, {local(1, monday, 10, 3600)});
    QCOMPARE(m_view->messageText(), message);
    m_model->setWeek(monday.addDays(7), {});
    QCOMPARE(m_view->messageText(), QString());
}

void TestWeekView::refusedChangeShowsTheReasonUntilTheNextEdit()
{
    QSignalSpy requested(m_model, &WeekGridModel::cellChangeRequested);
    QSignalSpy refused(m_model, &WeekGridModel::cellChangeRefused);
    // Two activities make up Wednesday: less time cannot be split between them.
    QLineEdit *line = openEditor(cell(1, 2));
    QCOMPARE(line->text(), QStringLiteral("1:00"));
    QTest::keyClicks(line, QStringLiteral("0:30"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(requested.size(), 0);
    const QString reason =
        QStringLiteral("Several activities make up this time; change them in the day view.");
    QCOMPARE(m_view->messageText(), QStringLiteral("Wednesday, 25 November 2026: ") + reason);
    auto *message = m_view->findChild<QLabel *>(QStringLiteral("weekMessage"));
    QVERIFY(message && message->isVisible());
    // Read as its text, described as what it is.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(message);
    QCOMPARE(accessible->text(QAccessible::Name), m_view->messageText());
    QVERIFY(!accessible->text(QAccessible::Description).isEmpty());

    // Still there after moving around; gone with the next accepted entry.
    grid()->setCurrentIndex(cell(0, 4));
    QCOMPARE(m_view->messageText(), QStringLiteral("Wednesday, 25 November 2026: ") + reason);
    line = openEditor(cell(0, 4));
    QTest::keyClicks(line, QStringLiteral("45m"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(m_view->messageText(), QString());
}

void TestWeekView::todaysColumnIsMarked()
{
    WeekCellDelegate *delegate = m_view->cellDelegate();
    QCOMPARE(delegate->today(), friday);
    const int fridayDay = 4;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(delegate->isToday(cell(row, fridayDay)));
        QVERIFY(styleOf(cell(row, fridayDay)).backgroundBrush.style() != Qt::NoBrush);
        QVERIFY(!delegate->isToday(cell(row, 0)));
        QCOMPARE(styleOf(cell(row, 0)).backgroundBrush.style(), Qt::NoBrush);
        QCOMPARE(styleOf(m_model->index(row, WeekGridModel::LabelColumn)).backgroundBrush.style(),
                 Qt::NoBrush);
    }
    // The tint comes from the palette, so it follows light and dark themes.
    const QColor tint = styleOf(cell(0, fridayDay)).backgroundBrush.color();
    QCOMPARE(tint.rgb(), grid()->palette().color(QPalette::Highlight).rgb());

    // Another week: no column is today's.
    m_model->setWeek(monday.addDays(7), {});
    for (int day = 0; day < 7; ++day)
        QVERIFY(!delegate->isToday(cell(0, day)));
    m_model->setWeek(monday, {});
    m_view->setToday(monday.addDays(5));
    QVERIFY(delegate->isToday(cell(0, 5)));
    QVERIFY(!delegate->isToday(cell(0, fridayDay)));
}

void TestWeekView::totalsAreBoldAndEmptyDaysMuted()
{
    const int totals = m_model->rowCount() - 1;
    QVERIFY(styleOf(cell(totals, 0)).font.bold());
    QVERIFY(styleOf(m_model->index(totals, WeekGridModel::TotalColumn)).font.bold());
    QVERIFY(!styleOf(cell(0, 0)).font.bold());

    const QColor normal = grid()->palette().color(QPalette::Text);
    const QColor muted = grid()->palette().color(QPalette::PlaceholderText);
    QVERIFY(normal != muted);
    QCOMPARE(styleOf(cell(totals, 0)).palette.color(QPalette::Text), normal); // Monday 1:00
    QCOMPARE(styleOf(cell(totals, 3)).text, QStringLiteral("0:00"));          // Thursday
    QCOMPARE(styleOf(cell(totals, 3)).palette.color(QPalette::Text), muted);
    QCOMPARE(styleOf(cell(0, 0)).palette.color(QPalette::Text), normal);
}

void TestWeekView::enterOrDoubleClickOnADayOpensIt()
{
    QSignalSpy activated(m_view, &WeekView::dayActivated);
    const int totals = m_model->rowCount() - 1;
    grid()->setFocus();
    grid()->setCurrentIndex(cell(totals, 3));
    QTest::keyClick(grid(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toDate(), monday.addDays(3));

    // The week total is no day: nothing to open.
    grid()->setCurrentIndex(m_model->index(totals, WeekGridModel::TotalColumn));
    QTest::keyClick(grid(), Qt::Key_Return);
    QCOMPARE(activated.size(), 0);

    QHeaderView *header = grid()->horizontalHeader();
    const int saturday = WeekGridModel::MondayColumn + 5;
    const QPoint onSaturday(header->sectionViewportPosition(saturday) +
                                header->sectionSize(saturday) / 2,
                            header->height() / 2);
    QTest::mouseDClick(header->viewport(), Qt::LeftButton, {}, onSaturday);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toDate(), monday.addDays(5));

    // A double-click on a totals cell too.
    const QRect sundayTotal = grid()->visualRect(cell(totals, 6));
    // A double click is a press, release, double-click sequence.
    QTest::mouseClick(grid()->viewport(), Qt::LeftButton, {}, sundayTotal.center());
    QTest::mouseDClick(grid()->viewport(), Qt::LeftButton, {}, sundayTotal.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toDate(), monday.addDays(6));
}

void TestWeekView::enterOnADayCellEditsIt()
{
    QSignalSpy activated(m_view, &WeekView::dayActivated);
    grid()->setFocus();
    grid()->setCurrentIndex(cell(0, 0));
    QTest::keyClick(grid(), Qt::Key_Return);
    QLineEdit *line = editor();
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("1:00"));
    QCOMPARE(activated.size(), 0);
    // Esc leaves it as it was.
    QSignalSpy requested(m_model, &WeekGridModel::cellChangeRequested);
    QTest::keyClicks(line, QStringLiteral("3"));
    QTest::keyClick(line, Qt::Key_Escape);
    QCoreApplication::processEvents();
    QCOMPARE(requested.size(), 0);
    QCOMPARE(m_model->secondsAt(0, 0), qint64(3600));
}

void TestWeekView::emptyWeekExplainsWhatToDo()
{
    QVERIFY(!m_view->isShowingEmptyState());
    m_model->setWeek(monday.addDays(7), {});
    QVERIFY(m_view->isShowingEmptyState());
    auto *hint = m_view->findChild<QLabel *>(QStringLiteral("weekEmptyState"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->text().startsWith(QStringLiteral("No activities this week.")));
    QVERIFY(hint->text().contains(QStringLiteral("day view")));
    // The day headers stay, to open a day from them.
    QVERIFY(m_view->gridView()->isVisible());
    m_model->setWeek(monday, {local(1, monday, 10, 3600)});
    QVERIFY(!m_view->isShowingEmptyState());
    // A sync that empties the shown week, or fills it again, does too.
    m_model->setWeek(monday, {});
    QVERIFY(m_view->isShowingEmptyState());
    m_model->setWeek(monday, {local(1, monday, 10, 3600)});
    QVERIFY(!m_view->isShowingEmptyState());
}

void TestWeekView::runningTimerTicksOnlyWhileVisible()
{
    LocalActivity running = local(4, friday, 10, 600);
    running.activity.timerStartedAt = m_clock->utcNow().addSecs(-1200);
    m_model->setWeek(monday, {local(1, monday, 10, 3600), running});
    auto *tick = m_view->findChild<QTimer *>();
    QVERIFY(tick);
    QVERIFY(tick->isActive());
    QCOMPARE(styleOf(cell(0, 4)).text, QStringLiteral("● 0:30"));
    QSignalSpy repainted(m_model, &WeekGridModel::dataChanged);
    QTRY_VERIFY(!repainted.isEmpty()); // the tick asks for a repaint …
    m_clock->advance(std::chrono::minutes(15));
    QCOMPARE(styleOf(cell(0, 4)).text, QStringLiteral("● 0:45")); // … the time is computed
    m_view->hide();
    QVERIFY(!tick->isActive());
    m_view->show();
    QVERIFY(tick->isActive());
    m_model->setWeek(monday, {local(1, monday, 10, 3600)});
    QVERIFY(!tick->isActive());
}

void TestWeekView::syncKeepsTheCurrentCellAndScrollPosition()
{
    // More rows than fit, scrolled down, the cursor on a row near the end.
    QList<LocalActivity> week;
    for (int task = 10; task < 30; ++task)
        week << local(task, monday.addDays(task % 5), task, 1800);
    m_model->setWeek(monday, week);
    m_view->resize(560, 300);
    QCoreApplication::processEvents();
    grid()->setFocus();
    grid()->scrollToBottom();
    const QModelIndex current = cell(17, 3);
    grid()->setCurrentIndex(current);
    const int scrolled = grid()->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    QSignalSpy reset(m_model, &WeekGridModel::modelReset);

    // A sync changes another row's time: the cursor does not jump.
    week[2].activity.seconds = 100 * 3600; // a week total of three digits
    m_model->setWeek(monday, week);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(grid()->currentIndex(), current);
    QCOMPARE(grid()->selectionModel()->selectedIndexes(), QModelIndexList{current});
    QCOMPARE(grid()->verticalScrollBar()->value(), scrolled);
    QCOMPARE(styleOf(cell(2, 2)).text, QStringLiteral("100:00"));
    // The wider total still fits its column in a narrow window.
    const auto *view = static_cast<const QAbstractItemView *>(grid());
    QTRY_VERIFY(grid()->horizontalHeader()->sectionSize(WeekGridModel::TotalColumn) >=
                view->sizeHintForColumn(WeekGridModel::TotalColumn));

    // A row above comes in: the cursor stays on its row, now one lower.
    week << local(99, monday, 1, 600); // "Task 1" sorts first
    m_model->setWeek(monday, week);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(grid()->currentIndex(), cell(18, 3));
    QCOMPARE(grid()->currentIndex().data(ItemDataRole::TaskId).toLongLong(), qint64(27));
}

void TestWeekView::syncKeepsWhatIsTypedInAnOpenEditor()
{
    QSignalSpy requested(m_model, &WeekGridModel::cellChangeRequested);
    QLineEdit *line = openEditor(cell(0, 0));
    QVERIFY(line);
    QTest::keyClicks(line, QStringLiteral("2:15"));
    // Another row and the edited cell itself change underneath.
    m_model->setWeek(monday, {local(1, monday, 10, 5400), local(2, monday.addDays(2), 20, 1800)});
    QCOMPARE(editor(), line);
    QVERIFY(line->isVisible());
    QCOMPARE(line->text(), QStringLiteral("2:15"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(requested.size(), 1);
    const auto change = requested.first().first().value<WeekCellChange>();
    QCOMPARE(change.kind, Kind::Update);
    QCOMPARE(change.oldTotal, qint64(5400)); // planned against what is there now
    QCOMPARE(change.edited.seconds, qint64(8100));
}

void TestWeekView::destroyingTheViewSavesWhatIsTypedInAnOpenEditor()
{
    // The window closing (or the app quitting) with a cell being typed into:
    // what was typed is saved, as leaving the cell would, not lost silently.
    QSignalSpy requested(m_model, &WeekGridModel::cellChangeRequested);
    QLineEdit *line = openEditor(cell(0, 0));
    QVERIFY(line);
    QTest::keyClicks(line, QStringLiteral("2:15"));
    delete m_view;
    m_view = nullptr;
    QCOMPARE(requested.size(), 1);
    const auto change = requested.first().first().value<WeekCellChange>();
    QCOMPARE(change.kind, Kind::Update);
    QCOMPARE(change.localId, qint64(1));
    QCOMPARE(change.edited.seconds, qint64(8100));
}

void TestWeekView::destroyingTheViewWithAnUnreadableEntryIsSafe()
{
    // Nothing can be saved from "zwei"; the view goes without a crash and
    // without asking the model for anything.
    QSignalSpy requested(m_model, &WeekGridModel::cellChangeRequested);
    QLineEdit *line = openEditor(cell(0, 0));
    QVERIFY(line);
    QTest::keyClicks(line, QStringLiteral("zwei"));
    delete m_view;
    m_view = nullptr;
    QCOMPARE(requested.size(), 0);
    QCOMPARE(m_model->secondsAt(0, 0), qint64(3600));
}

QTEST_MAIN(TestWeekView)
#include "tst_weekview.moc"
