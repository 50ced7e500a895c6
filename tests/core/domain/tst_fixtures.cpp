// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFixture.h"

#include "core/domain/Activity.h"
#include "core/domain/CustomFieldDefinition.h"
#include "core/domain/JsonList.h"
#include "core/domain/LoginResult.h"
#include "core/domain/Presence.h"
#include "core/domain/Profile.h"
#include "core/domain/Project.h"
#include "core/domain/SessionInfo.h"
#include "core/domain/User.h"

#include "support/TestData.h"

#include <QDir>
#include <QMap>
#include <QTest>

#include <functional>

namespace {

// Parses the fixture as its type, writes it back, parses again and checks
// both parses agree. Returns the first problem, or "" when all is well.
using Check = std::function<QString(const QJsonValue &)>;

template<typename T>
QString roundTripOne(const QJsonValue &json)
{
    QString error;
    const auto value = T::fromJson(json, &error);
    if (!value)
        return error;
    const auto again = T::fromJson(value->toJson(), &error);
    if (!again)
        return QStringLiteral("after toJson: ") + error;
    return *again == *value ? QString() : QStringLiteral("round trip changed the value");
}

template<typename T>
QString roundTripList(const QJsonValue &json)
{
    QString error;
    const auto values = listFromJson<T>(json, &error);
    if (!values)
        return error;
    if (values->isEmpty())
        return QStringLiteral("empty list");
    const auto again = listFromJson<T>(listToJson(*values), &error);
    if (!again)
        return QStringLiteral("after toJson: ") + error;
    return *again == *values ? QString() : QStringLiteral("round trip changed the list");
}

// Which type reads each fixture. Every file in tests/data must be listed, so
// a new fixture cannot sit there untested.
QMap<QString, Check> checks()
{
    return {
        {"activity_2020_hours_only.json", roundTripOne<Activity>},
        {"activity_2022_recorded.json", roundTripOne<Activity>},
        {"activity_running_timer.json", roundTripOne<Activity>},
        {"activity_spec.json", roundTripOne<Activity>},
        {"activity_spec_nulls.json", roundTripOne<Activity>},
        {"activities_list.json", roundTripList<Activity>},
        {"project_assigned_no_contract.json", roundTripOne<Project>},
        {"project_assigned_with_contract.json", roundTripOne<Project>},
        {"project_assigned_inactive_contract.json", roundTripOne<Project>},
        {"projects_assigned.json", roundTripList<Project>},
        {"project_full.json", roundTripOne<Project>},
        {"project_tasks.json", roundTripList<Task>},
        {"presence_2022.json", roundTripOne<Presence>},
        {"presence_open.json", roundTripOne<Presence>},
        {"presence_open_empty_to.json", roundTripOne<Presence>},
        {"presences_list.json", roundTripList<Presence>},
        {"custom_property_boolean.json", roundTripOne<CustomFieldDefinition>},
        {"custom_property_date.json", roundTripOne<CustomFieldDefinition>},
        {"custom_property_link.json", roundTripOne<CustomFieldDefinition>},
        {"custom_property_multiselect.json", roundTripOne<CustomFieldDefinition>},
        {"custom_property_select.json", roundTripOne<CustomFieldDefinition>},
        {"custom_property_spec_text.json", roundTripOne<CustomFieldDefinition>},
        {"custom_property_string.json", roundTripOne<CustomFieldDefinition>},
        {"custom_property_textarea.json", roundTripOne<CustomFieldDefinition>},
        {"custom_property_unknown_kind.json", roundTripOne<CustomFieldDefinition>},
        {"custom_properties_list.json", roundTripList<CustomFieldDefinition>},
        {"login.json", roundTripOne<LoginResult>},
        {"session.json", roundTripOne<SessionInfo>},
        {"profile.json", roundTripOne<Profile>},
        {"users.json", roundTripList<User>},
    };
}

} // namespace

class TestFixtures : public QObject
{
    Q_OBJECT

private slots:
    void everyFixtureIsChecked();
    void parsesAndRoundTrips_data();
    void parsesAndRoundTrips();
};

void TestFixtures::everyFixtureIsChecked()
{
    const QDir dir(TestData::path(QString()));
    QVERIFY2(dir.exists(), qPrintable(dir.path()));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    const QMap<QString, Check> known = checks();
    for (const QString &file : files)
        QVERIFY2(known.contains(file), qPrintable(file + QStringLiteral(" has no check")));
    for (const QString &file : known.keys())
        QVERIFY2(files.contains(file), qPrintable(file + QStringLiteral(" is missing")));
}

void TestFixtures::parsesAndRoundTrips_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = checks().keys();
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestFixtures::parsesAndRoundTrips()
{
    QFETCH(QString, file);
    const QJsonValue json = JsonFixture::load(file);
    QVERIFY2(json.isObject() || json.isArray(), qPrintable(file));
    const QString problem = checks().value(file)(json);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
