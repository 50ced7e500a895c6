// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomFieldEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace {

CustomFieldDefinition field(const QString &kind, const QStringList &options = {})
{
    CustomFieldDefinition definition;
    definition.id = 1;
    definition.name = QStringLiteral("Feld");
    definition.rawKind = kind;
    definition.kind = CustomFieldDefinition::kindFromString(kind);
    definition.defaults = options;
    return definition;
}

template<typename Widget>
Widget *editorOf(CustomFieldEditor &editor)
{
    // Found by the accessible name a screen reader announces.
    for (Widget *widget : editor.findChildren<Widget *>()) {
        if (widget->accessibleName() == QLatin1String("Purchase order"))
            return widget;
    }
    return nullptr;
}

} // namespace

// Each kind's editor shows what MOCO holds and gives back exactly that, or
// what the user chose.
class TestCustomFieldEditor : public QObject
{
    Q_OBJECT

private slots:
    void everyKindGivesBackWhatItWasGiven_data();
    void everyKindGivesBackWhatItWasGiven();
    void typedTextAndChoicesAreTheNewValue();
    void aDateCanBeCleared();
    void onlyAllowedLinksCanBeOpened();
    void anUnknownKindIsKeptByteForByte();
};

void TestCustomFieldEditor::everyKindGivesBackWhatItWasGiven_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<CustomFieldValue>("value");
    const QStringList options{QString(), QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("String") << "String" << QStringList() << CustomFieldValue(QStringLiteral("x"));
    QTest::newRow("Textarea") << "Textarea" << QStringList()
                              << CustomFieldValue(QStringLiteral("1\n2"));
    QTest::newRow("Link") << "Link" << QStringList()
                          << CustomFieldValue(QStringLiteral("https://example.com"));
    QTest::newRow("Boolean yes") << "Boolean" << QStringList() << CustomFieldValue::fromBool(true);
    QTest::newRow("Boolean no") << "Boolean" << QStringList() << CustomFieldValue::fromBool(false);
    QTest::newRow("Boolean unset") << "Boolean" << QStringList() << CustomFieldValue();
    QTest::newRow("Select") << "Select" << options << CustomFieldValue(QStringLiteral("B"));
    QTest::newRow("Select, empty") << "Select" << options << CustomFieldValue(QString());
    QTest::newRow("Select, no longer an option")
        << "Select" << options << CustomFieldValue(QStringLiteral("Alt"));
    QTest::newRow("MultiSelect, none")
        << "MultiSelect" << options << CustomFieldValue(QStringList());
    QTest::newRow("MultiSelect, many")
        << "MultiSelect" << options
        << CustomFieldValue(QStringList{QStringLiteral("A"), QStringLiteral("B")});
    QTest::newRow("Date") << "Date" << QStringList()
                          << CustomFieldValue(QStringLiteral("2026-12-31"));
    QTest::newRow("Date, empty") << "Date" << QStringList() << CustomFieldValue(QString());
}

void TestCustomFieldEditor::everyKindGivesBackWhatItWasGiven()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, options);
    QFETCH(CustomFieldValue, value);
    CustomFieldEditor editor(field(kind, options), QStringLiteral("Purchase order"), QString());
    editor.setValue(value);
    QCOMPARE(editor.value().toJson(), value.toJson());
}

void TestCustomFieldEditor::typedTextAndChoicesAreTheNewValue()
{
    CustomFieldEditor line(field(QStringLiteral("String")), QStringLiteral("Purchase order"),
                           QStringLiteral("PO-…"));
    line.setValue(CustomFieldValue(QStringLiteral("PO-1")));
    QSignalSpy edited(&line, &CustomFieldEditor::edited);
    QLineEdit *lineEdit = editorOf<QLineEdit>(line);
    QVERIFY(lineEdit);
    QCOMPARE(lineEdit->placeholderText(), QStringLiteral("PO-…"));
    QTest::keyClicks(lineEdit, QStringLiteral("2"));
    QCOMPARE(line.value().text(), QStringLiteral("PO-12"));
    QCOMPARE(edited.size(), 1);

    const QStringList options{QString(), QStringLiteral("A"), QStringLiteral("B")};
    CustomFieldEditor select(field(QStringLiteral("Select"), options),
                             QStringLiteral("Purchase order"), QString());
    select.setValue(CustomFieldValue(QStringLiteral("A")));
    QComboBox *combo = editorOf<QComboBox>(select);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3); // the empty option included
    combo->setCurrentIndex(0);
    QCOMPARE(select.value(), CustomFieldValue(QString()));

    CustomFieldEditor multi(field(QStringLiteral("MultiSelect"), options),
                            QStringLiteral("Purchase order"), QString());
    multi.setValue(CustomFieldValue(QStringList{QStringLiteral("A")}));
    QListWidget *list = editorOf<QListWidget>(multi);
    QVERIFY(list);
    list->findItems(QStringLiteral("B"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    QCOMPARE(multi.value().list(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));

    CustomFieldEditor check(field(QStringLiteral("Boolean")), QStringLiteral("Purchase order"),
                            QString());
    check.setValue(CustomFieldValue());
    editorOf<QCheckBox>(check)->click();
    QCOMPARE(check.value(), CustomFieldValue(QStringLiteral("1")));
}

void TestCustomFieldEditor::aDateCanBeCleared()
{
    CustomFieldEditor date(field(QStringLiteral("Date")), QStringLiteral("Purchase order"),
                           QString());
    date.setValue(CustomFieldValue(QStringLiteral("2026-03-01")));
    QToolButton *clear = nullptr;
    for (QToolButton *button : date.findChildren<QToolButton *>()) {
        if (button->accessibleName() == QLatin1String("Clear Purchase order"))
            clear = button;
    }
    QVERIFY(clear);
    clear->click();
    QCOMPARE(date.value(), CustomFieldValue(QString()));
    editorOf<QDateEdit>(date)->setDate(QDate(2027, 1, 2));
    QCOMPARE(date.value(), CustomFieldValue(QStringLiteral("2027-01-02")));
}

void TestCustomFieldEditor::onlyAllowedLinksCanBeOpened()
{
    CustomFieldEditor link(field(QStringLiteral("Link")), QStringLiteral("Purchase order"),
                           QString());
    QToolButton *open = nullptr;
    for (QToolButton *button : link.findChildren<QToolButton *>()) {
        if (button->accessibleName() == QLatin1String("Open Purchase order"))
            open = button;
    }
    QVERIFY(open);
    link.setValue(CustomFieldValue(QStringLiteral("javascript:alert(1)")));
    QVERIFY(!open->isEnabled());
    link.setValue(CustomFieldValue(QStringLiteral("tel:+41441234567")));
    QVERIFY(open->isEnabled());
}

void TestCustomFieldEditor::anUnknownKindIsKeptByteForByte()
{
    CustomFieldEditor unknown(field(QStringLiteral("Currency")), QStringLiteral("Purchase order"),
                              QString());
    const QJsonObject raw{{QStringLiteral("amount"), 12.5}};
    const CustomFieldValue value = *CustomFieldValue::fromJson(raw, nullptr);
    unknown.setValue(value);
    QCOMPARE(unknown.value().toJson(), QJsonValue(raw));
    QTest::keyClick(editorOf<QLineEdit>(unknown), Qt::Key_Backspace);
    QVERIFY(unknown.value().toJson().isString()); // edited: the new text
}

QTEST_MAIN(TestCustomFieldEditor)
#include "tst_customfieldeditor.moc"
