// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sync/OfflineTestBed.h"
#include "core/actions/CustomFieldsActions.h"
#include "core/storage/CustomFieldDefinitionCache.h"
#include "core/storage/Outbox.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using Owner = CustomFieldsActions::Owner;
using Status = CustomFieldsActions::Saved::Status;

// The details window's saving, without the window, against the fake server
// in strict mode (fields left out of an update are deleted).
class TestCustomFieldsActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadShowsMocosValues();
    void saveKeepsAColleaguesChangeToAnotherField();
    void sameFieldChangedInMocoIsAskedAbout_data();
    void sameFieldChangedInMocoIsAskedAbout();
    void offlineSaveArrivesLater();
    void anUnsentChangeStaysShownThroughALoadAndASync();
    void withoutDefinitionsTheSectionSaysWhy();
    void everyKindOfCustomerFieldRoundTrips_data();
    void everyKindOfCustomerFieldRoundTrips();

private:
    static constexpr qint64 customerId = 2200000101; // seeded with a value of every kind
    CustomFieldValues load();
    CustomFieldValues customerOnServer();
    std::pair<CustomFieldsActions::Saved, CustomFieldsEdit> save(const CustomFieldsEdit &edit);
    CustomFieldValues onServer();
    void changeOnServer(const QString &field, const QString &value);
    QString stringField(int which) const;

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<OfflineTestBed> m_bed;
    std::unique_ptr<CustomFieldsActions> m_actions;
    CustomFieldValues m_read;
};

void TestCustomFieldsActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestCustomFieldsActions::init()
{
    m_bed = OfflineTestBed::afterReset(&m_server);
    QVERIFY(m_bed->syncOnce()); // definitions and the assigned projects
    m_actions =
        std::make_unique<CustomFieldsActions>(m_bed->store(), m_bed->changes(), m_bed->api());
    m_read = load();
}

void TestCustomFieldsActions::cleanup()
{
    m_actions.reset();
    m_bed.reset();
}

CustomFieldValues TestCustomFieldsActions::load()
{
    std::optional<CustomFieldsActions::Loaded> loaded;
    m_actions->load(Owner::Project, OfflineTestBed::projectId, this,
                    [&loaded](const CustomFieldsActions::Loaded &result) { loaded = result; });
    if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 10000) || !loaded->values)
        qFatal("the project's fields did not load");
    return *loaded->values;
}

std::pair<CustomFieldsActions::Saved, CustomFieldsEdit>
TestCustomFieldsActions::save(const CustomFieldsEdit &edit)
{
    std::optional<std::pair<CustomFieldsActions::Saved, CustomFieldsEdit>> saved;
    m_actions->save(Owner::Project, OfflineTestBed::projectId, edit, this,
                    [&saved](const CustomFieldsActions::Saved &result,
                             const CustomFieldsEdit &now) { saved.emplace(result, now); });
    if (!QTest::qWaitFor([&] { return saved.has_value(); }, 15000))
        qFatal("save did not finish");
    return *saved;
}

CustomFieldValues TestCustomFieldsActions::onServer()
{
    return m_bed->projectFieldsOnServer(OfflineTestBed::projectId);
}

void TestCustomFieldsActions::changeOnServer(const QString &field, const QString &value)
{
    m_bed->changeProjectFieldOnServer(OfflineTestBed::projectId, onServer(), field, value);
}

QString TestCustomFieldsActions::stringField(int which) const
{
    QStringList names;
    for (const CustomFieldDefinition &definition : m_actions->definitions(Owner::Project)) {
        if (definition.kind == CustomFieldDefinition::Kind::String && definition.isKnownKind() &&
            !m_read.value(definition.name).isEmpty())
            names.append(definition.name);
    }
    return names.value(which);
}

void TestCustomFieldsActions::loadShowsMocosValues()
{
    QVERIFY(!m_read.isEmpty());
    QCOMPARE(m_read, onServer());
    QCOMPARE(m_actions->cachedValues(Owner::Project, OfflineTestBed::projectId), m_read);
    QVERIFY(!m_actions->definitions(Owner::Project).isEmpty());
    QVERIFY(m_actions->hiddenReason(Owner::Project).isEmpty());
}

void TestCustomFieldsActions::saveKeepsAColleaguesChangeToAnotherField()
{
    const QString mine = stringField(0);
    const QString theirs = stringField(1);
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
    CustomFieldsEdit edit(m_actions->definitions(Owner::Project), m_read);
    edit.set(mine, CustomFieldValue(QStringLiteral("von mir")));
    changeOnServer(theirs, QStringLiteral("vom Kollegen"));

    const auto [saved, now] = save(edit);
    QCOMPARE(saved.status, Status::Stored);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    const CustomFieldValues after = onServer();
    QCOMPARE(after.text(mine), QStringLiteral("von mir"));
    QCOMPARE(after.text(theirs), QStringLiteral("vom Kollegen"));
    for (const QString &name : m_read.names()) {
        if (name != mine && name != theirs)
            QCOMPARE(after.value(name), m_read.value(name));
    }
    // The next sync (assigned projects, which carry no values) keeps them.
    QVERIFY(m_bed->syncOnce());
    QCOMPARE(m_actions->cachedValues(Owner::Project, OfflineTestBed::projectId), after);
}

void TestCustomFieldsActions::sameFieldChangedInMocoIsAskedAbout_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep mine") << true;
    QTest::newRow("take MOCO's") << false;
}

void TestCustomFieldsActions::sameFieldChangedInMocoIsAskedAbout()
{
    QFETCH(bool, keepMine);
    const QString field = stringField(0);
    CustomFieldsEdit edit(m_actions->definitions(Owner::Project), m_read);
    edit.set(field, CustomFieldValue(QStringLiteral("von mir")));
    changeOnServer(field, QStringLiteral("vom Kollegen"));

    auto [saved, now] = save(edit);
    QCOMPARE(saved.status, Status::Conflicts);
    QCOMPARE(now.conflicts().size(), 1);
    QCOMPARE(now.conflicts().first().theirs.text(), QStringLiteral("vom Kollegen"));
    QCOMPARE(m_bed->outboxSize(), 0); // nothing stored while the user decides

    now.resolve(field, keepMine);
    const auto [again, settled] = save(now);
    QCOMPARE(again.status, Status::Stored);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    QCOMPARE(onServer().text(field),
             keepMine ? QStringLiteral("von mir") : QStringLiteral("vom Kollegen"));
}

void TestCustomFieldsActions::offlineSaveArrivesLater()
{
    const QString field = stringField(0);
    CustomFieldsEdit edit(m_actions->definitions(Owner::Project), m_read);
    edit.set(field, CustomFieldValue(QStringLiteral("offline")));
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 1500}}));
    const auto [saved, now] = save(edit);
    QCOMPARE(saved.status, Status::Stored);
    QVERIFY(!saved.message.isEmpty()); // "sent to MOCO when it can be reached"
    QCOMPARE(m_actions->cachedValues(Owner::Project, OfflineTestBed::projectId)->text(field),
             QStringLiteral("offline"));
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 20000);
    QCOMPARE(onServer().text(field), QStringLiteral("offline"));
}

void TestCustomFieldsActions::anUnsentChangeStaysShownThroughALoadAndASync()
{
    const QString field = stringField(0);
    const QString other = stringField(1);
    // MOCO refuses the PUT once: the change waits in "Changes that need
    // attention", not delivered.
    const QJsonObject refused{
        {QStringLiteral("method"), QStringLiteral("PUT")},
        {QStringLiteral("path"),
         QStringLiteral("/api/v1/projects/%1").arg(OfflineTestBed::projectId)},
        {QStringLiteral("status"), 422}};
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("queue"), QJsonArray{refused}}}));
    CustomFieldsEdit edit(m_actions->definitions(Owner::Project), m_read);
    edit.set(field, CustomFieldValue(QStringLiteral("noch nicht in MOCO")));
    QCOMPARE(save(edit).first.status, Status::Stored);
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(m_bed->store()).attentionCount(), 1, 10000);
    QCOMPARE(onServer().text(field), m_read.text(field));

    // A colleague changes another field; the window is opened again.
    changeOnServer(other, QStringLiteral("vom Kollegen"));
    const CustomFieldValues shown = load();
    QCOMPARE(shown.text(field), QStringLiteral("noch nicht in MOCO"));
    QCOMPARE(shown.text(other), QStringLiteral("vom Kollegen"));
    // The sync's assigned projects carry no values: the cache keeps them.
    QVERIFY(m_bed->syncOnce());
    const std::optional<CustomFieldValues> cached =
        m_actions->cachedValues(Owner::Project, OfflineTestBed::projectId);
    QVERIFY(cached);
    QCOMPARE(cached->text(field), QStringLiteral("noch nicht in MOCO"));
    QCOMPARE(cached->text(other), QStringLiteral("vom Kollegen"));
}

void TestCustomFieldsActions::withoutDefinitionsTheSectionSaysWhy()
{
    CustomFieldDefinitionCache cache(m_bed->store());
    QVERIFY(cache.replace(QStringLiteral("Customer"), {}));
    QVERIFY(!m_actions->hiddenReason(Owner::Customer).isEmpty());
    QVERIFY(cache.setReadable(QStringLiteral("Project"), false));
    QVERIFY(cache.replace(QStringLiteral("Project"), {}));
    QVERIFY(m_actions->definitions(Owner::Project).isEmpty());
    QVERIFY2(m_actions->hiddenReason(Owner::Project).contains(QStringLiteral("may not")),
             qPrintable(m_actions->hiddenReason(Owner::Project)));
}

CustomFieldValues TestCustomFieldsActions::customerOnServer()
{
    return m_bed->customerFieldsOnServer(customerId);
}

void TestCustomFieldsActions::everyKindOfCustomerFieldRoundTrips_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<CustomFieldValue>("value");
    const auto text = [](const char *value) { return CustomFieldValue(QString::fromUtf8(value)); };
    QTest::newRow("String") << "Kundennummer" << text("K-0815");
    QTest::newRow("Textarea") << "Kundennotizen" << text("Zeile 1\nZeile 2 – mit Ümlaut");
    QTest::newRow("Link") << "Kundenportal" << text("mailto:einkauf@example.ch");
    QTest::newRow("Boolean") << "Rahmenvertrag" << CustomFieldValue::fromBool(false);
    QTest::newRow("Select, the empty option") << "Kundenstatus" << text("");
    QTest::newRow("Select") << "Kundenstatus" << text("Ruhend");
    QTest::newRow("MultiSelect, none") << "Branchen" << CustomFieldValue(QStringList{});
    QTest::newRow("MultiSelect, one") << "Branchen" << CustomFieldValue(QStringList{"Handel"});
    QTest::newRow("MultiSelect, many")
        << "Branchen" << CustomFieldValue(QStringList{"Industrie", "Öffentlich", "Software"});
    QTest::newRow("Date, cleared") << "Kunde seit" << text("");
    QTest::newRow("Date") << "Kunde seit" << text("2019-04-01");
    QTest::newRow("unknown kind") << "Rechnungswährung" << text("EUR");
}

void TestCustomFieldsActions::everyKindOfCustomerFieldRoundTrips()
{
    QFETCH(QString, field);
    QFETCH(CustomFieldValue, value);
    std::optional<CustomFieldsActions::Loaded> loaded;
    m_actions->load(Owner::Customer, customerId, this,
                    [&loaded](const CustomFieldsActions::Loaded &result) { loaded = result; });
    QTRY_VERIFY(loaded.has_value());
    QVERIFY2(loaded->values, qPrintable(loaded->message));
    const CustomFieldValues before = *loaded->values;
    // The seed gives this customer a value of every kind.
    const QList<CustomFieldDefinition> definitions = m_actions->definitions(Owner::Customer);
    QVERIFY(definitions.size() >= 8);
    for (const CustomFieldDefinition &definition : definitions)
        QVERIFY2(before.contains(definition.name), qPrintable(definition.name));

    CustomFieldsEdit edit(definitions, before);
    edit.set(field, value);
    QVERIFY(edit.problems().isEmpty());
    std::optional<CustomFieldsActions::Saved> saved;
    m_actions->save(Owner::Customer, customerId, edit, this,
                    [&saved](const CustomFieldsActions::Saved &result, const CustomFieldsEdit &) {
                        saved = result;
                    });
    QTRY_VERIFY(saved.has_value());
    QCOMPARE(saved->status, Status::Stored);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);

    // MOCO holds the edit and every other value as it was (strict mode
    // would have deleted any left out).
    const CustomFieldValues after = customerOnServer();
    QCOMPARE(after.value(field).toJson(), value.toJson());
    for (const QString &name : before.names()) {
        if (name != field)
            QCOMPARE(after.value(name).toJson(), before.value(name).toJson());
    }
    QCOMPARE(m_actions->cachedValues(Owner::Customer, customerId), after);
}

QTEST_GUILESS_MAIN(TestCustomFieldsActions)
#include "tst_customfieldsactions.moc"
