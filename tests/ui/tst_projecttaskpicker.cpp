// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectTaskPicker.h"
#include "core/models/ItemDataRole.h"
#include "core/models/ProjectsModel.h"
#include "support/TestProjects.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

namespace {
using TestProjects::project;
using TestProjects::task;

QList<Project> sampleProjects()
{
    return {
        project(1, QStringLiteral("P-1042"), QStringLiteral("Website Relaunch"), 10,
                QStringLiteral("Müller & Söhne GmbH"),
                {task(12, QStringLiteral("Design")), task(11, QStringLiteral("Beratung"))}),
        project(2, QString(), QStringLiteral("Kassensystem"), 20, QStringLiteral("Café Kränzchen"),
                {task(21, QStringLiteral("Entwicklung"))}),
        project(3, QStringLiteral("W-7"), QStringLiteral("Weißbier-Shop"), 10,
                QStringLiteral("Müller & Söhne GmbH"), {task(31, QStringLiteral("Support"))}),
        project(4, QStringLiteral("I-1"), QStringLiteral("Intern"), 30,
                QStringLiteral("Eigene Firma"),
                {task(41, QStringLiteral("Meetings")), task(42, QStringLiteral("Dokumentation"))}),
        project(5, QStringLiteral("D-5"), QStringLiteral("Dokumentation"), 40,
                QStringLiteral("Zeta GmbH"), {task(51, QStringLiteral("Dokumentation"))}),
    };
}
} // namespace

Q_DECLARE_METATYPE(ProjectTaskKey)

// The type-ahead picker driven by keys and clicks as a user would, offscreen.
class TestProjectTaskPicker : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void isNamedForAssistiveTechnology();
    void typingIgnoresAccentsAndCase_data();
    void typingIgnoresAccentsAndCase();
    void enterPicksTheFirstTask();
    void arrowsMoveTheHighlight();
    void favouritesComeFirst();
    void exactProjectAndTaskComeBeforeFavourites();
    void escapeRestoresThePreviousPick();
    void ctrlSAndTheStarToggleTheFavourite();
    void clickPicksATask();
    void setCurrentShowsProjectAndTask();

private:
    // Where a real key press goes: the open popup (it forwards typing), else the line edit.
    QWidget *keyTarget() const
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        return m_picker->lineEdit();
    }
    void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(keyTarget(), c.toLatin1());
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(keyTarget(), key, modifiers);
    }

    ProjectsModel *m_projects = nullptr;
    QWidget *m_window = nullptr;
    ProjectTaskPicker *m_picker = nullptr;
};

void TestProjectTaskPicker::init()
{
    m_projects = new ProjectsModel;
    m_projects->setProjects(sampleProjects());
    m_window = new QWidget;
    m_picker = new ProjectTaskPicker(m_window);
    m_picker->setProjectsModel(m_projects);
    m_window->resize(400, 60);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_picker->lineEdit()->setFocus();
}

void TestProjectTaskPicker::cleanup()
{
    delete m_window;
    delete m_projects;
}

void TestProjectTaskPicker::isNamedForAssistiveTechnology()
{
    QCOMPARE(m_picker->lineEdit()->accessibleName(), QStringLiteral("Project / task"));
    QCOMPARE(m_picker->lineEdit()->placeholderText(), QStringLiteral("Project / task…"));
    QVERIFY(m_picker->current() == ProjectTaskKey{});
}

void TestProjectTaskPicker::typingIgnoresAccentsAndCase_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("project");
    QTest::addColumn<qint64>("task");
    QTest::addColumn<QString>("text");
    QTest::newRow("mull bera") << "mull bera" << qint64(1) << qint64(11)
                               << "Website Relaunch · Beratung";
    QTest::newRow("cafe") << "cafe" << qint64(2) << qint64(21) << "Kassensystem · Entwicklung";
    QTest::newRow("CAFE ENTW") << "CAFE ENTW" << qint64(2) << qint64(21)
                               << "Kassensystem · Entwicklung";
    QTest::newRow("weiss") << "weiss" << qint64(3) << qint64(31) << "Weißbier-Shop · Support";
}

void TestProjectTaskPicker::typingIgnoresAccentsAndCase()
{
    QFETCH(QString, typed);
    QFETCH(qint64, project);
    QFETCH(qint64, task);
    QFETCH(QString, text);
    QSignalSpy picked(m_picker, &ProjectTaskPicker::picked);
    type(typed);
    QVERIFY(m_picker->isPopupVisible());
    QCOMPARE(m_picker->lineEdit()->text(), typed); // typing went on in the line edit
    press(Qt::Key_Return);
    QVERIFY(!m_picker->isPopupVisible());
    QCOMPARE(picked.count(), 1);
    const ProjectTaskKey key = picked.first().first().value<ProjectTaskKey>();
    QCOMPARE(key.projectId, project);
    QCOMPARE(key.taskId, task);
    QVERIFY(m_picker->current() == key);
    QCOMPARE(m_picker->lineEdit()->text(), text);
}

void TestProjectTaskPicker::enterPicksTheFirstTask()
{
    // "mull" matches both projects of Müller & Söhne; the first task in name order wins.
    type(QStringLiteral("mull"));
    QVERIFY(m_picker->isPopupVisible());
    QCOMPARE(m_picker->popup()->currentIndex().data().toString(),
             QStringLiteral("Website Relaunch · Beratung"));
    press(Qt::Key_Enter);
    QVERIFY(m_picker->current() == (ProjectTaskKey{1, 11}));

    // Nothing matches: no popup, Enter picks nothing and leaves the pick alone.
    m_picker->lineEdit()->clear();
    type(QStringLiteral("zzz"));
    QVERIFY(!m_picker->isPopupVisible());
    press(Qt::Key_Return);
    QVERIFY(m_picker->current() == (ProjectTaskKey{1, 11}));
}

void TestProjectTaskPicker::arrowsMoveTheHighlight()
{
    QSignalSpy picked(m_picker, &ProjectTaskPicker::picked);
    type(QStringLiteral("mull"));
    press(Qt::Key_Down);
    QCOMPARE(m_picker->popup()->currentIndex().data().toString(),
             QStringLiteral("Website Relaunch · Design"));
    press(Qt::Key_Down); // on to the next project's task
    QCOMPARE(m_picker->popup()->currentIndex().data().toString(),
             QStringLiteral("Weißbier-Shop · Support"));
    press(Qt::Key_Down); // stays on the last one
    press(Qt::Key_Up);
    QCOMPARE(m_picker->popup()->currentIndex().data().toString(),
             QStringLiteral("Website Relaunch · Design"));
    QCOMPARE(picked.count(), 0);
    press(Qt::Key_Return);
    QVERIFY(m_picker->current() == (ProjectTaskKey{1, 12}));

    // Down in the closed picker opens the whole list at the current pick.
    press(Qt::Key_Down);
    QVERIFY(m_picker->isPopupVisible());
    QCOMPARE(m_picker->popup()->currentIndex().data(ItemDataRole::TaskId).toLongLong(), 12);
    press(Qt::Key_Escape);
    QVERIFY(!m_picker->isPopupVisible());
}

void TestProjectTaskPicker::favouritesComeFirst()
{
    m_projects->setFavorites({{4, 41}});
    type(QStringLiteral("e")); // matches every customer
    QVERIFY(m_picker->isPopupVisible());
    const QModelIndex first = m_picker->popup()->model()->index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("Intern · Meetings"));
    QCOMPARE(first.data(ItemDataRole::CustomerName).toString(), QStringLiteral("Eigene Firma"));
    QVERIFY(first.data(ItemDataRole::IsFavorite).toBool());
    QCOMPARE(m_picker->popup()->currentIndex(), first);
    press(Qt::Key_Return);
    QVERIFY(m_picker->current() == (ProjectTaskKey{4, 41}));

    // Among Müller's projects, the starred one comes first too.
    m_projects->setFavorites({{3, 31}});
    m_picker->lineEdit()->clear();
    type(QStringLiteral("mull"));
    press(Qt::Key_Return);
    QVERIFY(m_picker->current() == (ProjectTaskKey{3, 31}));
}

void TestProjectTaskPicker::exactProjectAndTaskComeBeforeFavourites()
{
    // Intern · Dokumentation is starred and comes first in name order; typing the project's and
    // the task's name still offers the project Dokumentation with its task Dokumentation first.
    m_projects->setFavorites({{4, 42}});
    type(QStringLiteral("dokumentation dokumentation"));
    QVERIFY(m_picker->isPopupVisible());
    QCOMPARE(m_picker->popup()->model()->rowCount(), 2);
    QCOMPARE(m_picker->popup()->currentIndex().data().toString(),
             QStringLiteral("Dokumentation · Dokumentation"));
    press(Qt::Key_Return);
    QVERIFY(m_picker->current() == (ProjectTaskKey{5, 51}));

    // One word names no pair exactly: the favourite is first again.
    m_picker->lineEdit()->clear();
    type(QStringLiteral("dokumentation"));
    press(Qt::Key_Return);
    QVERIFY(m_picker->current() == (ProjectTaskKey{4, 42}));
}

void TestProjectTaskPicker::escapeRestoresThePreviousPick()
{
    m_picker->setCurrent({2, 21});
    QSignalSpy picked(m_picker, &ProjectTaskPicker::picked);
    m_picker->lineEdit()->selectAll();
    type(QStringLiteral("mull"));
    QVERIFY(m_picker->isPopupVisible());
    press(Qt::Key_Escape);
    QVERIFY(!m_picker->isPopupVisible());
    QCOMPARE(m_picker->lineEdit()->text(), QStringLiteral("Kassensystem · Entwicklung"));
    QVERIFY(m_picker->current() == (ProjectTaskKey{2, 21}));
    QCOMPARE(picked.count(), 0);
}

void TestProjectTaskPicker::ctrlSAndTheStarToggleTheFavourite()
{
    QSignalSpy toggled(m_picker, &ProjectTaskPicker::favoriteToggled);
    connect(m_picker, &ProjectTaskPicker::favoriteToggled, m_projects,
            [this](const ProjectTaskKey &key) { m_projects->setFavorites({key}); });
    type(QStringLiteral("mull"));
    press(Qt::Key_Down); // Design
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(toggled.count(), 1);
    QVERIFY(toggled.first().first().value<ProjectTaskKey>() == (ProjectTaskKey{1, 12}));
    QVERIFY(m_picker->isPopupVisible());
    QCOMPARE(m_picker->lineEdit()->text(), QStringLiteral("mull")); // no "s" typed
    // The starred row moved to the top and stays highlighted.
    QCOMPARE(m_picker->popup()->currentIndex().row(), 0);
    QCOMPARE(m_picker->popup()->currentIndex().data().toString(),
             QStringLiteral("Website Relaunch · Design"));
    QVERIFY(m_picker->popup()->currentIndex().data(ItemDataRole::IsFavorite).toBool());

    // A click on the star of another row toggles that one and picks nothing.
    QSignalSpy picked(m_picker, &ProjectTaskPicker::picked);
    QListView *view = m_picker->popup();
    const QModelIndex support =
        view->model()
            ->match(view->model()->index(0, 0), Qt::DisplayRole,
                    QStringLiteral("Weißbier-Shop · Support"), 1, Qt::MatchExactly)
            .value(0);
    QVERIFY(support.isValid());
    const QRect row = view->visualRect(support);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      QPoint(row.right() - row.height() / 2, row.center().y()));
    QCOMPARE(toggled.count(), 2);
    QVERIFY(toggled.last().first().value<ProjectTaskKey>() == (ProjectTaskKey{3, 31}));
    QCOMPARE(picked.count(), 0);
}

void TestProjectTaskPicker::clickPicksATask()
{
    QSignalSpy picked(m_picker, &ProjectTaskPicker::picked);
    type(QStringLiteral("kasse"));
    QListView *view = m_picker->popup();
    const QModelIndex task = view->currentIndex();
    QCOMPARE(task.data().toString(), QStringLiteral("Kassensystem · Entwicklung"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(task).topLeft() + QPoint(4, 4));
    QCOMPARE(picked.count(), 1);
    QVERIFY(m_picker->current() == (ProjectTaskKey{2, 21}));
    QVERIFY(!m_picker->isPopupVisible());
}

void TestProjectTaskPicker::setCurrentShowsProjectAndTask()
{
    m_picker->setCurrent({1, 12});
    QCOMPARE(m_picker->lineEdit()->text(), QStringLiteral("Website Relaunch · Design"));
    QVERIFY(m_picker->current() == (ProjectTaskKey{1, 12}));
    // A sync replaces the projects: the pick stays, with the new name.
    QList<Project> renamed = sampleProjects();
    renamed[0].name = QStringLiteral("Website 2027");
    m_projects->setProjects(renamed);
    QCOMPARE(m_picker->lineEdit()->text(), QStringLiteral("Website 2027 · Design"));
    m_picker->clear();
    QVERIFY(m_picker->lineEdit()->text().isEmpty());
    QVERIFY(m_picker->current() == ProjectTaskKey{});
}

QTEST_MAIN(TestProjectTaskPicker)
#include "tst_projecttaskpicker.moc"
