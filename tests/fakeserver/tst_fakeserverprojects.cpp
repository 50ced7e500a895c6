// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeApiClient.h"

#include "support/FakeServerProcess.h"

#include <QSet>
#include <QtTest>

// Projects (assigned list, full project) and custom fields: definitions of
// every kind, the strict (default) and merge update rules, the 12 kB limit.
class TestFakeServerProjects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void assignedIsAPlainUnpagedArray();
    void assignedFiltersByActive();
    void seededNamesAreHard();
    void fullProjectHasTasksContractsAndCustomProperties();
    void unassignedProjectIsForbidden();
    void customFieldDefinitionsCoverEveryKind();
    void strictUpdateDeletesFieldsLeftOut();
    void mergeUpdateKeepsFieldsLeftOut();
    void valuesAreNormalizedOrIgnored();
    void malformedDateOrLinkIs422_data();
    void malformedDateOrLinkIs422();
    void moreThan12kBIs422();

private:
    FakeApiClient demo(const FakeServerProcess &server) const;
    QJsonObject customProperties(FakeServerProcess &server, qint64 projectId);

    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
    FakeServerProcess m_mergeServer{{QStringLiteral("--rate"), QStringLiteral("off"),
                                     QStringLiteral("--custom-fields"), QStringLiteral("merge")}};
    static constexpr qint64 projectId = 3100000101; // index 0: many values seeded
};

void TestFakeServerProjects::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_mergeServer.start());
}

void TestFakeServerProjects::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
    m_mergeServer.control("POST", QStringLiteral("/reset"));
}

FakeApiClient TestFakeServerProjects::demo(const FakeServerProcess &server) const
{
    FakeApiClient client(server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    return client;
}

QJsonObject TestFakeServerProjects::customProperties(FakeServerProcess &server, qint64 id)
{
    return demo(server)
        .get(FakeApiClient::api(QStringLiteral("/projects/%1").arg(id)))
        .object()
        .value(QStringLiteral("custom_properties"))
        .toObject();
}

void TestFakeServerProjects::assignedIsAPlainUnpagedArray()
{
    const auto reply = demo(m_server).get(FakeApiClient::api(QStringLiteral("/projects/assigned")));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().isArray());
    for (const char *header : {"X-Page", "X-Per-Page", "X-Total", "Link"})
        QVERIFY2(!reply.hasHeader(header), header);
    const QJsonArray projects = reply.array();
    QVERIFY(projects.size() >= 20);
    bool inactiveContract = false;
    for (const QJsonValue &value : projects) {
        const QJsonObject project = value.toObject();
        QVERIFY(project.value(QStringLiteral("id")).toInteger() >
                qint64(std::numeric_limits<qint32>::max()));
        QVERIFY(
            project.value(QStringLiteral("customer")).toObject().contains(QStringLiteral("name")));
        QVERIFY(!project.value(QStringLiteral("tasks")).toArray().isEmpty());
        const QJsonObject task =
            project.value(QStringLiteral("tasks")).toArray().first().toObject();
        for (const char *key : {"id", "name", "active", "billable"})
            QVERIFY2(task.contains(QLatin1String(key)), key);
        const QJsonObject contract = project.value(QStringLiteral("contract")).toObject();
        QCOMPARE(contract.value(QStringLiteral("user_id")).toInteger(),
                 FakeServerProcess::demoUserId);
        inactiveContract |= !contract.value(QStringLiteral("active")).toBool();
        QVERIFY(!project.contains(QStringLiteral("custom_properties")));
    }
    QVERIFY(inactiveContract);
}

void TestFakeServerProjects::assignedFiltersByActive()
{
    FakeApiClient client = demo(m_server);
    const int all =
        int(client.get(FakeApiClient::api(QStringLiteral("/projects/assigned"))).array().size());
    const auto active =
        client.get(FakeApiClient::api(QStringLiteral("/projects/assigned?active=true"))).array();
    const auto inactive =
        client.get(FakeApiClient::api(QStringLiteral("/projects/assigned?active=false"))).array();
    QVERIFY(!inactive.isEmpty());
    QCOMPARE(active.size() + inactive.size(), all);
    for (const QJsonValue &value : active)
        QVERIFY(value.toObject().value(QStringLiteral("active")).toBool());
    bool inactiveTask = false;
    for (const QJsonValue &value : active) {
        for (const QJsonValue &task : value.toObject().value(QStringLiteral("tasks")).toArray())
            inactiveTask |= !task.toObject().value(QStringLiteral("active")).toBool();
    }
    QVERIFY(inactiveTask);
}

void TestFakeServerProjects::seededNamesAreHard()
{
    const QJsonArray projects =
        demo(m_server).get(FakeApiClient::api(QStringLiteral("/projects/assigned"))).array();
    QSet<QString> customers;
    bool nullIdentifier = false;
    int longest = 0;
    for (const QJsonValue &value : projects) {
        const QJsonObject project = value.toObject();
        customers.insert(project.value(QStringLiteral("customer"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString());
        nullIdentifier |= project.value(QStringLiteral("identifier")).isNull();
        longest = std::max(longest, int(project.value(QStringLiteral("name")).toString().size()));
    }
    const QString all = QStringList(customers.values()).join(QLatin1Char('|'));
    for (const QString &fragment :
         {QStringLiteral("Müller & Söhne"), QStringLiteral("Café Crème"), QStringLiteral("🚀"),
          QStringLiteral("東京"), QStringLiteral("Ñandú")})
        QVERIFY2(all.contains(fragment), qPrintable(fragment));
    QVERIFY(std::any_of(customers.cbegin(), customers.cend(),
                        [](const QString &name) { return name.size() > 120; }));
    QVERIFY(longest > 100);
    QVERIFY(nullIdentifier);
}

void TestFakeServerProjects::fullProjectHasTasksContractsAndCustomProperties()
{
    const auto reply =
        demo(m_server).get(FakeApiClient::api(QStringLiteral("/projects/%1").arg(projectId)));
    QCOMPARE(reply.status, 200);
    const QJsonObject project = reply.object();
    for (const char *key :
         {"id", "identifier", "name", "active", "billable", "customer", "tasks", "contracts",
          "custom_properties", "leader", "hourly_rate", "created_at", "updated_at"})
        QVERIFY2(project.contains(QLatin1String(key)), key);
    const QJsonObject contract =
        project.value(QStringLiteral("contracts")).toArray().first().toObject();
    for (const char *key :
         {"id", "user_id", "firstname", "lastname", "billable", "active", "hourly_rate"})
        QVERIFY2(contract.contains(QLatin1String(key)), key);
    const QJsonObject values = project.value(QStringLiteral("custom_properties")).toObject();
    QCOMPARE(values.value(QStringLiteral("Reisekosten abrechenbar")).toString(),
             QStringLiteral("1"));
    QVERIFY(values.value(QStringLiteral("Teams")).isArray());
    QCOMPARE(values.value(QStringLiteral("Priorität")).toString(), QString());
}

void TestFakeServerProjects::unassignedProjectIsForbidden()
{
    const auto reply =
        demo(m_server).get(FakeApiClient::api(QStringLiteral("/projects/3100000113")));
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.isEmpty());
    FakeApiClient staff(m_server.port());
    staff.setApiKey(QString::fromLatin1(FakeServerProcess::staffApiKey));
    QCOMPARE(staff.get(FakeApiClient::api(QStringLiteral("/projects/3100000113"))).status, 200);
}

void TestFakeServerProjects::customFieldDefinitionsCoverEveryKind()
{
    const auto reply = demo(m_server).get(
        FakeApiClient::api(QStringLiteral("/account/custom_properties?entity=Project")));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.hasHeader("X-Total"));
    QSet<QString> kinds;
    bool apiOnly = false;
    bool emptyOption = false;
    for (const QJsonValue &value : reply.array()) {
        const QJsonObject field = value.toObject();
        QCOMPARE(field.value(QStringLiteral("entity")).toString(), QStringLiteral("Project"));
        QVERIFY(field.value(QStringLiteral("defaults")).isArray());
        QVERIFY(field.contains(QStringLiteral("name_alt")));
        kinds.insert(field.value(QStringLiteral("kind")).toString());
        apiOnly |= field.value(QStringLiteral("api_only")).toBool();
        const QJsonArray options = field.value(QStringLiteral("defaults")).toArray();
        emptyOption |= options.contains(QJsonValue(QString()));
    }
    for (const char *kind :
         {"String", "Textarea", "Link", "Boolean", "Select", "MultiSelect", "Date", "Currency"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    QVERIFY(apiOnly);
    QVERIFY(emptyOption);

    const auto all =
        demo(m_server).get(FakeApiClient::api(QStringLiteral("/account/custom_properties")));
    QVERIFY(all.array().size() > reply.array().size());
}

void TestFakeServerProjects::strictUpdateDeletesFieldsLeftOut()
{
    QVERIFY(customProperties(m_server, projectId).size() > 3);
    const auto reply =
        demo(m_server).put(FakeApiClient::api(QStringLiteral("/projects/%1").arg(projectId)),
                           {{QStringLiteral("custom_properties"),
                             QJsonObject{{QStringLiteral("Priorität"), QStringLiteral("Hoch")}}}});
    QCOMPARE(reply.status, 200);
    const QJsonObject expected{{QStringLiteral("Priorität"), QStringLiteral("Hoch")}};
    QCOMPARE(reply.object().value(QStringLiteral("custom_properties")).toObject(), expected);
    QCOMPARE(customProperties(m_server, projectId), expected);
}

void TestFakeServerProjects::mergeUpdateKeepsFieldsLeftOut()
{
    QJsonObject expected = customProperties(m_mergeServer, projectId);
    const auto reply =
        demo(m_mergeServer)
            .put(FakeApiClient::api(QStringLiteral("/projects/%1").arg(projectId)),
                 {{QStringLiteral("custom_properties"),
                   QJsonObject{{QStringLiteral("Priorität"), QStringLiteral("Hoch")}}}});
    QCOMPARE(reply.status, 200);
    expected.insert(QStringLiteral("Priorität"), QStringLiteral("Hoch"));
    QCOMPARE(customProperties(m_mergeServer, projectId), expected);
}

void TestFakeServerProjects::valuesAreNormalizedOrIgnored()
{
    QJsonObject submitted = customProperties(m_server, projectId);
    submitted.insert(QStringLiteral("Reisekosten abrechenbar"), false);
    submitted.insert(QStringLiteral("Teams"),
                     QJsonArray{QStringLiteral("QA"), QStringLiteral("Marketing")});
    submitted.insert(QStringLiteral("Priorität"), QStringLiteral("Dringend")); // not an option
    submitted.insert(QStringLiteral("Unbekanntes Feld"), QStringLiteral("x"));
    submitted.insert(QStringLiteral("Bestellnummer"), 4711);
    const auto reply =
        demo(m_server).patch(FakeApiClient::api(QStringLiteral("/projects/%1").arg(projectId)),
                             {{QStringLiteral("custom_properties"), submitted}});
    QCOMPARE(reply.status, 200);
    const QJsonObject stored = customProperties(m_server, projectId);
    QCOMPARE(stored.value(QStringLiteral("Reisekosten abrechenbar")).toString(),
             QStringLiteral("0"));
    QCOMPARE(stored.value(QStringLiteral("Teams")).toArray(), QJsonArray{QStringLiteral("QA")});
    QCOMPARE(stored.value(QStringLiteral("Priorität")).toString(), QString()); // unchanged
    QVERIFY(!stored.contains(QStringLiteral("Unbekanntes Feld")));
    QCOMPARE(stored.value(QStringLiteral("Bestellnummer")).toString(), QStringLiteral("4711"));
}

void TestFakeServerProjects::malformedDateOrLinkIs422_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("date") << QStringLiteral("Abnahmedatum") << QStringLiteral("31.12.2026");
    QTest::newRow("link") << QStringLiteral("Ticket-System") << QStringLiteral("ftp://example.com");
}

void TestFakeServerProjects::malformedDateOrLinkIs422()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QJsonObject before = customProperties(m_server, projectId);
    QJsonObject submitted = before;
    submitted.insert(field, value);
    const auto reply =
        demo(m_server).put(FakeApiClient::api(QStringLiteral("/projects/%1").arg(projectId)),
                           {{QStringLiteral("custom_properties"), submitted}});
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.object().contains(QStringLiteral("custom_properties")));
    QCOMPARE(customProperties(m_server, projectId), before);
}

void TestFakeServerProjects::moreThan12kBIs422()
{
    const QJsonObject before = customProperties(m_server, projectId);
    QJsonObject submitted = before;
    submitted.insert(QStringLiteral("Projektnotizen"), QString(12 * 1024, QLatin1Char('x')));
    const auto reply =
        demo(m_server).put(FakeApiClient::api(QStringLiteral("/projects/%1").arg(projectId)),
                           {{QStringLiteral("custom_properties"), submitted}});
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.object().contains(QStringLiteral("custom_properties")));
    QCOMPARE(customProperties(m_server, projectId), before);

    submitted.insert(QStringLiteral("Projektnotizen"), QString(10 * 1024, QLatin1Char('x')));
    QCOMPARE(demo(m_server)
                 .put(FakeApiClient::api(QStringLiteral("/projects/%1").arg(projectId)),
                      {{QStringLiteral("custom_properties"), submitted}})
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestFakeServerProjects)
#include "tst_fakeserverprojects.moc"
