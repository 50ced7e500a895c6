// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFixture.h"

#include "core/domain/CustomFieldDefinition.h"
#include "core/domain/CustomFieldValues.h"
#include "core/domain/CustomPropertiesUpdate.h"
#include "core/domain/JsonList.h"

#include <QJsonArray>
#include <QTest>

using Kind = CustomFieldDefinition::Kind;

class TestCustomFields : public QObject
{
    Q_OBJECT

private slots:
    void definitionKinds_data();
    void definitionKinds();
    void selectKeepsEmptyOption();
    void unknownKindKeepsRawText();
    void definitionList();
    void definitionWrongType_data();
    void definitionWrongType();
    void definitionRoundTrip_data();
    void definitionRoundTrip();
    void valuesFromProject();
    void valueScalarsAreLenient_data();
    void valueScalarsAreLenient();
    void valuesOfUnknownShapeGoBackAsTheyCame();
    void typedSetters();
    void valuesRoundTrip();
    void updateSendsFullMap();
    void updateClearKeepsShape();
};

void TestCustomFields::definitionKinds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("rawKind");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("options");

    QTest::newRow("String") << "custom_property_string.json" << Kind::String << "String" << true
                            << 0;
    QTest::newRow("Textarea") << "custom_property_textarea.json" << Kind::Textarea << "Textarea"
                              << true << 0;
    QTest::newRow("Link") << "custom_property_link.json" << Kind::Link << "Link" << true << 0;
    QTest::newRow("Boolean") << "custom_property_boolean.json" << Kind::Boolean << "Boolean" << true
                             << 0;
    QTest::newRow("Select") << "custom_property_select.json" << Kind::Select << "Select" << true
                            << 4;
    QTest::newRow("MultiSelect") << "custom_property_multiselect.json" << Kind::MultiSelect
                                 << "MultiSelect" << true << 3;
    QTest::newRow("Date") << "custom_property_date.json" << Kind::Date << "Date" << true << 0;
    QTest::newRow("spec example 'text'")
        << "custom_property_spec_text.json" << Kind::String << "text" << false << 0;
    QTest::newRow("unknown future kind")
        << "custom_property_unknown_kind.json" << Kind::String << "Color" << false << 2;
}

void TestCustomFields::definitionKinds()
{
    QFETCH(QString, file);
    QFETCH(Kind, kind);
    QFETCH(QString, rawKind);
    QFETCH(bool, known);
    QFETCH(int, options);
    QString error;
    const auto field = CustomFieldDefinition::fromJson(JsonFixture::load(file), &error);
    QVERIFY2(field, qPrintable(error));
    QVERIFY(field->kind == kind);
    QCOMPARE(field->rawKind, rawKind);
    QCOMPARE(field->isKnownKind(), known);
    QCOMPARE(field->options().size(), options);
    QCOMPARE(field->entity, QStringLiteral("Project"));
}

void TestCustomFields::selectKeepsEmptyOption()
{
    QString error;
    const auto field = CustomFieldDefinition::fromJson(
        JsonFixture::load(QStringLiteral("custom_property_select.json")), &error);
    QVERIFY2(field, qPrintable(error));
    QCOMPARE(field->defaults,
             (QStringList{QString(), QStringLiteral("Konzept"), QStringLiteral("Umsetzung"),
                          QStringLiteral("Abnahme ✅")}));
}

void TestCustomFields::unknownKindKeepsRawText()
{
    QString error;
    const auto field = CustomFieldDefinition::fromJson(
        JsonFixture::load(QStringLiteral("custom_property_unknown_kind.json")), &error);
    QVERIFY2(field, qPrintable(error));
    QCOMPARE(field->toJson().value(QStringLiteral("kind")).toString(), QStringLiteral("Color"));
    QVERIFY(CustomFieldDefinition::kindFromString(QStringLiteral("multiselect")) == Kind::String);
    QCOMPARE(CustomFieldDefinition::kindToString(Kind::MultiSelect), QStringLiteral("MultiSelect"));

    // A definition without any kind reads as single-line text.
    QJsonObject json = JsonFixture::loadObject(QStringLiteral("custom_property_string.json"));
    json.remove(QStringLiteral("kind"));
    const auto noKind = CustomFieldDefinition::fromJson(json, &error);
    QVERIFY2(noKind, qPrintable(error));
    QVERIFY(noKind->kind == Kind::String);
    QCOMPARE(noKind->rawKind, QString());
}

void TestCustomFields::definitionList()
{
    QString error;
    const auto fields = listFromJson<CustomFieldDefinition>(
        JsonFixture::load(QStringLiteral("custom_properties_list.json")), &error);
    QVERIFY2(fields, qPrintable(error));
    QCOMPARE(fields->size(), 9);
    QCOMPARE(fields->at(0).nameAlt, QStringLiteral("Bestellnummer"));
    QVERIFY(fields->at(0).printOnInvoice);
    QVERIFY(fields->at(0).printOnTimesheet);
    QVERIFY(!fields->at(0).printOnOffer);
    QVERIFY(fields->at(5).apiOnly);
    QCOMPARE(fields->at(1).placeholder, QStringLiteral("Mehrzeilig…"));
}

void TestCustomFields::definitionWrongType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("defaults string") << "defaults" << QJsonValue(QStringLiteral("a,b"))
                                     << "custom_property.defaults: expected an array, got a string";
    QTest::newRow("defaults element")
        << "defaults" << QJsonValue(QJsonArray{1})
        << "custom_property.defaults[0]: expected a string, got a number";
    QTest::newRow("api_only string")
        << "api_only" << QJsonValue(QStringLiteral("1"))
        << "custom_property.api_only: expected a boolean, got a string";
    QTest::newRow("kind number") << "kind" << QJsonValue(5)
                                 << "custom_property.kind: expected a string, got a number";
    QTest::newRow("name missing") << "name" << QJsonValue(QJsonValue::Undefined)
                                  << "custom_property.name: missing";
    QTest::newRow("id string") << "id" << QJsonValue(QStringLiteral("8601"))
                               << "custom_property.id: expected an integer, got a string";
}

void TestCustomFields::definitionWrongType()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject json = JsonFixture::withField(
        JsonFixture::loadObject(QStringLiteral("custom_property_select.json")), field, value);
    QString error;
    QVERIFY(!CustomFieldDefinition::fromJson(json, &error));
    QCOMPARE(error, expected);
}

void TestCustomFields::definitionRoundTrip_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 9; ++i)
        QTest::newRow(qPrintable(QString::number(i))) << i;
}

void TestCustomFields::definitionRoundTrip()
{
    QFETCH(int, index);
    QString error;
    const auto fields = listFromJson<CustomFieldDefinition>(
        JsonFixture::load(QStringLiteral("custom_properties_list.json")), &error);
    QVERIFY2(fields, qPrintable(error));
    const CustomFieldDefinition &field = fields->at(index);
    const auto again = CustomFieldDefinition::fromJson(field.toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == field);
}

void TestCustomFields::valuesFromProject()
{
    const QJsonValue json = JsonFixture::loadObject(QStringLiteral("project_full.json"))
                                .value(QStringLiteral("custom_properties"));
    QString error;
    const auto values = CustomFieldValues::fromJson(json, &error);
    QVERIFY2(values, qPrintable(error));

    QCOMPARE(values->text(QStringLiteral("Notizen")), QStringLiteral("Zeile 1\nZeile 2"));
    QCOMPARE(values->text(QStringLiteral("Ticket-Link")),
             QStringLiteral("https://tickets.example.de/42"));
    QCOMPARE(values->boolean(QStringLiteral("Abrechenbar vor Ort")), std::optional<bool>(true));
    QCOMPARE(values->boolean(QStringLiteral("Remote erlaubt")), std::optional<bool>(false));
    QCOMPARE(values->boolean(QStringLiteral("Notizen")), std::optional<bool>());
    QVERIFY(values->contains(QStringLiteral("Phase")));
    QVERIFY(values->value(QStringLiteral("Phase")).isEmpty());
    QVERIFY(!values->value(QStringLiteral("Phase")).isList());
    QVERIFY(values->value(QStringLiteral("Technologien")).isList());
    QCOMPARE(values->value(QStringLiteral("Technologien")).text(),
             QStringLiteral("Qt, C++, Ärger-Management"));
    QVERIFY(values->value(QStringLiteral("Leere Liste")).isList());
    QVERIFY(values->value(QStringLiteral("Leere Liste")).isEmpty());
    QCOMPARE(values->date(QStringLiteral("Abnahme")), std::optional<QDate>(QDate(2022, 12, 31)));
    QCOMPARE(values->date(QStringLiteral("Notizen")), std::optional<QDate>());
    QVERIFY(!values->contains(QStringLiteral("Nicht da")));
    QCOMPARE(values->text(QStringLiteral("Nicht da")), QString());
}

void TestCustomFields::valueScalarsAreLenient_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("text");
    QTest::newRow("true") << QJsonValue(true) << "1";
    QTest::newRow("false") << QJsonValue(false) << "0";
    QTest::newRow("integer") << QJsonValue(4711) << "4711";
    QTest::newRow("decimal") << QJsonValue(2.5) << "2.5";
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "";
}

void TestCustomFields::valueScalarsAreLenient()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, text);
    QString error;
    const auto value = CustomFieldValue::fromJson(json, &error);
    QVERIFY2(value, qPrintable(error));
    QVERIFY(!value->isList());
    QCOMPARE(value->text(), text);
}

void TestCustomFields::valuesOfUnknownShapeGoBackAsTheyCame()
{
    // A field of a kind this client does not know may hold anything: it is
    // shown as text and, unless the user replaces it, sent back unchanged.
    const QList<QJsonValue> unusual{
        QJsonValue(4711),
        QJsonValue(2.5),
        QJsonValue(true),
        QJsonValue(QJsonValue::Null),
        QJsonObject{{QStringLiteral("amount"), 12.5}, {QStringLiteral("currency"), "CHF"}},
        QJsonArray{1, QStringLiteral("zwei"), QJsonValue::Null}};
    for (const QJsonValue &json : unusual) {
        QString error;
        const auto value = CustomFieldValue::fromJson(json, &error, QStringLiteral("F"));
        QVERIFY2(value, qPrintable(error));
        QCOMPARE(value->toJson(), json);
        // Through the cache and back, still the same.
        QCOMPARE(CustomFieldValue::fromJson(value->toJson(), &error)->toJson(), json);
    }
    QCOMPARE(CustomFieldValue::fromJson(unusual.at(4), nullptr)->text(),
             QStringLiteral("{\"amount\":12.5,\"currency\":\"CHF\"}"));
    // Replaced by the user, it is the new text.
    QCOMPARE(CustomFieldValue(QStringLiteral("4712")).toJson(), QJsonValue(QStringLiteral("4712")));
    QString error;
    QVERIFY(!CustomFieldValues::fromJson(QJsonArray{1}, &error));
    QCOMPARE(error, QStringLiteral("custom_properties: expected an object, got an array"));
}

void TestCustomFields::typedSetters()
{
    CustomFieldValues values;
    values.setBoolean(QStringLiteral("B"), true);
    values.setBoolean(QStringLiteral("B0"), false);
    values.setDate(QStringLiteral("D"), QDate(2021, 12, 31));
    values.setList(QStringLiteral("M"), {QStringLiteral("A"), QString()});
    values.setText(QStringLiteral("S"), QStringLiteral("Grüße 👋"));
    const QJsonObject json = values.toJson();
    QCOMPARE(json.value(QStringLiteral("B")), QJsonValue(QStringLiteral("1")));
    QCOMPARE(json.value(QStringLiteral("B0")), QJsonValue(QStringLiteral("0")));
    QCOMPARE(json.value(QStringLiteral("D")), QJsonValue(QStringLiteral("2021-12-31")));
    QCOMPARE(json.value(QStringLiteral("M")),
             QJsonValue(QJsonArray{QStringLiteral("A"), QString()}));
    QCOMPARE(json.value(QStringLiteral("S")), QJsonValue(QStringLiteral("Grüße 👋")));
    QCOMPARE(values.boolean(QStringLiteral("B")), std::optional<bool>(true));
    QCOMPARE(values.date(QStringLiteral("D")), std::optional<QDate>(QDate(2021, 12, 31)));
    QCOMPARE(CustomFieldValue::fromDate(QDate()).text(), QString());
    QCOMPARE(CustomFieldValue(QStringLiteral("x")).list(), QStringList{QStringLiteral("x")});
}

void TestCustomFields::valuesRoundTrip()
{
    const QJsonValue json = JsonFixture::loadObject(QStringLiteral("project_full.json"))
                                .value(QStringLiteral("custom_properties"));
    QString error;
    const auto values = CustomFieldValues::fromJson(json, &error);
    QVERIFY2(values, qPrintable(error));
    QCOMPARE(QJsonValue(values->toJson()), json);
    const auto again = CustomFieldValues::fromJson(values->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == *values);
}

void TestCustomFields::updateSendsFullMap()
{
    const QJsonValue stored = JsonFixture::loadObject(QStringLiteral("project_full.json"))
                                  .value(QStringLiteral("custom_properties"));
    QString error;
    const auto values = CustomFieldValues::fromJson(stored, &error);
    QVERIFY2(values, qPrintable(error));

    CustomPropertiesUpdate update(*values);
    QVERIFY(!update.hasChanges());
    update.set(QStringLiteral("Purchase Order Number"), CustomFieldValue(QStringLiteral("PO-2")));
    update.set(QStringLiteral("Technologien"), CustomFieldValue(QStringList{QStringLiteral("Qt")}));
    QVERIFY(update.hasChanges());

    const QJsonObject body = update.toJson();
    QCOMPARE(body.keys(), QStringList{QStringLiteral("custom_properties")});
    const QJsonObject sent = body.value(QStringLiteral("custom_properties")).toObject();
    // Every stored field is sent, so an account deleting unsent fields keeps them.
    QCOMPARE(sent.keys(), stored.toObject().keys());
    QCOMPARE(sent.value(QStringLiteral("Purchase Order Number")).toString(),
             QStringLiteral("PO-2"));
    QCOMPARE(sent.value(QStringLiteral("Technologien")),
             QJsonValue(QJsonArray{QStringLiteral("Qt")}));
    QCOMPARE(sent.value(QStringLiteral("Notizen")).toString(), QStringLiteral("Zeile 1\nZeile 2"));
    QCOMPARE(sent.value(QStringLiteral("Abrechenbar vor Ort")).toString(), QStringLiteral("1"));
}

void TestCustomFields::updateClearKeepsShape()
{
    CustomFieldValues stored;
    stored.setList(QStringLiteral("M"), {QStringLiteral("A")});
    stored.setText(QStringLiteral("S"), QStringLiteral("x"));
    CustomPropertiesUpdate update(stored);
    update.clear(QStringLiteral("M"));
    update.clear(QStringLiteral("S"));
    const QJsonObject sent = update.toJson().value(QStringLiteral("custom_properties")).toObject();
    QCOMPARE(sent.value(QStringLiteral("M")), QJsonValue(QJsonArray()));
    QCOMPARE(sent.value(QStringLiteral("S")), QJsonValue(QString()));
}

QTEST_GUILESS_MAIN(TestCustomFields)
#include "tst_customfields.moc"
