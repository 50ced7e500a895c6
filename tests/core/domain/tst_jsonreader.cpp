// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFixture.h"

#include "core/domain/JsonList.h"
#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>

namespace {

// A small type whose fields use every reader, so the rules are tested once
// here and the per-type tests can concentrate on their own fields.
struct Probe
{
    qint64 id = 0;
    std::optional<qint64> count;
    std::optional<double> amount;
    std::optional<bool> flag;
    QString label;
    std::optional<QDate> day;
    std::optional<QDateTime> at;
    std::optional<QTime> clock;
    QStringList names;

    static Probe read(JsonReader &reader)
    {
        Probe probe;
        probe.id = reader.integer(QStringLiteral("id"));
        probe.count = reader.optionalInteger(QStringLiteral("count"));
        probe.amount = reader.optionalNumber(QStringLiteral("amount"));
        probe.flag = reader.optionalBoolean(QStringLiteral("flag"));
        probe.label = reader.text(QStringLiteral("label"));
        probe.day = reader.optionalDate(QStringLiteral("day"));
        probe.at = reader.optionalTimestamp(QStringLiteral("at"));
        probe.clock = reader.optionalTime(QStringLiteral("clock"));
        probe.names = reader.stringList(QStringLiteral("names"));
        return probe;
    }
};

std::optional<Probe> parseProbe(const QJsonObject &object, QString *error)
{
    return JsonReader::parse<Probe>(object, QStringLiteral("probe"), error);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void noneMeansNone_data();
    void noneMeansNone();
    void wrongTypeNamesField_data();
    void wrongTypeNamesField();
    void integers_data();
    void integers();
    void timestamps_data();
    void timestamps();
    void dates_data();
    void dates();
    void times_data();
    void times();
    void requiredMissing();
    void nonObjectRoot();
    void firstErrorWins();
    void listErrorNamesIndex();
    void listOfWrongType();
    void unknownFieldsIgnored();
    void writerFormats();
};

void TestJsonReader::noneMeansNone_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"count", "amount", "flag", "label", "day", "at", "clock"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestJsonReader::noneMeansNone()
{
    QFETCH(QString, key);
    const QJsonObject base{{QStringLiteral("id"), 1}};
    QString error;
    const auto missing = parseProbe(base, &error);
    QVERIFY2(missing, qPrintable(error));
    const auto null = parseProbe(JsonFixture::withField(base, key, QJsonValue::Null), &error);
    QVERIFY2(null, qPrintable(error));
    const auto empty = parseProbe(JsonFixture::withField(base, key, QString()), &error);
    QVERIFY2(empty, qPrintable(error));

    QVERIFY(!missing->count && !missing->amount && !missing->flag && !missing->day &&
            !missing->at && !missing->clock);
    QVERIFY(missing->label.isEmpty());
    QVERIFY(std::tie(null->count, null->amount, null->flag, null->label, null->day, null->at,
                     null->clock) == std::tie(missing->count, missing->amount, missing->flag,
                                              missing->label, missing->day, missing->at,
                                              missing->clock));
    QVERIFY(std::tie(empty->count, empty->amount, empty->flag, empty->label, empty->day, empty->at,
                     empty->clock) == std::tie(missing->count, missing->amount, missing->flag,
                                               missing->label, missing->day, missing->at,
                                               missing->clock));
}

void TestJsonReader::wrongTypeNamesField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("id as string") << "id" << QJsonValue(QStringLiteral("12"))
                                  << "probe.id: expected an integer, got a string";
    QTest::newRow("id as empty string")
        << "id" << QJsonValue(QString()) << "probe.id: expected an integer, got an empty string";
    QTest::newRow("id fractional")
        << "id" << QJsonValue(3.5) << "probe.id: expected an integer, got 3.5";
    QTest::newRow("id as bool") << "id" << QJsonValue(true)
                                << "probe.id: expected an integer, got a boolean";
    QTest::newRow("id as object") << "id" << QJsonValue(QJsonObject())
                                  << "probe.id: expected an integer, got an object";
    QTest::newRow("count as array")
        << "count" << QJsonValue(QJsonArray{1}) << "probe.count: expected an integer, got an array";
    QTest::newRow("amount as string") << "amount" << QJsonValue(QStringLiteral("3.5"))
                                      << "probe.amount: expected a number, got a string";
    QTest::newRow("flag as string") << "flag" << QJsonValue(QStringLiteral("true"))
                                    << "probe.flag: expected a boolean, got a string";
    QTest::newRow("flag as number")
        << "flag" << QJsonValue(1) << "probe.flag: expected a boolean, got a number";
    QTest::newRow("label as number")
        << "label" << QJsonValue(7) << "probe.label: expected a string, got a number";
    QTest::newRow("label as object")
        << "label" << QJsonValue(QJsonObject()) << "probe.label: expected a string, got an object";
    QTest::newRow("day as number")
        << "day" << QJsonValue(20220101) << "probe.day: expected a date YYYY-MM-DD, got a number";
    QTest::newRow("at as number") << "at" << QJsonValue(1527170410463.0)
                                  << "probe.at: expected an ISO 8601 timestamp, got a number";
    QTest::newRow("clock as number")
        << "clock" << QJsonValue(830) << "probe.clock: expected a time HH:MM, got a number";
    QTest::newRow("names as object")
        << "names" << QJsonValue(QJsonObject()) << "probe.names: expected an array, got an object";
    QTest::newRow("names as string") << "names" << QJsonValue(QStringLiteral("a,b"))
                                     << "probe.names: expected an array, got a string";
    QTest::newRow("names element") << "names" << QJsonValue(QJsonArray{QStringLiteral("a"), 2})
                                   << "probe.names[1]: expected a string, got a number";
}

void TestJsonReader::wrongTypeNamesField()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject object = JsonFixture::withField({{QStringLiteral("id"), 1}}, key, value);
    QString error;
    QVERIFY(!parseProbe(object, &error));
    QCOMPARE(error, expected);
}

void TestJsonReader::integers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("small") << QByteArray(R"({"id": 42})") << true << qint64(42);
    QTest::newRow("negative") << QByteArray(R"({"id": -5})") << true << qint64(-5);
    QTest::newRow("above 2^31") << QByteArray(R"({"id": 1015625528})") << true
                                << qint64(1015625528);
    QTest::newRow("above 2^32") << QByteArray(R"({"id": 8589934593})") << true
                                << qint64(8589934593LL);
    QTest::newRow("2^53 + 1 keeps its digits")
        << QByteArray(R"({"id": 9007199254740993})") << true << qint64(9007199254740993LL);
    QTest::newRow("whole double") << QByteArray(R"({"id": 945892354.0})") << true
                                  << qint64(945892354);
    QTest::newRow("exponent") << QByteArray(R"({"id": 1e3})") << true << qint64(1000);
    QTest::newRow("fraction") << QByteArray(R"({"id": 945892354.5})") << false << qint64(0);
    QTest::newRow("beyond 64 bits") << QByteArray(R"({"id": 1e30})") << false << qint64(0);
}

void TestJsonReader::integers()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    QString error;
    const auto probe = parseProbe(JsonFixture::parse(json).toObject(), &error);
    QCOMPARE(bool(probe), ok);
    if (ok)
        QCOMPARE(probe->id, expected);
    else
        QVERIFY2(error.startsWith(QStringLiteral("probe.id: expected an integer, got ")),
                 qPrintable(error));
}

void TestJsonReader::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid = parse error

    QTest::newRow("MOCO form") << "2018-10-17T09:33:46Z" << utc(2018, 10, 17, 9, 33, 46);
    QTest::newRow("milliseconds") << "2018-10-17T09:33:46.123Z"
                                  << utc(2018, 10, 17, 9, 33, 46, 123);
    QTest::newRow("microseconds") << "2018-10-17T09:33:46.123456Z"
                                  << utc(2018, 10, 17, 9, 33, 46, 123);
    QTest::newRow("offset") << "2018-10-17T11:33:46+02:00" << utc(2018, 10, 17, 9, 33, 46);
    QTest::newRow("offset no colon") << "2018-10-17T11:33:46+0200" << utc(2018, 10, 17, 9, 33, 46);
    QTest::newRow("negative offset") << "2018-10-16T23:33:46-10:00" << utc(2018, 10, 17, 9, 33, 46);
    QTest::newRow("no zone is UTC") << "2018-10-17T09:33:46" << utc(2018, 10, 17, 9, 33, 46);
    QTest::newRow("no seconds") << "2018-10-17T09:33Z" << utc(2018, 10, 17, 9, 33, 0);
    QTest::newRow("garbage") << "yesterday" << QDateTime();
    QTest::newRow("date only") << "2018-10-17" << QDateTime();
    QTest::newRow("bad month") << "2018-13-17T09:33:46Z" << QDateTime();
    QTest::newRow("bad hour") << "2018-10-17T25:33:46Z" << QDateTime();
    QTest::newRow("epoch ms as text") << "1527170410463" << QDateTime();
}

void TestJsonReader::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QString error;
    const auto probe =
        parseProbe({{QStringLiteral("id"), 1}, {QStringLiteral("at"), text}}, &error);
    if (!expected.isValid()) {
        QVERIFY(!probe);
        QCOMPARE(error,
                 QStringLiteral("probe.at: expected an ISO 8601 timestamp, got \"%1\"").arg(text));
        return;
    }
    QVERIFY2(probe, qPrintable(error));
    QVERIFY(probe->at);
    QCOMPARE(*probe->at, expected);
    QCOMPARE(probe->at->timeSpec(), Qt::UTC);
}

void TestJsonReader::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("plain") << "2022-04-17" << QDate(2022, 4, 17);
    QTest::newRow("leap day") << "2024-02-29" << QDate(2024, 2, 29);
    QTest::newRow("no leap day") << "2022-02-29" << QDate();
    QTest::newRow("short parts") << "2022-4-7" << QDate();
    QTest::newRow("compact") << "20220417" << QDate();
    QTest::newRow("german") << "17.04.2022" << QDate();
    QTest::newRow("with time") << "2022-04-17T00:00:00Z" << QDate();
}

void TestJsonReader::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QString error;
    const auto probe =
        parseProbe({{QStringLiteral("id"), 1}, {QStringLiteral("day"), text}}, &error);
    if (!expected.isValid()) {
        QVERIFY(!probe);
        QCOMPARE(error,
                 QStringLiteral("probe.day: expected a date YYYY-MM-DD, got \"%1\"").arg(text));
        return;
    }
    QVERIFY2(probe, qPrintable(error));
    QCOMPARE(probe->day, std::optional<QDate>(expected));
}

void TestJsonReader::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("expected");
    QTest::newRow("HH:MM") << "08:30" << QTime(8, 30);
    QTest::newRow("H:MM") << "8:05" << QTime(8, 5);
    QTest::newRow("with seconds") << "17:45:10" << QTime(17, 45, 10);
    QTest::newRow("midnight") << "00:00" << QTime(0, 0);
    QTest::newRow("hour only") << "8" << QTime();
    QTest::newRow("24:00") << "24:00" << QTime();
    QTest::newRow("minutes 60") << "08:60" << QTime();
    QTest::newRow("am/pm") << "8:30 AM" << QTime();
}

void TestJsonReader::times()
{
    QFETCH(QString, text);
    QFETCH(QTime, expected);
    QString error;
    const auto probe =
        parseProbe({{QStringLiteral("id"), 1}, {QStringLiteral("clock"), text}}, &error);
    if (!expected.isValid()) {
        QVERIFY(!probe);
        QCOMPARE(error, QStringLiteral("probe.clock: expected a time HH:MM, got \"%1\"").arg(text));
        return;
    }
    QVERIFY2(probe, qPrintable(error));
    QCOMPARE(probe->clock, std::optional<QTime>(expected));
}

void TestJsonReader::requiredMissing()
{
    QString error;
    QVERIFY(!parseProbe({}, &error));
    QCOMPARE(error, QStringLiteral("probe.id: missing"));
    QVERIFY(!parseProbe({{QStringLiteral("id"), QJsonValue::Null}}, &error));
    QCOMPARE(error, QStringLiteral("probe.id: missing"));
}

void TestJsonReader::nonObjectRoot()
{
    QString error;
    QVERIFY(!JsonReader::parse<Probe>(QJsonArray{}, QStringLiteral("probe"), &error));
    QCOMPARE(error, QStringLiteral("probe: expected an object, got an array"));
    QVERIFY(!JsonReader::parse<Probe>(QJsonValue(), QStringLiteral("probe"), &error));
    QCOMPARE(error, QStringLiteral("probe: expected an object, got null"));
    // No error output requested: still no crash.
    QVERIFY(!JsonReader::parse<Probe>(QJsonValue(3), QStringLiteral("probe"), nullptr));
}

void TestJsonReader::firstErrorWins()
{
    QString error;
    const QJsonObject object{{QStringLiteral("id"), QStringLiteral("x")},
                             {QStringLiteral("label"), 5},
                             {QStringLiteral("day"), QStringLiteral("bad")}};
    QVERIFY(!parseProbe(object, &error));
    QCOMPARE(error, QStringLiteral("probe.id: expected an integer, got a string"));
}

void TestJsonReader::listErrorNamesIndex()
{
    QJsonArray array;
    for (int i = 0; i < 5; ++i)
        array.append(QJsonObject{{QStringLiteral("id"), i + 1}});
    QString error;
    const auto good = listFromJson<Probe>(array, &error);
    QVERIFY2(good, qPrintable(error));
    QCOMPARE(good->size(), 5);
    QCOMPARE(good->at(4).id, 5);

    array[3] = QJsonObject{{QStringLiteral("id"), 4},
                           {QStringLiteral("day"), QStringLiteral("2022-13-01")}};
    QVERIFY(!listFromJson<Probe>(array, &error));
    QCOMPARE(error, QStringLiteral("[3].day: expected a date YYYY-MM-DD, got \"2022-13-01\""));

    array[1] = QStringLiteral("not an object");
    QVERIFY(!listFromJson<Probe>(array, &error));
    QCOMPARE(error, QStringLiteral("[1]: expected an object, got a string"));
}

void TestJsonReader::listOfWrongType()
{
    QString error;
    QVERIFY(!listFromJson<Probe>(QJsonObject{{QStringLiteral("id"), 1}}, &error));
    QCOMPARE(error, QStringLiteral("expected an array, got an object"));
    const auto empty = listFromJson<Probe>(QJsonArray(), &error);
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
}

void TestJsonReader::unknownFieldsIgnored()
{
    QString error;
    const auto probe = parseProbe({{QStringLiteral("id"), 1},
                                   {QStringLiteral("brand_new_field"), QJsonObject()},
                                   {QStringLiteral("another"), QJsonArray{1, 2}}},
                                  &error);
    QVERIFY2(probe, qPrintable(error));
    QCOMPARE(probe->id, 1);
}

void TestJsonReader::writerFormats()
{
    QCOMPARE(JsonWriter::date(QDate(2022, 4, 7)), QStringLiteral("2022-04-07"));
    QCOMPARE(JsonWriter::time(QTime(8, 5)), QStringLiteral("08:05"));
    QCOMPARE(JsonWriter::timestamp(utc(2018, 10, 17, 9, 33, 46)),
             QStringLiteral("2018-10-17T09:33:46Z"));
    QCOMPARE(JsonWriter::timestamp(utc(2018, 10, 17, 9, 33, 46, 120)),
             QStringLiteral("2018-10-17T09:33:46.120Z"));
    // A local time is written as the same instant in UTC.
    const QDateTime plusTwo(QDate(2018, 10, 17), QTime(11, 33, 46), QTimeZone(7200));
    QCOMPARE(JsonWriter::timestamp(plusTwo), QStringLiteral("2018-10-17T09:33:46Z"));

    QJsonObject object;
    JsonWriter::putInteger(object, QStringLiteral("a"), std::nullopt);
    JsonWriter::putTime(object, QStringLiteral("b"), std::nullopt);
    JsonWriter::putTimestamp(object, QStringLiteral("c"), QDateTime());
    QVERIFY(object.isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
