// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFixture.h"

#include "core/domain/JsonList.h"
#include "core/domain/Project.h"

#include <QJsonArray>
#include <QTest>

namespace {

QList<qint64> taskIds(const QList<Task> &tasks)
{
    QList<qint64> ids;
    for (const Task &task : tasks)
        ids.append(task.id);
    return ids;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    void assignedWithoutContract2022();
    void assignedWithContract();
    void assignedInactiveContract();
    void assignedList();
    void fullProject();
    void tasksEndpoint();
    void emptyArrayAsCustomProperties();
    void isBookable_data();
    void isBookable();
    void wrongType_data();
    void wrongType();
    void nestedListErrorsNameIndex();
    void roundTrip_data();
    void roundTrip();
};

void TestProject::assignedWithoutContract2022()
{
    QString error;
    const auto project = Project::fromJson(
        JsonFixture::load(QStringLiteral("project_assigned_no_contract.json")), &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->id, 945874867);
    QCOMPARE(project->identifier, QStringLiteral("P22001"));
    QCOMPARE(project->name, QStringLiteral("Intern"));
    QVERIFY(!project->billable);
    QCOMPARE(project->customer.id, 761251988);
    QVERIFY(!project->contract);
    QVERIFY(project->contracts.isEmpty());
    QVERIFY(project->customProperties.isEmpty());
    QCOMPARE(project->tasks.size(), 2);
    // No contract known: the project's own active flag decides.
    QVERIFY(project->isBookable());
    QCOMPARE(taskIds(project->bookableTasks()), QList<qint64>{12390189});
}

void TestProject::assignedWithContract()
{
    QString error;
    const auto project = Project::fromJson(
        JsonFixture::load(QStringLiteral("project_assigned_with_contract.json")), &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->identifier, QString()); // null in the spec
    QCOMPARE(project->name, QStringLiteral("Webseite Relaunch – Phase 2 🚀"));
    QCOMPARE(project->customer.name, QStringLiteral("Müller & Söhne GmbH"));
    QVERIFY(project->contract);
    QCOMPARE(project->contract->userId, 933662266);
    QVERIFY(project->contract->active);
    QCOMPARE(project->contract->id, 0);
    QVERIFY(project->isBookable());
    QCOMPARE(taskIds(project->bookableTasks()), (QList<qint64>{12540219, 12540220}));
    QVERIFY(project->findTask(12540221));
    QVERIFY(!project->findTask(12540221)->isBookable());
    QVERIFY(!project->findTask(1));
}

void TestProject::assignedInactiveContract()
{
    QString error;
    const auto project = Project::fromJson(
        JsonFixture::load(QStringLiteral("project_assigned_inactive_contract.json")), &error);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(project->active);
    QVERIFY(!project->isBookable());
    QVERIFY(project->bookableTasks().isEmpty());
    QCOMPARE(project->customer.name, QStringLiteral("Café Zürich"));
}

void TestProject::assignedList()
{
    QString error;
    const auto projects =
        listFromJson<Project>(JsonFixture::load(QStringLiteral("projects_assigned.json")), &error);
    QVERIFY2(projects, qPrintable(error));
    QCOMPARE(projects->size(), 3);
    QVERIFY(!projects->at(0).contract);
    QVERIFY(projects->at(1).contract);
}

void TestProject::fullProject()
{
    QString error;
    const auto project =
        Project::fromJson(JsonFixture::load(QStringLiteral("project_full.json")), &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->identifier, QStringLiteral("P22002"));
    QVERIFY(!project->contract);
    QCOMPARE(project->contracts.size(), 2);
    QCOMPARE(project->contracts.at(1).firstName, QStringLiteral("Zoë"));
    QCOMPARE(project->contracts.at(1).lastName, QStringLiteral("Ångström"));
    QCOMPARE(project->contracts.at(1).budget, std::optional<double>(40));
    QCOMPARE(project->contracts.at(1).hourlyRate, std::optional<double>(120.5));
    QVERIFY(!project->contracts.at(0).budget);
    QCOMPARE(project->contracts.at(0).id, 458672);

    const auto mine = project->contractFor(933662266);
    QVERIFY(mine);
    QVERIFY(mine->active);
    const auto colleague = project->contractFor(933662267);
    QVERIFY(colleague);
    QVERIFY(!colleague->active);
    QVERIFY(!project->contractFor(1));

    QCOMPARE(project->tasks.size(), 2);
    QCOMPARE(project->tasks.at(0).description, QString()); // null
    QVERIFY(!project->tasks.at(0).budget);
    QCOMPARE(project->tasks.at(1).budget, std::optional<double>(2000));
    QCOMPARE(project->tasks.at(1).hourlyRate, std::optional<double>(0));

    QCOMPARE(project->customProperties.size(), 9);
    QCOMPARE(project->customProperties.text(QStringLiteral("Purchase Order Number")),
             QStringLiteral("PO-2022-0815"));
    QCOMPARE(project->customProperties.list(QStringLiteral("Technologien")),
             (QStringList{QStringLiteral("Qt"), QStringLiteral("C++"),
                          QStringLiteral("Ärger-Management")}));
    QCOMPARE(project->createdAt.isValid(), true);
}

void TestProject::tasksEndpoint()
{
    QString error;
    const auto tasks =
        listFromJson<Task>(JsonFixture::load(QStringLiteral("project_tasks.json")), &error);
    QVERIFY2(tasks, qPrintable(error));
    QCOMPARE(tasks->size(), 2);
    QCOMPARE(tasks->at(1).description, QStringLiteral("Abstimmung"));
    QCOMPARE(tasks->at(1).budget, std::optional<double>(2000.5));
    QVERIFY(!tasks->at(1).isBookable());
    QVERIFY(tasks->at(0).updatedAt.isValid());
}

void TestProject::emptyArrayAsCustomProperties()
{
    QJsonObject json = JsonFixture::loadObject(QStringLiteral("project_full.json"));
    json.insert(QStringLiteral("custom_properties"), QJsonArray());
    QString error;
    const auto project = Project::fromJson(json, &error);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(project->customProperties.isEmpty());
}

void TestProject::isBookable_data()
{
    QTest::addColumn<bool>("active");
    QTest::addColumn<int>("contract"); // 0 none, 1 active, 2 inactive
    QTest::addColumn<bool>("bookable");
    QTest::newRow("active, no contract") << true << 0 << true;
    QTest::newRow("active, active contract") << true << 1 << true;
    QTest::newRow("active, inactive contract") << true << 2 << false;
    QTest::newRow("archived, no contract") << false << 0 << false;
    QTest::newRow("archived, active contract") << false << 1 << false;
    QTest::newRow("archived, inactive contract") << false << 2 << false;
}

void TestProject::isBookable()
{
    QFETCH(bool, active);
    QFETCH(int, contract);
    QFETCH(bool, bookable);
    Project project;
    project.active = active;
    project.tasks = {Task{1, QStringLiteral("T"), true, true, {}, {}, {}, {}, {}}};
    if (contract != 0)
        project.contract = Contract{0, 5, contract == 1, {}, {}, {}, {}, {}};
    QCOMPARE(project.isBookable(), bookable);
    QCOMPARE(project.bookableTasks().size(), bookable ? 1 : 0);
}

void TestProject::wrongType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    const QString assigned = QStringLiteral("project_assigned_with_contract.json");
    const QString full = QStringLiteral("project_full.json");
    const auto undefined = QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id string") << assigned << "id" << QJsonValue(QStringLiteral("945892354"))
                               << "project.id: expected an integer, got a string";
    QTest::newRow("name missing") << assigned << "name" << undefined << "project.name: missing";
    QTest::newRow("active missing")
        << assigned << "active" << undefined << "project.active: missing";
    QTest::newRow("active string") << assigned << "active" << QJsonValue(QStringLiteral("true"))
                                   << "project.active: expected a boolean, got a string";
    QTest::newRow("identifier number") << assigned << "identifier" << QJsonValue(22002)
                                       << "project.identifier: expected a string, got a number";
    QTest::newRow("customer missing")
        << assigned << "customer" << undefined << "project.customer: missing";
    QTest::newRow("customer string") << assigned << "customer" << QJsonValue(QStringLiteral("X"))
                                     << "project.customer: expected an object, got a string";
    QTest::newRow("customer.id fractional") << assigned << "customer.id" << QJsonValue(1.25)
                                            << "project.customer.id: expected an integer, got 1.25";
    QTest::newRow("tasks object") << assigned << "tasks" << QJsonValue(QJsonObject())
                                  << "project.tasks: expected an array, got an object";
    QTest::newRow("contract array") << assigned << "contract" << QJsonValue(QJsonArray())
                                    << "project.contract: expected an object, got an array";
    QTest::newRow("contract.user_id string")
        << assigned << "contract.user_id" << QJsonValue(QStringLiteral("933662266"))
        << "project.contract.user_id: expected an integer, got a string";
    QTest::newRow("contract.active missing")
        << assigned << "contract.active" << undefined << "project.contract.active: missing";
    QTest::newRow("custom_properties string")
        << full << "custom_properties" << QJsonValue(QStringLiteral("x"))
        << "project.custom_properties: expected an object, got a string";
    // A custom value of any shape is readable (a kind this client does not
    // know): tst_customfields.
    QTest::newRow("contracts object") << full << "contracts" << QJsonValue(QJsonObject())
                                      << "project.contracts: expected an array, got an object";
}

void TestProject::wrongType()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!Project::fromJson(JsonFixture::withField(JsonFixture::loadObject(file), field, value),
                               &error));
    QCOMPARE(error, expected);
}

void TestProject::nestedListErrorsNameIndex()
{
    QJsonObject json =
        JsonFixture::loadObject(QStringLiteral("project_assigned_with_contract.json"));
    QJsonArray tasks = json.value(QStringLiteral("tasks")).toArray();
    QJsonObject task = tasks.at(1).toObject();
    task.insert(QStringLiteral("active"), QStringLiteral("yes"));
    tasks[1] = task;
    json.insert(QStringLiteral("tasks"), tasks);
    QString error;
    QVERIFY(!Project::fromJson(json, &error));
    QCOMPARE(error, QStringLiteral("project.tasks[1].active: expected a boolean, got a string"));

    QJsonArray list = JsonFixture::load(QStringLiteral("projects_assigned.json")).toArray();
    list[2] = json;
    QVERIFY(!listFromJson<Project>(list, &error));
    QCOMPARE(error, QStringLiteral("[2].tasks[1].active: expected a boolean, got a string"));

    tasks[1] = 12540220;
    json.insert(QStringLiteral("tasks"), tasks);
    QVERIFY(!Project::fromJson(json, &error));
    QCOMPARE(error, QStringLiteral("project.tasks[1]: expected an object, got a number"));
}

void TestProject::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"project_assigned_no_contract.json", "project_assigned_with_contract.json",
          "project_assigned_inactive_contract.json", "project_full.json"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestProject::roundTrip()
{
    QFETCH(QString, file);
    QString error;
    const auto project = Project::fromJson(JsonFixture::load(file), &error);
    QVERIFY2(project, qPrintable(error));
    const auto again = Project::fromJson(project->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == *project);
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
