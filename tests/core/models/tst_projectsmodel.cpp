// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ItemDataRole.h"
#include "core/models/ProjectFilterProxy.h"
#include "core/models/ProjectsModel.h"
#include "core/models/SearchText.h"
#include "support/TestProjects.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
using TestProjects::project;

Task task(qint64 id, const QString &name, bool active = true)
{
    Task t = TestProjects::task(id, name, id % 2 == 0);
    t.active = active;
    return t;
}

QList<Project> sampleProjects()
{
    Project inactive = project(4, QStringLiteral("P-4"), QStringLiteral("Altprojekt"), 30,
                               QStringLiteral("Zebra AG"), {task(41, QStringLiteral("Pflege"))});
    inactive.active = false;
    Project endedContract =
        project(5, QStringLiteral("P-5"), QStringLiteral("Beendet"), 30, QStringLiteral("Zebra AG"),
                {task(51, QStringLiteral("Pflege"))});
    endedContract.contract = Contract{0, 7, false, {}, {}, {}, {}, {}};
    Project openContract =
        project(6, QStringLiteral("P-6"), QStringLiteral("Laufend"), 30, QStringLiteral("Zebra AG"),
                {task(61, QStringLiteral("Pflege"))});
    openContract.contract = Contract{0, 7, true, {}, {}, {}, {}, {}};
    return {
        project(1, QStringLiteral("P-1042"), QStringLiteral("Website Relaunch"), 10,
                QStringLiteral("Müller & Söhne GmbH"),
                {task(12, QStringLiteral("Design")), task(11, QStringLiteral("Beratung")),
                 task(13, QStringLiteral("Archiv"), false)}),
        project(2, QString(), QStringLiteral("Kassensystem"), 20, QStringLiteral("Café Kränzchen"),
                {task(21, QStringLiteral("Entwicklung"))}),
        project(3, QStringLiteral("W-7"), QStringLiteral("Weißbier-Shop 🍺"), 10,
                QStringLiteral("Müller & Söhne GmbH"), {task(31, QStringLiteral("Design"))}),
        inactive,
        endedContract,
        openContract,
        project(7, QStringLiteral("P-7"), QStringLiteral("Ohne Aufgaben"), 40,
                QStringLiteral("Leer"), {task(71, QStringLiteral("Alt"), false)}),
    };
}

QStringList rowsOf(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(parent); ++row)
        rows << model.index(row, 0, parent).data().toString();
    return rows;
}

// Every visible task as "customer / project / task", in display order.
QStringList tasksOf(const QAbstractItemModel &model)
{
    QStringList tasks;
    for (int c = 0; c < model.rowCount(); ++c) {
        const QModelIndex customer = model.index(c, 0);
        for (int p = 0; p < model.rowCount(customer); ++p) {
            const QModelIndex project = model.index(p, 0, customer);
            for (int t = 0; t < model.rowCount(project); ++t) {
                tasks << QStringLiteral("%1 / %2 / %3")
                             .arg(customer.data().toString(), project.data().toString(),
                                  model.index(t, 0, project).data().toString());
            }
        }
    }
    return tasks;
}

// The same for the picker's flat list (ProjectFilterProxy), read from each row's path.
QStringList pairsOf(const QAbstractItemModel &model)
{
    QStringList pairs;
    for (int row = 0; row < model.rowCount(); ++row) {
        pairs << model.index(row, 0)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .replace(QStringLiteral(" › "), QStringLiteral(" / "));
    }
    return pairs;
}
} // namespace

class TestProjectsModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void treeHoldsOnlyBookableEntriesByName();
    void rowsCarryIdsForTheEditor();
    void foldIgnoresCaseAndAccents_data();
    void foldIgnoresCaseAndAccents();
    void typeAheadFindsCustomersProjectsAndTasks_data();
    void typeAheadFindsCustomersProjectsAndTasks();
    void favouritesThenRecentComeFirst();
    void firstTaskIsWhatEnterPicks();

private:
    ProjectsModel *m_model = nullptr;
    ProjectFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void TestProjectsModel::init()
{
    m_model = new ProjectsModel(this);
    m_proxy = new ProjectFilterProxy(m_model, this);
    m_modelTester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxyTester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setProjects(sampleProjects());
}

void TestProjectsModel::cleanup()
{
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
}

void TestProjectsModel::treeHoldsOnlyBookableEntriesByName()
{
    QCOMPARE(rowsOf(*m_model),
             (QStringList{QStringLiteral("Café Kränzchen"), QStringLiteral("Müller & Söhne GmbH"),
                          QStringLiteral("Zebra AG")}));
    QCOMPARE(tasksOf(*m_model),
             (QStringList{
                 QStringLiteral("Café Kränzchen / Kassensystem / Entwicklung"),
                 QStringLiteral("Müller & Söhne GmbH / P-1042 – Website Relaunch / Beratung"),
                 QStringLiteral("Müller & Söhne GmbH / P-1042 – Website Relaunch / Design"),
                 QStringLiteral("Müller & Söhne GmbH / W-7 – Weißbier-Shop 🍺 / Design"),
                 QStringLiteral("Zebra AG / P-6 – Laufend / Pflege"),
             }));
}

void TestProjectsModel::rowsCarryIdsForTheEditor()
{
    const QModelIndex design = m_model->indexOf({1, 12});
    QVERIFY(design.isValid());
    QCOMPARE(design.data().toString(), QStringLiteral("Design"));
    QCOMPARE(design.data(ItemDataRole::ProjectId).toLongLong(), 1);
    QCOMPARE(design.data(ItemDataRole::TaskId).toLongLong(), 12);
    QCOMPARE(design.data(ItemDataRole::CustomerId).toLongLong(), 10);
    QCOMPARE(design.data(ItemDataRole::CustomerName).toString(),
             QStringLiteral("Müller & Söhne GmbH"));
    QCOMPARE(design.data(ItemDataRole::ProjectIdentifier).toString(), QStringLiteral("P-1042"));
    QCOMPARE(design.data(ItemDataRole::ProjectName).toString(), QStringLiteral("Website Relaunch"));
    QCOMPARE(m_model->indexOfProject(1), design.parent());
    QVERIFY(!m_model->indexOfProject(4).isValid()); // inactive project
    QCOMPARE(design.data(ItemDataRole::IsBillable).toBool(), true);
    QCOMPARE(design.data(ItemDataRole::NodeKind).toInt(), int(ProjectsModel::Kind::Task));
    QCOMPARE(design.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Müller & Söhne GmbH › P-1042 – Website Relaunch › Design"));
    QVERIFY(!m_model->indexOf({1, 13}).isValid()); // inactive task
    QVERIFY(!m_model->indexOf({4, 41}).isValid()); // inactive project
    QVERIFY(!m_model->indexOf({5, 51}).isValid()); // contract ended
}

void TestProjectsModel::foldIgnoresCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("found");
    QTest::newRow("umlaut") << QStringLiteral("Müller") << QStringLiteral("mull") << true;
    QTest::newRow("umlaut spelled") << QStringLiteral("Müller") << QStringLiteral("Muell") << true;
    QTest::newRow("acute") << QStringLiteral("Café") << QStringLiteral("CAFE") << true;
    QTest::newRow("typed accent") << QStringLiteral("Cafe") << QStringLiteral("café") << true;
    QTest::newRow("sharp s") << QStringLiteral("Weiß") << QStringLiteral("weiss") << true;
    QTest::newRow("nordic") << QStringLiteral("Søren") << QStringLiteral("soren") << true;
    QTest::newRow("words any order")
        << QStringLiteral("Website Relaunch") << QStringLiteral("relaunch web") << true;
    QTest::newRow("missing word") << QStringLiteral("Website Relaunch")
                                  << QStringLiteral("web shop") << false;
    QTest::newRow("no span across spellings")
        << QStringLiteral("Müller") << QStringLiteral("mullermue") << false;
}

void TestProjectsModel::foldIgnoresCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(QString, typed);
    QFETCH(bool, found);
    QCOMPARE(SearchText::matches(SearchText::haystack(text), SearchText::needles(typed)), found);
}

void TestProjectsModel::typeAheadFindsCustomersProjectsAndTasks_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("tasks");
    const QString relaunch = QStringLiteral("Müller & Söhne GmbH / P-1042 – Website Relaunch / ");
    const QString shop = QStringLiteral("Müller & Söhne GmbH / W-7 – Weißbier-Shop 🍺 / Design");
    QTest::newRow("customer without accent")
        << QStringLiteral("mull") << QStringList{relaunch + "Beratung", relaunch + "Design", shop};
    QTest::newRow("cafe") << QStringLiteral("cafe")
                          << QStringList{
                                 QStringLiteral("Café Kränzchen / Kassensystem / Entwicklung")};
    QTest::newRow("identifier") << QStringLiteral("p-1042")
                                << QStringList{relaunch + "Beratung", relaunch + "Design"};
    QTest::newRow("task across projects")
        << QStringLiteral("DESIGN") << QStringList{relaunch + "Design", shop};
    QTest::newRow("sharp s") << QStringLiteral("weiss") << QStringList{shop};
    QTest::newRow("customer and task")
        << QStringLiteral("müller bera") << QStringList{relaunch + "Beratung"};
    QTest::newRow("nothing") << QStringLiteral("xyz") << QStringList{};
    QTest::newRow("inactive task stays hidden") << QStringLiteral("archiv") << QStringList{};
}

void TestProjectsModel::typeAheadFindsCustomersProjectsAndTasks()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, tasks);
    m_proxy->setFilterText(typed);
    QCOMPARE(pairsOf(*m_proxy), tasks);
    m_proxy->setFilterText(QString());
    QCOMPARE(pairsOf(*m_proxy).size(), 5);
}

void TestProjectsModel::favouritesThenRecentComeFirst()
{
    m_model->setRecent({{6, 61}, {1, 11}});
    m_model->setFavorites({{3, 31}});
    // The favourite, the recent pairs most recent first, then the rest in name order.
    QCOMPARE(pairsOf(*m_proxy),
             (QStringList{
                 QStringLiteral("Müller & Söhne GmbH / W-7 – Weißbier-Shop 🍺 / Design"),
                 QStringLiteral("Zebra AG / P-6 – Laufend / Pflege"),
                 QStringLiteral("Müller & Söhne GmbH / P-1042 – Website Relaunch / Beratung"),
                 QStringLiteral("Café Kränzchen / Kassensystem / Entwicklung"),
                 QStringLiteral("Müller & Söhne GmbH / P-1042 – Website Relaunch / Design"),
             }));
    QVERIFY(m_model->indexOf({3, 31}).data(ItemDataRole::IsFavorite).toBool());
    QVERIFY(!m_model->indexOf({1, 11}).data(ItemDataRole::IsFavorite).toBool());
    QCOMPARE(m_model->indexOf({6, 61}).data(ItemDataRole::RecentIndex).toInt(), 0);
    QCOMPARE(m_model->indexOf({1, 11}).data(ItemDataRole::RecentIndex).toInt(), 1);
    QCOMPARE(m_model->indexOf({1, 12}).data(ItemDataRole::RecentIndex).toInt(), -1);

    // Filtering keeps the order; unstarring moves the pair back.
    m_proxy->setFilterText(QStringLiteral("design"));
    QCOMPARE(pairsOf(*m_proxy).first(),
             QStringLiteral("Müller & Söhne GmbH / W-7 – Weißbier-Shop 🍺 / Design"));
    m_model->setFavorites({});
    QCOMPARE(pairsOf(*m_proxy).first(),
             QStringLiteral("Müller & Söhne GmbH / P-1042 – Website Relaunch / Design"));
}

void TestProjectsModel::firstTaskIsWhatEnterPicks()
{
    m_proxy->setFilterText(QStringLiteral("zebra"));
    const QModelIndex first = m_proxy->firstTask();
    QCOMPARE(first.data(ItemDataRole::TaskId).toLongLong(), 61);
    m_proxy->setFilterText(QStringLiteral("nothing like this"));
    QVERIFY(!m_proxy->firstTask().isValid());
}

QTEST_GUILESS_MAIN(TestProjectsModel)
#include "tst_projectsmodel.moc"
