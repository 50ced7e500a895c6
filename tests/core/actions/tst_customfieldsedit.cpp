// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/CustomFieldCheck.h"
#include "core/actions/CustomFieldsEdit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

using Kind = CustomFieldDefinition::Kind;

CustomFieldDefinition field(qint64 id, const QString &name, const QString &kind,
                            const QStringList &options = {})
{
    CustomFieldDefinition definition;
    definition.id = id;
    definition.name = name;
    definition.entity = QStringLiteral("Project");
    definition.rawKind = kind;
    definition.kind = CustomFieldDefinition::kindFromString(kind);
    definition.defaults = options;
    return definition;
}

QList<CustomFieldDefinition> everyKind()
{
    return {field(1, QStringLiteral("PO"), QStringLiteral("String")),
            field(2, QStringLiteral("Notes"), QStringLiteral("Textarea")),
            field(3, QStringLiteral("Wiki"), QStringLiteral("Link")),
            field(4, QStringLiteral("Fixed"), QStringLiteral("Boolean")),
            field(5, QStringLiteral("Phase"), QStringLiteral("Select"),
                  {QString(), QStringLiteral("Konzept"), QStringLiteral("Umsetzung")}),
            field(6, QStringLiteral("Tech"), QStringLiteral("MultiSelect"),
                  {QStringLiteral("Qt"), QStringLiteral("C++"), QStringLiteral("Rust")}),
            field(7, QStringLiteral("Go-live"), QStringLiteral("Date")),
            field(8, QStringLiteral("Budget"), QStringLiteral("Currency"))};
}

CustomFieldValues onServer()
{
    QString error;
    return *CustomFieldValues::fromJson(
        QJsonObject{{QStringLiteral("PO"), QStringLiteral("PO-4711")},
                    {QStringLiteral("Notes"), QStringLiteral("Zeile 1\nZeile 2")},
                    {QStringLiteral("Wiki"), QStringLiteral("https://wiki.example.com/p")},
                    {QStringLiteral("Fixed"), QStringLiteral("1")},
                    {QStringLiteral("Phase"), QStringLiteral("Konzept")},
                    {QStringLiteral("Tech"), QJsonArray{QStringLiteral("Qt")}},
                    {QStringLiteral("Go-live"), QStringLiteral("2027-03-01")},
                    {QStringLiteral("Budget"),
                     QJsonObject{{QStringLiteral("amount"), 1200}, {QStringLiteral("cur"), "CHF"}}},
                    {QStringLiteral("Not defined here"), QStringLiteral("kept too")}},
        &error);
}

} // namespace

class TestCustomFieldsEdit : public QObject
{
    Q_OBJECT

private slots:
    void oneEditSendsTheCompleteMap();
    void settingBackToWhatWasReadIsNoChange();
    void checksBeforeSending_data();
    void checksBeforeSending();
    void overMocosSizeLimitIsRefused();
    void untouchedFieldsTakeTheServersValue();
    void bothChangedIsAConflictSettledEitherWay();
    void labelsFollowTheUiLanguage();
};

void TestCustomFieldsEdit::oneEditSendsTheCompleteMap()
{
    CustomFieldsEdit edit(everyKind(), onServer());
    edit.set(QStringLiteral("PO"), CustomFieldValue(QStringLiteral("PO-4712")));
    QVERIFY(edit.hasChanges());
    QVERIFY(edit.problems().isEmpty());
    const QJsonObject sent = edit.complete().toJson();
    // Every other value as it was read, an unknown kind and a field without
    // a definition included: an account that deletes left-out fields keeps
    // them all.
    QJsonObject expected = onServer().toJson();
    expected.insert(QStringLiteral("PO"), QStringLiteral("PO-4712"));
    QCOMPARE(sent, expected);
    QCOMPARE(
        sent.value(QStringLiteral("Budget")).toObject().value(QStringLiteral("amount")).toInt(),
        1200);
}

void TestCustomFieldsEdit::settingBackToWhatWasReadIsNoChange()
{
    CustomFieldsEdit edit(everyKind(), onServer());
    edit.set(QStringLiteral("Phase"), CustomFieldValue(QStringLiteral("Umsetzung")));
    edit.set(QStringLiteral("Phase"), CustomFieldValue(QStringLiteral("Konzept")));
    // A field the record does not have yet, left empty.
    edit.set(QStringLiteral("Missing"), CustomFieldValue());
    QVERIFY(!edit.hasChanges());
    edit.set(QStringLiteral("Tech"), CustomFieldValue(QStringList{}));
    QVERIFY(edit.isTouched(QStringLiteral("Tech")));
    QCOMPARE(edit.complete().toJson().value(QStringLiteral("Tech")).toArray(), QJsonArray());
    edit.revert();
    QVERIFY(!edit.hasChanges());
    QCOMPARE(edit.shown(QStringLiteral("Tech")).list(), QStringList{QStringLiteral("Qt")});
}

void TestCustomFieldsEdit::checksBeforeSending_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<CustomFieldValue>("value");
    QTest::addColumn<bool>("accepted");
    const auto text = [](const char *value) { return CustomFieldValue(QString::fromUtf8(value)); };
    QTest::newRow("date") << "Go-live" << text("2027-12-31") << true;
    QTest::newRow("date cleared") << "Go-live" << text("") << true;
    QTest::newRow("date in German") << "Go-live" << text("31.12.2027") << false;
    QTest::newRow("date that is not") << "Go-live" << text("2027-02-30") << false;
    QTest::newRow("https link") << "Wiki" << text("https://example.com/x") << true;
    QTest::newRow("mail link") << "Wiki" << text("mailto:pm@example.com") << true;
    QTest::newRow("phone link") << "Wiki" << text("tel:+41441234567") << true;
    QTest::newRow("no scheme") << "Wiki" << text("example.com") << false;
    QTest::newRow("ftp link") << "Wiki" << text("ftp://example.com") << false;
    QTest::newRow("scheme alone") << "Wiki" << text("https://") << false;
    QTest::newRow("yes") << "Fixed" << CustomFieldValue::fromBool(true) << true;
    QTest::newRow("boolean text") << "Fixed" << text("ja") << false;
    QTest::newRow("an option") << "Phase" << text("Umsetzung") << true;
    QTest::newRow("the empty option") << "Phase" << text("") << true;
    QTest::newRow("not an option") << "Phase" << text("Wartung") << false;
    QTest::newRow("options") << "Tech"
                             << CustomFieldValue(
                                    QStringList{QStringLiteral("Qt"), QStringLiteral("Rust")})
                             << true;
    QTest::newRow("none of the options") << "Tech" << CustomFieldValue(QStringList{}) << true;
    QTest::newRow("one not an option")
        << "Tech" << CustomFieldValue(QStringList{QStringLiteral("Qt"), QStringLiteral("Go")})
        << false;
    QTest::newRow("unknown kind: MOCO judges") << "Budget" << text("anything") << true;
}

void TestCustomFieldsEdit::checksBeforeSending()
{
    QFETCH(QString, name);
    QFETCH(CustomFieldValue, value);
    QFETCH(bool, accepted);
    CustomFieldsEdit edit(everyKind(), onServer());
    edit.set(name, value);
    const QMap<QString, QString> problems = edit.problems();
    QCOMPARE(problems.isEmpty(), accepted);
    if (!accepted) {
        QCOMPARE(problems.keys(), QStringList{name});
        QVERIFY(!problems.value(name).isEmpty());
    }
}

void TestCustomFieldsEdit::overMocosSizeLimitIsRefused()
{
    CustomFieldsEdit edit(everyKind(), onServer());
    edit.set(QStringLiteral("Notes"),
             CustomFieldValue(QString(CustomFieldCheck::maxRecordBytes, u'x')));
    const QMap<QString, QString> problems = edit.problems();
    QVERIFY(problems.contains(QString()));
    QVERIFY2(problems.value(QString()).contains(QStringLiteral("12 kB")),
             qPrintable(problems.value(QString())));
}

void TestCustomFieldsEdit::untouchedFieldsTakeTheServersValue()
{
    CustomFieldsEdit edit(everyKind(), onServer());
    edit.set(QStringLiteral("PO"), CustomFieldValue(QStringLiteral("PO-4712")));
    // Meanwhile a colleague changed the phase in MOCO.
    CustomFieldValues server = onServer();
    server.setText(QStringLiteral("Phase"), QStringLiteral("Umsetzung"));
    QVERIFY(edit.rebase(server).isEmpty());
    QCOMPARE(edit.complete().text(QStringLiteral("Phase")), QStringLiteral("Umsetzung"));
    QCOMPARE(edit.complete().text(QStringLiteral("PO")), QStringLiteral("PO-4712"));
    // Changed there to what I typed: nothing left to send for it.
    server.setText(QStringLiteral("PO"), QStringLiteral("PO-4712"));
    QVERIFY(edit.rebase(server).isEmpty());
    QVERIFY(!edit.hasChanges());
}

void TestCustomFieldsEdit::bothChangedIsAConflictSettledEitherWay()
{
    for (const bool keepMine : {true, false}) {
        CustomFieldsEdit edit(everyKind(), onServer());
        edit.set(QStringLiteral("PO"), CustomFieldValue(QStringLiteral("PO-mine")));
        CustomFieldValues server = onServer();
        server.setText(QStringLiteral("PO"), QStringLiteral("PO-theirs"));
        const QList<CustomFieldsEdit::Conflict> conflicts = edit.rebase(server);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().name, QStringLiteral("PO"));
        QCOMPARE(conflicts.first().asRead.text(), QStringLiteral("PO-4711"));
        QCOMPARE(conflicts.first().mine.text(), QStringLiteral("PO-mine"));
        QCOMPARE(conflicts.first().theirs.text(), QStringLiteral("PO-theirs"));
        edit.resolve(QStringLiteral("PO"), keepMine);
        QVERIFY(edit.conflicts().isEmpty());
        QCOMPARE(edit.complete().text(QStringLiteral("PO")),
                 keepMine ? QStringLiteral("PO-mine") : QStringLiteral("PO-theirs"));
        QCOMPARE(edit.hasChanges(), keepMine);
    }
}

void TestCustomFieldsEdit::labelsFollowTheUiLanguage()
{
    CustomFieldDefinition definition =
        field(1, QStringLiteral("Bestellnummer"), QStringLiteral("String"));
    definition.nameAlt = QStringLiteral("Purchase order");
    definition.placeholder = QStringLiteral("z. B. PO-1");
    QCOMPARE(definition.label(QStringLiteral("de")), QStringLiteral("Bestellnummer"));
    QCOMPARE(definition.label(QStringLiteral("en")), QStringLiteral("Purchase order"));
    // No alternative text: the name, in every language.
    QCOMPARE(definition.placeholderIn(QStringLiteral("en")), QStringLiteral("z. B. PO-1"));
    definition.nameAlt.clear();
    QCOMPARE(definition.label(QStringLiteral("en")), QStringLiteral("Bestellnummer"));
}

QTEST_APPLESS_MAIN(TestCustomFieldsEdit)
#include "tst_customfieldsedit.moc"
