// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTestBed.h"
#include "core/storage/Outbox.h"
#include "core/storage/ProjectCache.h"
#include "support/FakeServerProcess.h"

#include <QStandardPaths>
#include <QTest>

// Custom field values through the outbox to a real fake server in strict
// mode (fields left out of an update are deleted): what the user did not
// touch survives, and a change made in MOCO meanwhile to the same field is
// never overwritten without the user's word.
class TestCustomFieldsDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aColleaguesChangeToAnotherFieldIsKept();
    void theSameFieldChangedInMocoWaitsForTheUser_data();
    void theSameFieldChangedInMocoWaitsForTheUser();

private:
    Project projectOnServer();
    // What another MOCO user's edit does: a PUT of the whole map read.
    void changeOnServer(const Project &read, const QString &field, const QString &value);
    static QString stringField(const Project &project, int which);

    // The rate limit has its own tests; here it would only slow things down.
    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<OfflineTestBed> m_bed;
};

void TestCustomFieldsDelivery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestCustomFieldsDelivery::init()
{
    m_bed = OfflineTestBed::afterReset(&m_server);
}

void TestCustomFieldsDelivery::cleanup()
{
    m_bed.reset();
}

Project TestCustomFieldsDelivery::projectOnServer()
{
    std::optional<Project> project;
    m_bed->api()->fetchProject(OfflineTestBed::projectId, nullptr,
                               [&project](const ApiResult<Project> &r) {
                                   if (r.ok())
                                       project = r.value();
                               });
    if (!QTest::qWaitFor([&] { return project.has_value(); }, 10000))
        qFatal("GET /projects/{id} did not answer");
    return *project;
}

void TestCustomFieldsDelivery::changeOnServer(const Project &read, const QString &field,
                                              const QString &value)
{
    m_bed->changeProjectFieldOnServer(read.id, read.customProperties, field, value);
}

QString TestCustomFieldsDelivery::stringField(const Project &project, int which)
{
    QStringList names;
    const CustomFieldValues &values = project.customProperties;
    for (const QString &name : values.names()) {
        const CustomFieldValue value = values.value(name);
        if (!value.isList() && !value.isEmpty() && !value.toDate() && !value.toBool())
            names.append(name);
    }
    return names.value(which);
}

void TestCustomFieldsDelivery::aColleaguesChangeToAnotherFieldIsKept()
{
    const Project seen = projectOnServer();
    const QString mine = stringField(seen, 0);
    const QString theirs = stringField(seen, 1);
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
    QVERIFY(ProjectCache(m_bed->store()).writeProject(seen));
    changeOnServer(seen, theirs, QStringLiteral("vom Kollegen"));

    CustomFieldValues change;
    change.setText(mine, QStringLiteral("von mir"));
    CustomFieldValues base;
    base.set(mine, seen.customProperties.value(mine));
    QVERIFY(m_bed->changes()->updateProjectCustomFields(seen.id, change, base));
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);

    const Project after = projectOnServer();
    QCOMPARE(after.customProperties.text(mine), QStringLiteral("von mir"));
    QCOMPARE(after.customProperties.text(theirs), QStringLiteral("vom Kollegen"));
    for (const QString &name : seen.customProperties.names()) {
        if (name != mine && name != theirs)
            QCOMPARE(after.customProperties.value(name), seen.customProperties.value(name));
    }
    // The cache shows what MOCO holds now.
    QCOMPARE(ProjectCache(m_bed->store()).project(seen.id)->customProperties,
             after.customProperties);
}

void TestCustomFieldsDelivery::theSameFieldChangedInMocoWaitsForTheUser_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("retry: mine") << true;
    QTest::newRow("discard: MOCO's") << false;
}

void TestCustomFieldsDelivery::theSameFieldChangedInMocoWaitsForTheUser()
{
    QFETCH(bool, keepMine);
    const Project seen = projectOnServer();
    const QString field = stringField(seen, 0);
    QVERIFY(ProjectCache(m_bed->store()).writeProject(seen));
    changeOnServer(seen, field, QStringLiteral("vom Kollegen"));

    CustomFieldValues change;
    change.setText(field, QStringLiteral("von mir"));
    CustomFieldValues base;
    base.set(field, seen.customProperties.value(field));
    QVERIFY(m_bed->changes()->updateProjectCustomFields(seen.id, change, base));
    Outbox outbox(m_bed->store());
    QTRY_COMPARE_WITH_TIMEOUT(outbox.attentionCount(), 1, 10000);
    const OutboxItem refused = outbox.items().first();
    QVERIFY2(refused.errorMessage.contains(QStringLiteral("vom Kollegen")) &&
                 refused.errorMessage.contains(QStringLiteral("von mir")),
             qPrintable(refused.errorMessage));
    // Nothing was overwritten.
    QCOMPARE(projectOnServer().customProperties.text(field), QStringLiteral("vom Kollegen"));

    if (keepMine) {
        QVERIFY(m_bed->changes()->retry(refused.seq));
        QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
        QCOMPARE(projectOnServer().customProperties.text(field), QStringLiteral("von mir"));
    } else {
        QVERIFY(m_bed->changes()->discard(refused.seq));
        QCOMPARE(m_bed->outboxSize(), 0);
        QCOMPARE(projectOnServer().customProperties.text(field), QStringLiteral("vom Kollegen"));
        // Shown as MOCO has it, not as I typed it.
        QCOMPARE(ProjectCache(m_bed->store()).project(seen.id)->customProperties.text(field),
                 QStringLiteral("vom Kollegen"));
    }
}

QTEST_GUILESS_MAIN(TestCustomFieldsDelivery)
#include "tst_customfieldsdelivery.moc"
