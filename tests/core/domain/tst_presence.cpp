// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFixture.h"

#include "core/domain/JsonList.h"
#include "core/domain/Presence.h"

#include <QTest>

class TestPresence : public QObject
{
    Q_OBJECT

private slots:
    void closed2022();
    void open_data();
    void open();
    void list();
    void wrongType_data();
    void wrongType();
    void roundTrip_data();
    void roundTrip();
};

void TestPresence::closed2022()
{
    QString error;
    const auto presence =
        Presence::fromJson(JsonFixture::load(QStringLiteral("presence_2022.json")), &error);
    QVERIFY2(presence, qPrintable(error));
    QCOMPARE(presence->id, 5419942);
    QCOMPARE(presence->date, QDate(2015, 4, 2));
    QCOMPARE(presence->from, std::optional<QTime>(QTime(8, 30)));
    QCOMPARE(presence->to, std::optional<QTime>(QTime(10, 30)));
    QVERIFY(!presence->isOpen());
    QVERIFY(!presence->isHomeOffice);
    QVERIFY(presence->user);
    QCOMPARE(presence->user->id, 933662266);
}

void TestPresence::open_data()
{
    QTest::addColumn<QJsonValue>("to");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("empty string") << QJsonValue(QString());
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
}

void TestPresence::open()
{
    QFETCH(QJsonValue, to);
    const QJsonObject json = JsonFixture::withField(
        JsonFixture::loadObject(QStringLiteral("presence_open.json")), QStringLiteral("to"), to);
    QString error;
    const auto presence = Presence::fromJson(json, &error);
    QVERIFY2(presence, qPrintable(error));
    QVERIFY(presence->isOpen());
    QVERIFY(!presence->to);
    QCOMPARE(presence->from, std::optional<QTime>(QTime(9, 26)));
    QVERIFY(presence->isHomeOffice);

    const auto fixture = Presence::fromJson(
        JsonFixture::load(QStringLiteral("presence_open_empty_to.json")), &error);
    QVERIFY2(fixture, qPrintable(error));
    QVERIFY(fixture->isOpen());
}

void TestPresence::list()
{
    QString error;
    const auto presences =
        listFromJson<Presence>(JsonFixture::load(QStringLiteral("presences_list.json")), &error);
    QVERIFY2(presences, qPrintable(error));
    QCOMPARE(presences->size(), 3);
    QCOMPARE(presences->at(2).to, std::optional<QTime>(QTime(17, 45)));
}

void TestPresence::wrongType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id string") << "id" << QJsonValue(QStringLiteral("5419942"))
                               << "presence.id: expected an integer, got a string";
    QTest::newRow("date missing") << "date" << QJsonValue(QJsonValue::Undefined)
                                  << "presence.date: missing";
    QTest::newRow("date bad") << "date" << QJsonValue(QStringLiteral("02.04.2015"))
                              << "presence.date: expected a date YYYY-MM-DD, got \"02.04.2015\"";
    QTest::newRow("from number") << "from" << QJsonValue(830)
                                 << "presence.from: expected a time HH:MM, got a number";
    QTest::newRow("from hour only") << "from" << QJsonValue(QStringLiteral("8"))
                                    << "presence.from: expected a time HH:MM, got \"8\"";
    QTest::newRow("to impossible") << "to" << QJsonValue(QStringLiteral("25:00"))
                                   << "presence.to: expected a time HH:MM, got \"25:00\"";
    QTest::newRow("is_home_office string")
        << "is_home_office" << QJsonValue(QStringLiteral("false"))
        << "presence.is_home_office: expected a boolean, got a string";
    QTest::newRow("user.id string") << "user.id" << QJsonValue(QStringLiteral("1"))
                                    << "presence.user.id: expected an integer, got a string";
}

void TestPresence::wrongType()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject json = JsonFixture::withField(
        JsonFixture::loadObject(QStringLiteral("presence_2022.json")), field, value);
    QString error;
    QVERIFY(!Presence::fromJson(json, &error));
    QCOMPARE(error, expected);
}

void TestPresence::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"presence_2022.json", "presence_open.json", "presence_open_empty_to.json"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestPresence::roundTrip()
{
    QFETCH(QString, file);
    QString error;
    const auto presence = Presence::fromJson(JsonFixture::load(file), &error);
    QVERIFY2(presence, qPrintable(error));
    const QJsonObject json = presence->toJson();
    QCOMPARE(json.value(QStringLiteral("from")).toString().size(), 5); // "HH:MM"
    const auto again = Presence::fromJson(json, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == *presence);
}

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
