// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFixture.h"

#include "core/domain/Activity.h"
#include "core/domain/JsonList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

std::optional<Activity> parseFixture(const QString &name, QString *error)
{
    return Activity::fromJson(JsonFixture::load(name), error);
}

} // namespace

class TestActivity : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void specNullsReadAsNone();
    void hoursOnlyResponse();
    void list();
    void listErrorNamesIndex();
    void wrongType_data();
    void wrongType();
    void noneEquivalence_data();
    void noneEquivalence();
    void idsBeyond32And53Bits();
    void unicodeSurvives();
    void elapsedSeconds_data();
    void elapsedSeconds();
    void roundTrip_data();
    void roundTrip();
};

void TestActivity::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<bool>("hasWorkedSeconds");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<bool>("hasDeal");
    QTest::addColumn<bool>("running");
    QTest::addColumn<QString>("customer");

    QTest::newRow("2022 recording")
        << "activity_2022_recorded.json" << qint64(1015625528) << qint64(1800) << false << ""
        << false << false << "TestActivity.get_customer";
    QTest::newRow("2020 recording, hours only")
        << "activity_2020_hours_only.json" << qint64(999805951) << qint64(12600) << false << ""
        << false << false << "TestActivity.get_customer";
    QTest::newRow("spec") << "activity_spec.json" << qint64(1015625524) << qint64(12600) << true
                          << "P22002" << true << false << "Müller & Söhne GmbH";
    QTest::newRow("spec nulls") << "activity_spec_nulls.json" << qint64(1015625530) << qint64(900)
                                << true << "" << false << false << "Eigene Firma";
    QTest::newRow("running timer")
        << "activity_running_timer.json" << qint64(1015625529) << qint64(0) << false << "" << false
        << true << "TestActivity.get_customer";
}

void TestActivity::fixtures()
{
    QFETCH(QString, file);
    QFETCH(qint64, id);
    QFETCH(qint64, seconds);
    QFETCH(bool, hasWorkedSeconds);
    QFETCH(QString, identifier);
    QFETCH(bool, hasDeal);
    QFETCH(bool, running);
    QFETCH(QString, customer);

    QString error;
    const auto activity = parseFixture(file, &error);
    QVERIFY2(activity, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(activity->id, id);
    QCOMPARE(activity->seconds, seconds);
    QCOMPARE(activity->workedSeconds.has_value(), hasWorkedSeconds);
    QCOMPARE(activity->project.identifier, identifier);
    QCOMPARE(activity->deal.has_value(), hasDeal);
    QCOMPARE(activity->isRunning(), running);
    QVERIFY(activity->customer);
    QCOMPARE(activity->customer->name, customer);
    QVERIFY(activity->date.isValid());
    QVERIFY(activity->project.id > 0);
    QVERIFY(activity->task.id > 0);
    QVERIFY(activity->createdAt.isValid());
    QCOMPARE(activity->createdAt.timeSpec(), Qt::UTC);
}

void TestActivity::specNullsReadAsNone()
{
    QString error;
    const auto activity = parseFixture(QStringLiteral("activity_spec_nulls.json"), &error);
    QVERIFY2(activity, qPrintable(error));
    QCOMPARE(activity->description, QString());
    QCOMPARE(activity->tag, QString());
    QCOMPARE(activity->remoteService, QString());
    QCOMPARE(activity->remoteId, QString());
    QCOMPARE(activity->remoteUrl, QString());
    QVERIFY(!activity->user);
    QVERIFY(!activity->deal);
    QVERIFY(!activity->hourlyRate);
    QVERIFY(!activity->timerStartedAt);
    QVERIFY(!activity->project.billable);
    QVERIFY(!activity->task.billable);
    QVERIFY(activity->billed);
    QVERIFY(!activity->billable);
    QCOMPARE(activity->invoiceId, std::optional<qint64>(2345678901LL));
}

void TestActivity::hoursOnlyResponse()
{
    // Responses from 2020 carry only "hours": seconds comes from them, so the
    // duration shown is never silently zero.
    QString error;
    const auto activity = parseFixture(QStringLiteral("activity_2020_hours_only.json"), &error);
    QVERIFY2(activity, qPrintable(error));
    QCOMPARE(activity->hours, std::optional<double>(3.5));
    QCOMPARE(activity->seconds, qint64(3.5 * 3600));
    QCOMPARE(activity->remoteService, QStringLiteral("jira"));
    QCOMPARE(activity->remoteId, QStringLiteral("JIRA-123"));
    QCOMPARE(activity->hourlyRate, std::optional<double>(0.0));
}

void TestActivity::list()
{
    QString error;
    const auto activities =
        listFromJson<Activity>(JsonFixture::load(QStringLiteral("activities_list.json")), &error);
    QVERIFY2(activities, qPrintable(error));
    QCOMPARE(activities->size(), 4);
    QCOMPARE(activities->at(1).project.identifier, QStringLiteral("P22002"));
    QVERIFY(activities->at(3).isRunning());
}

void TestActivity::listErrorNamesIndex()
{
    QJsonArray array = JsonFixture::load(QStringLiteral("activities_list.json")).toArray();
    array[2] = JsonFixture::withField(array[2].toObject(), QStringLiteral("project.id"),
                                      QStringLiteral("945892354"));
    QString error;
    QVERIFY(!listFromJson<Activity>(array, &error));
    QCOMPARE(error, QStringLiteral("[2].project.id: expected an integer, got a string"));
}

void TestActivity::wrongType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    const auto undefined = QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id string") << "id" << QJsonValue(QStringLiteral("1015625524"))
                               << "activity.id: expected an integer, got a string";
    QTest::newRow("id missing") << "id" << undefined << "activity.id: missing";
    QTest::newRow("project.id string") << "project.id" << QJsonValue(QStringLiteral("945892354"))
                                       << "activity.project.id: expected an integer, got a string";
    QTest::newRow("date number") << "date" << QJsonValue(20200101)
                                 << "activity.date: expected a date YYYY-MM-DD, got a number";
    QTest::newRow("date impossible")
        << "date" << QJsonValue(QStringLiteral("2020-02-30"))
        << "activity.date: expected a date YYYY-MM-DD, got \"2020-02-30\"";
    QTest::newRow("date missing") << "date" << undefined << "activity.date: missing";
    QTest::newRow("seconds string") << "seconds" << QJsonValue(QStringLiteral("3600"))
                                    << "activity.seconds: expected an integer, got a string";
    QTest::newRow("seconds fractional")
        << "seconds" << QJsonValue(12.5) << "activity.seconds: expected an integer, got 12.5";
    QTest::newRow("hours string") << "hours" << QJsonValue(QStringLiteral("3.5"))
                                  << "activity.hours: expected a number, got a string";
    QTest::newRow("worked_seconds bool")
        << "worked_seconds" << QJsonValue(true)
        << "activity.worked_seconds: expected an integer, got a boolean";
    QTest::newRow("billable string") << "billable" << QJsonValue(QStringLiteral("true"))
                                     << "activity.billable: expected a boolean, got a string";
    QTest::newRow("billed null") << "billed" << QJsonValue(QJsonValue::Null)
                                 << "activity.billed: missing";
    QTest::newRow("project array") << "project" << QJsonValue(QJsonArray())
                                   << "activity.project: expected an object, got an array";
    QTest::newRow("project missing") << "project" << undefined << "activity.project: missing";
    QTest::newRow("task missing") << "task" << undefined << "activity.task: missing";
    QTest::newRow("task.name number")
        << "task.name" << QJsonValue(5) << "activity.task.name: expected a string, got a number";
    QTest::newRow("task.billable string")
        << "task.billable" << QJsonValue(QStringLiteral("yes"))
        << "activity.task.billable: expected a boolean, got a string";
    QTest::newRow("project.identifier number")
        << "project.identifier" << QJsonValue(22002)
        << "activity.project.identifier: expected a string, got a number";
    QTest::newRow("user string") << "user" << QJsonValue(QStringLiteral("x"))
                                 << "activity.user: expected an object, got a string";
    QTest::newRow("user.id null") << "user.id" << QJsonValue(QJsonValue::Null)
                                  << "activity.user.id: missing";
    QTest::newRow("customer.id bool") << "customer.id" << QJsonValue(true)
                                      << "activity.customer.id: expected an integer, got a boolean";
    QTest::newRow("deal array") << "deal" << QJsonValue(QJsonArray())
                                << "activity.deal: expected an object, got an array";
    QTest::newRow("timer text")
        << "timer_started_at" << QJsonValue(QStringLiteral("yesterday"))
        << "activity.timer_started_at: expected an ISO 8601 timestamp, got \"yesterday\"";
    QTest::newRow("timer epoch")
        << "timer_started_at" << QJsonValue(1527170410463.0)
        << "activity.timer_started_at: expected an ISO 8601 timestamp, got a number";
    QTest::newRow("description object") << "description" << QJsonValue(QJsonObject())
                                        << "activity.description: expected a string, got an object";
    QTest::newRow("tag array") << "tag" << QJsonValue(QJsonArray())
                               << "activity.tag: expected a string, got an array";
    QTest::newRow("invoice_id fractional")
        << "invoice_id" << QJsonValue(1.5) << "activity.invoice_id: expected an integer, got 1.5";
    QTest::newRow("hourly_rate string") << "hourly_rate" << QJsonValue(QStringLiteral("150,00"))
                                        << "activity.hourly_rate: expected a number, got a string";
    QTest::newRow("updated_at bad") << "updated_at" << QJsonValue(QStringLiteral("17.04.2022"))
                                    << "activity.updated_at: expected an ISO 8601 timestamp, "
                                       "got \"17.04.2022\"";
}

void TestActivity::wrongType()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject json = JsonFixture::withField(
        JsonFixture::loadObject(QStringLiteral("activity_spec.json")), field, value);
    QString error;
    const auto activity = Activity::fromJson(json, &error);
    QVERIFY(!activity);
    QCOMPARE(error, expected);
}

void TestActivity::noneEquivalence_data()
{
    QTest::addColumn<QString>("field");
    for (const char *field :
         {"description", "tag", "remote_service", "remote_id", "remote_url", "invoice_id",
          "worked_seconds", "hourly_rate", "timer_started_at", "user", "deal", "customer",
          "project.identifier", "project.billable", "task.billable", "created_at", "updated_at"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void TestActivity::noneEquivalence()
{
    QFETCH(QString, field);
    const QJsonObject base = JsonFixture::loadObject(QStringLiteral("activity_running_timer.json"));
    QString error;
    const auto missing =
        Activity::fromJson(JsonFixture::withField(base, field, QJsonValue::Undefined), &error);
    QVERIFY2(missing, qPrintable(error));
    const auto null =
        Activity::fromJson(JsonFixture::withField(base, field, QJsonValue::Null), &error);
    QVERIFY2(null, qPrintable(error));
    const auto empty = Activity::fromJson(JsonFixture::withField(base, field, QString()), &error);
    QVERIFY2(empty, qPrintable(error));
    QVERIFY(*missing == *null);
    QVERIFY(*missing == *empty);
    // …and "none" really is none, not the fixture's value.
    const auto original = Activity::fromJson(base, &error);
    QVERIFY(original);
    if (base.value(field).isString() && !base.value(field).toString().isEmpty())
        QVERIFY(!(*original == *missing));
}

void TestActivity::idsBeyond32And53Bits()
{
    const QByteArray text = R"({"id": 9007199254740993, "date": "2022-04-17", "seconds": 3000000000,
        "billed": false, "billable": true,
        "project": {"id": 4294967297, "name": "P"}, "task": {"id": 2147483648, "name": "T"},
        "invoice_id": 9007199254740993})";
    QString error;
    const auto activity = Activity::fromJson(JsonFixture::parse(text), &error);
    QVERIFY2(activity, qPrintable(error));
    QCOMPARE(activity->id, 9007199254740993LL);
    QCOMPARE(activity->seconds, 3000000000LL);
    QCOMPARE(activity->project.id, 4294967297LL);
    QCOMPARE(activity->task.id, 2147483648LL);
    QCOMPARE(activity->invoiceId, std::optional<qint64>(9007199254740993LL));
    // Written back with every digit.
    const QByteArray written = QJsonDocument(activity->toJson()).toJson(QJsonDocument::Compact);
    QVERIFY2(written.contains("\"id\":9007199254740993"), written.constData());
    QVERIFY(written.contains("\"id\":4294967297"));
}

void TestActivity::unicodeSurvives()
{
    QString error;
    const auto activity = parseFixture(QStringLiteral("activity_spec.json"), &error);
    QVERIFY2(activity, qPrintable(error));
    QCOMPARE(activity->description, QStringLiteral("Konzept überarbeitet – Größenänderung 🚀"));
    QCOMPARE(activity->tag, QStringLiteral("Überstunden"));
    QVERIFY(activity->user);
    QCOMPARE(activity->user->displayName(), QStringLiteral("Jürgen Weiß"));
    const QByteArray written = QJsonDocument(activity->toJson()).toJson();
    QVERIFY(written.contains("Größenänderung 🚀"));
}

void TestActivity::elapsedSeconds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("expected");

    // Timer started 2022-04-17T06:47:05Z with seconds 0.
    QTest::newRow("running one hour")
        << "activity_running_timer.json" << utc(2022, 4, 17, 7, 47, 5) << qint64(3600);
    QTest::newRow("running 90 s") << "activity_running_timer.json" << utc(2022, 4, 17, 6, 48, 35)
                                  << qint64(90);
    QTest::newRow("local clock behind server")
        << "activity_running_timer.json" << utc(2022, 4, 17, 6, 40, 0) << qint64(0);
    QTest::newRow("stopped ignores now")
        << "activity_2022_recorded.json" << utc(2030, 1, 1, 0, 0, 0) << qint64(1800);
}

void TestActivity::elapsedSeconds()
{
    QFETCH(QString, file);
    QFETCH(QDateTime, now);
    QFETCH(qint64, expected);
    QString error;
    const auto activity = parseFixture(file, &error);
    QVERIFY2(activity, qPrintable(error));
    QCOMPARE(activity->elapsedSeconds(now), expected);
}

void TestActivity::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"activity_2022_recorded.json", "activity_2020_hours_only.json", "activity_spec.json",
          "activity_spec_nulls.json", "activity_running_timer.json"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestActivity::roundTrip()
{
    QFETCH(QString, file);
    QString error;
    const auto activity = parseFixture(file, &error);
    QVERIFY2(activity, qPrintable(error));
    const auto again = Activity::fromJson(activity->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == *activity);
    // A resumed timer with seconds already booked keeps both.
    Activity resumed = *activity;
    resumed.seconds = 1800;
    resumed.timerStartedAt = utc(2022, 4, 17, 6, 47, 5);
    const auto resumedAgain = Activity::fromJson(resumed.toJson(), &error);
    QVERIFY2(resumedAgain, qPrintable(error));
    QVERIFY(*resumedAgain == resumed);
    QCOMPARE(resumedAgain->elapsedSeconds(utc(2022, 4, 17, 6, 57, 5)), qint64(2400));
}

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
