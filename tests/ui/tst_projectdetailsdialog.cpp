// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/sync/OfflineTestBed.h"
#include "CustomFieldEditor.h"
#include "CustomerDetailsDialog.h"
#include "ProjectDetailsDialog.h"
#include "core/actions/CustomFieldsActions.h"
#include "core/storage/CustomFieldDefinitionCache.h"
#include "core/storage/ProjectCache.h"
#include "support/FakeServerProcess.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The project details window offscreen, driven by the names a screen reader
// hears, against the fake server in strict mode.
class TestProjectDetailsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editOneFieldKeepsEveryOther();
    void aConflictIsSettledInTheWindow();
    void aBadValueIsExplainedUnderItsField();
    void withoutPermissionTheSectionSaysWhy();
    void customerFieldsToo();

private:
    std::unique_ptr<ProjectDetailsDialog> open();
    QLineEdit *lineNamed(QWidget *window, const QString &name) const;
    QPushButton *button(QWidget *window, const QString &text) const;
    CustomFieldValues onServer();
    QString firstStringField() const;

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<OfflineTestBed> m_bed;
    std::unique_ptr<CustomFieldsActions> m_actions;
};

void TestProjectDetailsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Switzerland)); // labels: `name`
    QVERIFY(m_server.start());
}

void TestProjectDetailsDialog::init()
{
    m_bed = OfflineTestBed::afterReset(&m_server);
    QVERIFY(m_bed->syncOnce());
    m_actions =
        std::make_unique<CustomFieldsActions>(m_bed->store(), m_bed->changes(), m_bed->api());
}

void TestProjectDetailsDialog::cleanup()
{
    m_actions.reset();
    m_bed.reset();
}

std::unique_ptr<ProjectDetailsDialog> TestProjectDetailsDialog::open()
{
    const std::optional<Project> project =
        ProjectCache(m_bed->store()).project(OfflineTestBed::projectId);
    if (!project)
        qFatal("the test project is not in the cache");
    auto dialog = std::make_unique<ProjectDetailsDialog>(*project, m_actions.get());
    dialog->show();
    return dialog;
}

QLineEdit *TestProjectDetailsDialog::lineNamed(QWidget *window, const QString &name) const
{
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == name)
            return edit;
    }
    return nullptr;
}

QPushButton *TestProjectDetailsDialog::button(QWidget *window, const QString &text) const
{
    for (QPushButton *button : window->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text && button->isVisible())
            return button;
    }
    return nullptr;
}

CustomFieldValues TestProjectDetailsDialog::onServer()
{
    return m_bed->projectFieldsOnServer(OfflineTestBed::projectId);
}

QString TestProjectDetailsDialog::firstStringField() const
{
    for (const CustomFieldDefinition &definition :
         m_actions->definitions(CustomFieldsActions::Owner::Project)) {
        if (definition.kind == CustomFieldDefinition::Kind::String && definition.isKnownKind() &&
            !definition.apiOnly)
            return definition.name;
    }
    return {};
}

void TestProjectDetailsDialog::editOneFieldKeepsEveryOther()
{
    const CustomFieldValues before = onServer();
    const auto dialog = open();
    const QString field = firstStringField();
    QLineEdit *edit = nullptr;
    QTRY_VERIFY((edit = lineNamed(dialog.get(), field)) != nullptr);
    QTRY_COMPARE(edit->text(), before.text(field)); // MOCO's value once read
    QPushButton *save = button(dialog.get(), QStringLiteral("Save"));
    QVERIFY(save && button(dialog.get(), QStringLiteral("Revert")));
    QVERIFY(!save->isEnabled());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("PO-neu"));
    QVERIFY(save->isEnabled());
    save->click();
    // Saving re-reads first, then stores and sends.
    QTRY_COMPARE_WITH_TIMEOUT(onServer().text(field), QStringLiteral("PO-neu"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    QVERIFY(!save->isEnabled());
    const CustomFieldValues after = onServer();
    for (const QString &name : before.names()) {
        if (name != field)
            QCOMPARE(after.value(name).toJson(), before.value(name).toJson());
    }
}

void TestProjectDetailsDialog::aConflictIsSettledInTheWindow()
{
    const auto dialog = open();
    const QString field = firstStringField();
    QLineEdit *edit = nullptr;
    QTRY_VERIFY((edit = lineNamed(dialog.get(), field)) != nullptr);
    QTRY_VERIFY(!edit->text().isEmpty());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("von mir"));
    // Meanwhile someone changes the same field in MOCO.
    m_bed->changeProjectFieldOnServer(OfflineTestBed::projectId, onServer(), field,
                                      QStringLiteral("vom Kollegen"));

    button(dialog.get(), QStringLiteral("Save"))->click();
    QPushButton *keepMine = nullptr;
    QTRY_VERIFY((keepMine = button(dialog.get(), QStringLiteral("Keep mine"))) != nullptr);
    QVERIFY(button(dialog.get(), QStringLiteral("Take MOCO's")));
    QCOMPARE(m_bed->outboxSize(), 0); // nothing sent while the user decides
    keepMine->click();
    button(dialog.get(), QStringLiteral("Save"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    QTRY_COMPARE(onServer().text(field), QStringLiteral("von mir"));
}

void TestProjectDetailsDialog::aBadValueIsExplainedUnderItsField()
{
    const auto dialog = open();
    QString link;
    for (const CustomFieldDefinition &definition :
         m_actions->definitions(CustomFieldsActions::Owner::Project)) {
        if (definition.kind == CustomFieldDefinition::Kind::Link)
            link = definition.name;
    }
    QVERIFY(!link.isEmpty());
    QLineEdit *edit = nullptr;
    QTRY_VERIFY((edit = lineNamed(dialog.get(), link)) != nullptr);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("wiki.example.com"));
    QVERIFY(!button(dialog.get(), QStringLiteral("Save"))->isEnabled());
    QLabel *problem = nullptr;
    for (QLabel *label : dialog->findChildren<QLabel *>(QStringLiteral("fieldProblem"))) {
        if (label->isVisible())
            problem = label;
    }
    QVERIFY(problem);
    QVERIFY2(problem->text().contains(QStringLiteral("https://")), qPrintable(problem->text()));
    QCOMPARE(edit->accessibleDescription(), problem->text());
    QCOMPARE(m_bed->outboxSize(), 0);
}

void TestProjectDetailsDialog::withoutPermissionTheSectionSaysWhy()
{
    CustomFieldDefinitionCache cache(m_bed->store());
    QVERIFY(cache.replace(QStringLiteral("Project"), {}));
    QVERIFY(cache.setReadable(QStringLiteral("Project"), false));
    const auto dialog = open();
    QLabel *reason = dialog->findChild<QLabel *>(QStringLiteral("customFieldsReason"));
    QVERIFY(reason && reason->isVisible());
    QVERIFY(!reason->text().isEmpty());
    QVERIFY(!button(dialog.get(), QStringLiteral("Save")));
}

void TestProjectDetailsDialog::customerFieldsToo()
{
    const auto project = open();
    QSignalSpy asked(project.get(), &ProjectDetailsDialog::customerDetailsRequested);
    button(project.get(), QStringLiteral("Customer Details…"))->click();
    QCOMPARE(asked.size(), 1);
    const qint64 customerId = asked.first().first().toLongLong();

    CustomerDetailsDialog customer(customerId, QStringLiteral("Kunde"), m_actions.get());
    customer.show();
    QLineEdit *number = nullptr;
    QTRY_VERIFY((number = lineNamed(&customer, QStringLiteral("Kundennummer"))) != nullptr);
    number->selectAll();
    QTest::keyClicks(number, QStringLiteral("K-4711"));
    button(&customer, QStringLiteral("Save"))->click();
    const auto numberOnServer = [this, customerId] {
        return m_bed->customerFieldsOnServer(customerId).text(QStringLiteral("Kundennummer"));
    };
    QTRY_COMPARE_WITH_TIMEOUT(numberOnServer(), QStringLiteral("K-4711"), 10000);
}

QTEST_MAIN(TestProjectDetailsDialog)
#include "tst_projectdetailsdialog.moc"
