// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeApiClient.h"

#include "support/FakeServerProcess.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

// Companies (MOCO's customers): the company object, who may see it, and its
// custom fields (entity "Customer"), written by the same rule as projects':
// strict (default) and merge, normalisation, 422s, persistence.
class TestFakeServerCompanies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void companyHasMocoShape();
    void internalCustomerIsIntern();
    void unknownCompanyIs404_data();
    void unknownCompanyIs404();
    void companyWithoutVisibleProjectIsForbidden();
    void customerDefinitionsCoverEveryKindAndAreSeeded();
    void strictUpdateDeletesFieldsLeftOut();
    void mergeUpdateKeepsFieldsLeftOut();
    void onlyCustomPropertiesAreWritten();
    void projectFieldsAreNotCompanyFields();
    void valuesAreNormalizedOrIgnored();
    void malformedDateOrLinkIs422_data();
    void malformedDateOrLinkIs422();
    void moreThan12kBIs422();
    void definitionsCanBeForbiddenByAFault();
    void valuesPersistAcrossRestarts();

private:
    static FakeApiClient client(const FakeServerProcess &server, const char *apiKey);
    static QString company(qint64 id)
    {
        return FakeApiClient::api(QStringLiteral("/companies/%1").arg(id));
    }
    QJsonObject customProperties(FakeServerProcess &server, qint64 id) const;

    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
    FakeServerProcess m_mergeServer{{QStringLiteral("--rate"), QStringLiteral("off"),
                                     QStringLiteral("--custom-fields"), QStringLiteral("merge")}};
    // Index 0: a value of every kind seeded.
    static constexpr qint64 companyId = 2200000101;
    static constexpr qint64 internalCompanyId = 2200000110;
    // Café Crème: none of its projects is Ömer Yıldız's.
    static constexpr qint64 foreignCompanyId = 2200000102;
    static constexpr const char *oemerApiKey = "c0ffee00c0ffee00c0ffee00c0ffee05";
};

void TestFakeServerCompanies::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_mergeServer.start());
}

void TestFakeServerCompanies::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
    m_mergeServer.control("POST", QStringLiteral("/reset"));
}

FakeApiClient TestFakeServerCompanies::client(const FakeServerProcess &server, const char *apiKey)
{
    FakeApiClient result(server.port());
    result.setApiKey(QString::fromLatin1(apiKey));
    return result;
}

QJsonObject TestFakeServerCompanies::customProperties(FakeServerProcess &server, qint64 id) const
{
    return client(server, FakeServerProcess::demoApiKey)
        .get(company(id))
        .object()
        .value(QStringLiteral("custom_properties"))
        .toObject();
}

void TestFakeServerCompanies::companyHasMocoShape()
{
    const auto reply = client(m_server, FakeServerProcess::demoApiKey).get(company(companyId));
    QCOMPARE(reply.status, 200);
    const QJsonObject object = reply.object();
    for (const char *key : {"id", "type", "name", "website", "email", "phone", "fax", "address",
                            "tags", "user", "info", "custom_properties", "identifier", "intern",
                            "currency", "billing_tax", "projects", "created_at", "updated_at"})
        QVERIFY2(object.contains(QLatin1String(key)), key);
    QCOMPARE(object.value(QStringLiteral("id")).toInteger(), companyId);
    QCOMPARE(object.value(QStringLiteral("type")).toString(), QStringLiteral("customer"));
    QCOMPARE(object.value(QStringLiteral("name")).toString(),
             QStringLiteral("Müller & Söhne Maschinenbau GmbH"));
    QCOMPARE(object.value(QStringLiteral("intern")), QJsonValue(false));
    QCOMPARE(object.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QVERIFY(!object.value(QStringLiteral("identifier")).toString().isEmpty());
    QVERIFY(object.value(QStringLiteral("tags")).isArray());
    QVERIFY(object.value(QStringLiteral("custom_properties")).isObject());
    QVERIFY(object.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject user = object.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("id")).toInteger(), FakeServerProcess::staffUserId);
    for (const char *key : {"firstname", "lastname"})
        QVERIFY2(user.contains(QLatin1String(key)), key);
    const QJsonArray projects = object.value(QStringLiteral("projects")).toArray();
    QVERIFY(!projects.isEmpty());
    QCOMPARE(projects.first().toObject().value(QStringLiteral("id")).toInteger(),
             qint64(3100000101));

    // A customer without account manager: user is null. .json works too.
    const auto other = client(m_server, FakeServerProcess::demoApiKey)
                           .get(company(foreignCompanyId) + QStringLiteral(".json"));
    QCOMPARE(other.status, 200);
    QVERIFY(other.object().value(QStringLiteral("user")).isNull());
}

void TestFakeServerCompanies::internalCustomerIsIntern()
{
    const auto reply =
        client(m_server, FakeServerProcess::demoApiKey).get(company(internalCompanyId));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("intern")), QJsonValue(true));
}

void TestFakeServerCompanies::unknownCompanyIs404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("GET") << QByteArrayLiteral("GET");
    QTest::newRow("PUT") << QByteArrayLiteral("PUT");
    QTest::newRow("PATCH") << QByteArrayLiteral("PATCH");
}

void TestFakeServerCompanies::unknownCompanyIs404()
{
    QFETCH(QByteArray, method);
    const QByteArray body = method == "GET" ? QByteArray() : QByteArrayLiteral("{}");
    const auto reply =
        client(m_server, FakeServerProcess::staffApiKey).send(method, company(2200009999), body);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.isEmpty());
}

void TestFakeServerCompanies::companyWithoutVisibleProjectIsForbidden()
{
    FakeApiClient oemer = client(m_server, oemerApiKey);
    const auto reply = oemer.get(company(foreignCompanyId));
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(
        oemer.put(company(foreignCompanyId), {{QStringLiteral("custom_properties"), QJsonObject()}})
            .status,
        403);
    QCOMPARE(customProperties(m_server, foreignCompanyId).isEmpty(), false);
    // Ömer sees the customers of his own projects; staff see every customer.
    QCOMPARE(oemer.get(company(internalCompanyId)).status, 200);
    QCOMPARE(client(m_server, FakeServerProcess::staffApiKey).get(company(foreignCompanyId)).status,
             200);
}

void TestFakeServerCompanies::customerDefinitionsCoverEveryKindAndAreSeeded()
{
    const auto reply =
        client(m_server, FakeServerProcess::demoApiKey)
            .get(FakeApiClient::api(QStringLiteral("/account/custom_properties?entity=Customer")));
    QCOMPARE(reply.status, 200);
    QSet<QString> kinds;
    QStringList names;
    bool apiOnly = false;
    bool emptyOption = false;
    for (const QJsonValue &value : reply.array()) {
        const QJsonObject field = value.toObject();
        QCOMPARE(field.value(QStringLiteral("entity")).toString(), QStringLiteral("Customer"));
        kinds.insert(field.value(QStringLiteral("kind")).toString());
        names.append(field.value(QStringLiteral("name")).toString());
        apiOnly |= field.value(QStringLiteral("api_only")).toBool();
        emptyOption |=
            field.value(QStringLiteral("defaults")).toArray().contains(QJsonValue(QString()));
    }
    for (const char *kind :
         {"String", "Textarea", "Link", "Boolean", "Select", "MultiSelect", "Date", "Currency"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    QVERIFY(apiOnly);
    QVERIFY(emptyOption);

    // Customer 0 has a value for every definition; one customer has none.
    const QJsonObject values = customProperties(m_server, companyId);
    for (const QString &name : std::as_const(names))
        QVERIFY2(values.contains(name), qPrintable(name));
    QCOMPARE(values.value(QStringLiteral("Rahmenvertrag")).toString(), QStringLiteral("1"));
    QVERIFY(values.value(QStringLiteral("Branchen")).isArray());
    QVERIFY(customProperties(m_server, 2200000107).isEmpty());
}

void TestFakeServerCompanies::strictUpdateDeletesFieldsLeftOut()
{
    FakeApiClient demo = client(m_server, FakeServerProcess::demoApiKey);
    const QJsonObject before = demo.get(company(companyId)).object();
    QVERIFY(before.value(QStringLiteral("custom_properties")).toObject().size() > 3);
    const auto reply =
        demo.put(company(companyId),
                 {{QStringLiteral("custom_properties"),
                   QJsonObject{{QStringLiteral("Kundenstatus"), QStringLiteral("Ruhend")}}}});
    QCOMPARE(reply.status, 200);
    const QJsonObject expected{{QStringLiteral("Kundenstatus"), QStringLiteral("Ruhend")}};
    QCOMPARE(reply.object().value(QStringLiteral("custom_properties")).toObject(), expected);
    QCOMPARE(customProperties(m_server, companyId), expected);
    QVERIFY(reply.object().value(QStringLiteral("updated_at")).toString() >
            before.value(QStringLiteral("updated_at")).toString());
    QCOMPARE(reply.object().value(QStringLiteral("name")), before.value(QStringLiteral("name")));
}

void TestFakeServerCompanies::mergeUpdateKeepsFieldsLeftOut()
{
    QJsonObject expected = customProperties(m_mergeServer, companyId);
    const auto reply =
        client(m_mergeServer, FakeServerProcess::demoApiKey)
            .patch(company(companyId), {{QStringLiteral("company"),
                                         QJsonObject{{QStringLiteral("custom_properties"),
                                                      QJsonObject{{QStringLiteral("Kundenstatus"),
                                                                   QStringLiteral("Ruhend")}}}}}});
    QCOMPARE(reply.status, 200);
    expected.insert(QStringLiteral("Kundenstatus"), QStringLiteral("Ruhend"));
    QCOMPARE(customProperties(m_mergeServer, companyId), expected);
}

void TestFakeServerCompanies::onlyCustomPropertiesAreWritten()
{
    FakeApiClient demo = client(m_server, FakeServerProcess::demoApiKey);
    const QJsonObject before = demo.get(company(companyId)).object();
    const auto reply =
        demo.put(company(companyId), {{QStringLiteral("name"), QStringLiteral("Neu")},
                                      {QStringLiteral("intern"), true}});
    QCOMPARE(reply.status, 200);
    const QJsonObject after = reply.object();
    QCOMPARE(after.value(QStringLiteral("name")), before.value(QStringLiteral("name")));
    QCOMPARE(after.value(QStringLiteral("intern")), QJsonValue(false));
    // No custom_properties key: no value changes, even in strict mode.
    QCOMPARE(after.value(QStringLiteral("custom_properties")),
             before.value(QStringLiteral("custom_properties")));

    const auto invalid =
        demo.put(company(companyId),
                 {{QStringLiteral("custom_properties"), QStringLiteral("Kundennummer")}});
    QCOMPARE(invalid.status, 422);
    QVERIFY(invalid.object().contains(QStringLiteral("custom_properties")));
}

void TestFakeServerCompanies::projectFieldsAreNotCompanyFields()
{
    FakeApiClient demo = client(m_server, FakeServerProcess::demoApiKey);
    const QJsonObject projectValues =
        demo.get(FakeApiClient::api(QStringLiteral("/projects/3100000101")))
            .object()
            .value(QStringLiteral("custom_properties"))
            .toObject();
    QJsonObject submitted = customProperties(m_server, companyId);
    submitted.insert(QStringLiteral("Bestellnummer"), QStringLiteral("PO-KUNDE"));
    const auto reply =
        demo.put(company(companyId), {{QStringLiteral("custom_properties"), submitted}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.object()
                 .value(QStringLiteral("custom_properties"))
                 .toObject()
                 .contains(QStringLiteral("Bestellnummer")));
    QCOMPARE(demo.get(FakeApiClient::api(QStringLiteral("/projects/3100000101")))
                 .object()
                 .value(QStringLiteral("custom_properties"))
                 .toObject(),
             projectValues);
}

void TestFakeServerCompanies::valuesAreNormalizedOrIgnored()
{
    QJsonObject submitted = customProperties(m_server, companyId);
    submitted.insert(QStringLiteral("Rahmenvertrag"), false);
    submitted.insert(QStringLiteral("Branchen"),
                     QJsonArray{QStringLiteral("Handel"), QStringLiteral("Raumfahrt")});
    submitted.insert(QStringLiteral("Kundenstatus"), QStringLiteral("Verloren")); // not an option
    submitted.insert(QStringLiteral("Unbekanntes Feld"), QStringLiteral("x"));
    submitted.insert(QStringLiteral("Kundennummer"), 10001);
    const auto reply =
        client(m_server, FakeServerProcess::demoApiKey)
            .patch(company(companyId), {{QStringLiteral("custom_properties"), submitted}});
    QCOMPARE(reply.status, 200);
    QJsonObject stored = customProperties(m_server, companyId);
    QCOMPARE(stored.value(QStringLiteral("Rahmenvertrag")).toString(), QStringLiteral("0"));
    QCOMPARE(stored.value(QStringLiteral("Branchen")).toArray(),
             QJsonArray{QStringLiteral("Handel")});
    QCOMPARE(stored.value(QStringLiteral("Kundenstatus")).toString(),
             QStringLiteral("Bestandskunde")); // unchanged
    QVERIFY(!stored.contains(QStringLiteral("Unbekanntes Feld")));
    QCOMPARE(stored.value(QStringLiteral("Kundennummer")).toString(), QStringLiteral("10001"));

    submitted = stored;
    submitted.insert(QStringLiteral("Rahmenvertrag"), QStringLiteral("true"));
    QCOMPARE(client(m_server, FakeServerProcess::demoApiKey)
                 .put(company(companyId), {{QStringLiteral("custom_properties"), submitted}})
                 .status,
             200);
    QCOMPARE(
        customProperties(m_server, companyId).value(QStringLiteral("Rahmenvertrag")).toString(),
        QStringLiteral("1"));
}

void TestFakeServerCompanies::malformedDateOrLinkIs422_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("date") << QStringLiteral("Kunde seit") << QStringLiteral("31.12.2026");
    QTest::newRow("link") << QStringLiteral("Kundenportal") << QStringLiteral("ftp://example.com");
}

void TestFakeServerCompanies::malformedDateOrLinkIs422()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QJsonObject before = customProperties(m_server, companyId);
    QJsonObject submitted = before;
    submitted.insert(field, value);
    const auto reply =
        client(m_server, FakeServerProcess::demoApiKey)
            .put(company(companyId), {{QStringLiteral("custom_properties"), submitted}});
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.object().contains(QStringLiteral("custom_properties")));
    QCOMPARE(customProperties(m_server, companyId), before);
}

void TestFakeServerCompanies::moreThan12kBIs422()
{
    FakeApiClient demo = client(m_server, FakeServerProcess::demoApiKey);
    const QJsonObject before = customProperties(m_server, companyId);
    QJsonObject submitted = before;
    submitted.insert(QStringLiteral("Kundennotizen"), QString(12 * 1024, QLatin1Char('x')));
    const auto reply =
        demo.put(company(companyId), {{QStringLiteral("custom_properties"), submitted}});
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.object().contains(QStringLiteral("custom_properties")));
    QCOMPARE(customProperties(m_server, companyId), before);

    submitted.insert(QStringLiteral("Kundennotizen"), QString(10 * 1024, QLatin1Char('x')));
    QCOMPARE(
        demo.put(company(companyId), {{QStringLiteral("custom_properties"), submitted}}).status,
        200);
}

void TestFakeServerCompanies::definitionsCanBeForbiddenByAFault()
{
    // The fault queue is the way to make the definitions endpoint refuse: one
    // 403 (empty body, as MOCO sends it) per entry, then normal answers.
    const QJsonObject settings =
        m_server
            .control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{
                         {QStringLiteral("queue"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("status"), 403},
                              {QStringLiteral("path"),
                               QStringLiteral("/api/v1/account/custom_properties")}}}}}))
            .object();
    QCOMPARE(settings.value(QStringLiteral("queue")).toArray().size(), 1);
    FakeApiClient demo = client(m_server, FakeServerProcess::demoApiKey);
    // Other requests pass the entry by.
    QCOMPARE(demo.get(company(companyId)).status, 200);
    const auto refused =
        demo.get(FakeApiClient::api(QStringLiteral("/account/custom_properties?entity=Customer")));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.isEmpty());
    QCOMPARE(
        demo.get(FakeApiClient::api(QStringLiteral("/account/custom_properties?entity=Customer")))
            .status,
        200);
    m_server.control("POST", QStringLiteral("/faults/clear"));
}

void TestFakeServerCompanies::valuesPersistAcrossRestarts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList arguments{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--rate"),
                                QStringLiteral("off")};
    const QJsonObject values{{QStringLiteral("Kundennummer"), QStringLiteral("K-NEU")},
                             {QStringLiteral("Rahmenvertrag"), QStringLiteral("0")}};
    QString updatedAt;
    {
        FakeServerProcess server(arguments);
        QVERIFY(server.start());
        const auto reply =
            client(server, FakeServerProcess::demoApiKey)
                .put(company(companyId), {{QStringLiteral("custom_properties"), values}});
        QCOMPARE(reply.status, 200);
        updatedAt = reply.object().value(QStringLiteral("updated_at")).toString();
        server.stop();
    }
    FakeServerProcess restarted(arguments);
    QVERIFY(restarted.start());
    const QJsonObject object =
        client(restarted, FakeServerProcess::demoApiKey).get(company(companyId)).object();
    QCOMPARE(object.value(QStringLiteral("custom_properties")).toObject(), values);
    QCOMPARE(object.value(QStringLiteral("updated_at")).toString(), updatedAt);
    QCOMPARE(object.value(QStringLiteral("name")).toString(),
             QStringLiteral("Müller & Söhne Maschinenbau GmbH"));
    QCOMPARE(object.value(QStringLiteral("identifier")).toString(), QStringLiteral("101"));
}

QTEST_GUILESS_MAIN(TestFakeServerCompanies)
#include "tst_fakeservercompanies.moc"
