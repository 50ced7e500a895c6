// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ItemDataRole.h"
#include "core/models/ProjectFilterProxy.h"
#include "core/models/ProjectTaskListModel.h"
#include "core/models/ProjectTaskRanking.h"
#include "core/models/ProjectsModel.h"
#include "core/models/SearchText.h"
#include "support/TestProjects.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
using TestProjects::project;
using TestProjects::task;

// Two projects named like tasks, as a MOCO account often has them.
QList<Project> sampleProjects()
{
    return {
        project(1, QStringLiteral("D-1"), QStringLiteral("Dokumentation"), 10,
                QStringLiteral("Zeta GmbH"),
                {task(11, QStringLiteral("Dokumentation")), task(12, QStringLiteral("Beratung"))}),
        project(2, QStringLiteral("H-2"), QStringLiteral("Handbuch"), 20,
                QStringLiteral("Alpha AG"),
                {task(21, QStringLiteral("Dokumentation")), task(22, QStringLiteral("Design"))}),
        project(3, QString(), QStringLiteral("Müller-Portal"), 20, QStringLiteral("Alpha AG"),
                {task(31, QStringLiteral("Prüfung")), task(32, QStringLiteral("Café-Tests"))}),
        project(4, QStringLiteral("I-4"), QStringLiteral("Intern"), 30, QStringLiteral("Eigen"),
                {task(41, QStringLiteral("Meetings")), task(42, QStringLiteral("Dokumentation"))}),
    };
}

ProjectTaskRanking::Entry entry(const QString &project, const QString &task, bool favorite = false,
                                int recentIndex = -1)
{
    return {SearchText::words(project), SearchText::words(task), favorite, recentIndex};
}

QList<qint64> taskIdsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ItemDataRole::TaskId).toLongLong();
    return ids;
}
} // namespace

Q_DECLARE_METATYPE(ProjectTaskRanking::Entry)
Q_DECLARE_METATYPE(ProjectTaskRanking::Group)

// The picker's one ranking rule, on its own and as the picker's list applies it.
class TestProjectTaskRanking : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void groupOf_data();
    void groupOf();
    void withinAGroupFavouriteThenRecentThenTies();
    void exactProjectAndTaskComeBeforeATaskOfTheSameName();
    void withoutTextFavouritesThenRecentThenNameOrder();
    void exactMatchIgnoresCaseAndAccents();
    void typedTextReordersRowsThatStay();
    void starringMovesThePairUp();
    void listFollowsAReset();

private:
    ProjectsModel *m_model = nullptr;
    ProjectFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_listTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void TestProjectTaskRanking::init()
{
    m_model = new ProjectsModel(this);
    m_proxy = new ProjectFilterProxy(m_model, this);
    m_listTester = new QAbstractItemModelTester(
        m_proxy->pairs(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxyTester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setProjects(sampleProjects());
}

void TestProjectTaskRanking::cleanup()
{
    delete m_proxyTester;
    delete m_listTester;
    delete m_proxy;
    delete m_model;
}

void TestProjectTaskRanking::groupOf_data()
{
    using Group = ProjectTaskRanking::Group;
    QTest::addColumn<QString>("typed");
    QTest::addColumn<ProjectTaskRanking::Entry>("pair");
    QTest::addColumn<ProjectTaskRanking::Group>("group");
    const QString doku = QStringLiteral("Dokumentation");
    QTest::newRow("project and task")
        << "Dokumentation Dokumentation" << entry(doku, doku) << Group::Exact;
    QTest::newRow("task only") << "Dokumentation Dokumentation"
                               << entry(QStringLiteral("Handbuch"), doku) << Group::Other;
    QTest::newRow("project only") << "Dokumentation Dokumentation"
                                  << entry(doku, QStringLiteral("Beratung")) << Group::Other;
    QTest::newRow("one word is not both") << "Dokumentation" << entry(doku, doku) << Group::Other;
    QTest::newRow("task word first")
        << "design website" << entry(QStringLiteral("Website Relaunch"), QStringLiteral("Design"))
        << Group::Exact;
    QTest::newRow("identifier") << "P-1042 design"
                                << entry(QStringLiteral("P-1042 Website"), QStringLiteral("Design"))
                                << Group::Exact;
    QTest::newRow("a prefix is not a word")
        << "web design" << entry(QStringLiteral("Website"), QStringLiteral("Design"), true)
        << Group::Favorite;
    QTest::newRow("every word must be a name's")
        << "website design extra"
        << entry(QStringLiteral("Website"), QStringLiteral("Design"), false, 0) << Group::Recent;
    QTest::newRow("exact beats favourite")
        << "website design" << entry(QStringLiteral("Website"), QStringLiteral("Design"), true)
        << Group::Exact;
    QTest::newRow("favourite") << "" << entry(doku, doku, true, 3) << Group::Favorite;
    QTest::newRow("recent") << "" << entry(doku, doku, false, 3) << Group::Recent;
    QTest::newRow("rest") << "" << entry(doku, doku) << Group::Other;
}

void TestProjectTaskRanking::groupOf()
{
    QFETCH(QString, typed);
    QFETCH(ProjectTaskRanking::Entry, pair);
    QFETCH(ProjectTaskRanking::Group, group);
    QCOMPARE(ProjectTaskRanking(typed).groupOf(pair), group);
}

void TestProjectTaskRanking::withinAGroupFavouriteThenRecentThenTies()
{
    const ProjectTaskRanking exact(QStringLiteral("website design"));
    const auto plain = entry(QStringLiteral("Website"), QStringLiteral("Design"));
    const auto starred = entry(QStringLiteral("Website"), QStringLiteral("Design"), true);
    const auto recent = entry(QStringLiteral("Website"), QStringLiteral("Design"), false, 4);
    QVERIFY(exact.before(starred, recent));
    QVERIFY(exact.before(recent, plain));
    QVERIFY(!exact.before(plain, plain)); // a tie: the caller's order stays

    const ProjectTaskRanking none;
    QVERIFY(none.before(entry("A", "B", false, 0), entry("A", "B", false, 1)));
    QVERIFY(none.before(entry("A", "B", true, 5), entry("A", "B", true, -1)));
    QVERIFY(none.before(entry("A", "B", true), entry("A", "B", false, 0)));
    QVERIFY(!none.before(entry("A", "B"), entry("C", "D")));
    QVERIFY(!none.before(entry("C", "D"), entry("A", "B")));
}

void TestProjectTaskRanking::exactProjectAndTaskComeBeforeATaskOfTheSameName()
{
    // Alpha's Handbuch · Dokumentation comes first in name order and is a favourite;
    // the project Dokumentation with its task Dokumentation is still offered first.
    m_model->setFavorites({{2, 21}});
    m_model->setRecent({{4, 42}});
    m_proxy->setFilterText(QStringLiteral("Dokumentation Dokumentation"));
    QCOMPARE(taskIdsOf(*m_proxy), (QList<qint64>{11, 21, 42, 12}));
    QCOMPARE(m_proxy->firstTask().data().toString(),
             QStringLiteral("Dokumentation · Dokumentation"));
    QCOMPARE(m_proxy->keyOf(m_proxy->firstTask()), (ProjectTaskKey{1, 11}));

    // One word: no exact pair, so favourite, recent, then name order.
    m_proxy->setFilterText(QStringLiteral("dokumentation"));
    QCOMPARE(taskIdsOf(*m_proxy), (QList<qint64>{21, 42, 12, 11}));
}

void TestProjectTaskRanking::withoutTextFavouritesThenRecentThenNameOrder()
{
    // Name order: Alpha AG (Handbuch, Müller-Portal), Eigen, Zeta GmbH.
    QCOMPARE(taskIdsOf(*m_proxy), (QList<qint64>{22, 21, 32, 31, 42, 41, 12, 11}));
    m_model->setRecent({{1, 12}, {4, 41}, {2, 22}});
    m_model->setFavorites({{1, 11}, {3, 31}, {2, 22}});
    // Favourites (recent first, then name order), recent by recency, the rest by name.
    QCOMPARE(taskIdsOf(*m_proxy), (QList<qint64>{22, 31, 11, 12, 41, 21, 32, 42}));
}

void TestProjectTaskRanking::exactMatchIgnoresCaseAndAccents()
{
    m_model->setFavorites({{2, 22}});
    for (const QString &typed :
         {QStringLiteral("müller-portal PRÜFUNG"), QStringLiteral("muller prufung"),
          QStringLiteral("mueller pruefung")}) {
        m_proxy->setFilterText(typed);
        QCOMPARE(m_proxy->keyOf(m_proxy->firstTask()), (ProjectTaskKey{3, 31}));
    }
    m_proxy->setFilterText(QStringLiteral("portal cafe tests"));
    QCOMPARE(m_proxy->keyOf(m_proxy->firstTask()), (ProjectTaskKey{3, 32}));
}

void TestProjectTaskRanking::typedTextReordersRowsThatStay()
{
    m_model->setFavorites({{2, 21}});
    m_proxy->setFilterText(QStringLiteral("dokumentation"));
    QCOMPARE(m_proxy->keyOf(m_proxy->firstTask()), (ProjectTaskKey{2, 21}));
    // The same rows pass the filter; the ranking alone changes.
    m_proxy->setFilterText(QStringLiteral("dokumentation dokumentation"));
    QCOMPARE(m_proxy->keyOf(m_proxy->firstTask()), (ProjectTaskKey{1, 11}));
    m_proxy->setFilterText(QStringLiteral("dokumentation"));
    QCOMPARE(m_proxy->keyOf(m_proxy->firstTask()), (ProjectTaskKey{2, 21}));
}

void TestProjectTaskRanking::starringMovesThePairUp()
{
    m_proxy->setFilterText(QStringLiteral("intern"));
    QCOMPARE(taskIdsOf(*m_proxy), (QList<qint64>{42, 41}));
    m_model->setFavorites({{4, 41}});
    QCOMPARE(taskIdsOf(*m_proxy), (QList<qint64>{41, 42}));
    QVERIFY(m_proxy->firstTask().data(ItemDataRole::IsFavorite).toBool());
    m_model->setFavorites({});
    QCOMPARE(taskIdsOf(*m_proxy), (QList<qint64>{42, 41}));
}

void TestProjectTaskRanking::listFollowsAReset()
{
    ProjectTaskListModel *pairs = m_proxy->pairs();
    QCOMPARE(pairs->rowCount(), 8);
    QCOMPARE(pairs->index(pairs->rowOf({3, 31})).data().toString(),
             QStringLiteral("Müller-Portal · Prüfung"));
    QCOMPARE(pairs->index(pairs->rowOf({3, 31})).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Alpha AG › Müller-Portal › Prüfung"));
    QList<Project> renamed = sampleProjects();
    renamed[2].name = QStringLiteral("Portal 2027");
    renamed.removeLast();
    m_model->setProjects(renamed);
    QCOMPARE(pairs->rowCount(), 6);
    QCOMPARE(pairs->rowOf({4, 41}), -1);
    QCOMPARE(pairs->index(pairs->rowOf({3, 31})).data().toString(),
             QStringLiteral("Portal 2027 · Prüfung"));
    m_proxy->setFilterText(QStringLiteral("portal"));
    QCOMPARE(m_proxy->rowCount(), 2);
    QVERIFY(!m_proxy->indexOf({1, 11}).isValid());
    QCOMPARE(m_proxy->keyOf(m_proxy->indexOf({3, 32})), (ProjectTaskKey{3, 32}));
}

QTEST_GUILESS_MAIN(TestProjectTaskRanking)
#include "tst_projecttaskranking.moc"
