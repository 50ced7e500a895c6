// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeApiClient.h"

#include "support/FakeServerProcess.h"

#include <QtTest>

// Presence rules: HH:MM or a 500, overlaps and a second open range are 422,
// is_home_office applies to the whole day, delete answers with the presence.
class TestFakeServerPresences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void malformedTimeIsA500_data();
    void malformedTimeIsA500();
    void requiredFieldsAre422();
    void overlappingRangesAre422_data();
    void overlappingRangesAre422();
    void adjacentRangesAreFine();
    void homeOfficeAppliesToTheWholeDay();
    void openPresenceClosesAndReopens();
    void deleteAnswersWithTheDeletedPresence();
    void usersSeeOnlyTheirOwnPresences();
    void touchClocksInAndOut();

private:
    FakeApiClient demo() const;
    FakeApiClient::Reply create(const QString &from, const QJsonValue &to,
                                const QString &date = {});
    int presenceCount();

    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
    // A Sunday well in the past: no seeded presences.
    QString m_freeDay;
};

void TestFakeServerPresences::initTestCase()
{
    QVERIFY(m_server.start());
    QDate sunday = FakeApiClient::serverToday(m_server).addDays(-30);
    while (sunday.dayOfWeek() != 7)
        sunday = sunday.addDays(-1);
    m_freeDay = sunday.toString(Qt::ISODate);
}

void TestFakeServerPresences::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
}

FakeApiClient TestFakeServerPresences::demo() const
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    return client;
}

FakeApiClient::Reply TestFakeServerPresences::create(const QString &from, const QJsonValue &to,
                                                     const QString &date)
{
    QJsonObject body{{QStringLiteral("date"), date.isEmpty() ? m_freeDay : date},
                     {QStringLiteral("from"), from}};
    if (!to.isUndefined())
        body.insert(QStringLiteral("to"), to);
    return demo().post(FakeApiClient::api(QStringLiteral("/users/presences")), body);
}

int TestFakeServerPresences::presenceCount()
{
    return int(m_server.control("GET", QStringLiteral("/state/presences"))
                   .object()
                   .value(QStringLiteral("presences"))
                   .toArray()
                   .size());
}

void TestFakeServerPresences::malformedTimeIsA500_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QJsonValue>("to");
    QTest::newRow("from 8") << QStringLiteral("8") << QJsonValue(QStringLiteral("17:00"));
    QTest::newRow("from 25:00") << QStringLiteral("25:00") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("from ab:cd") << QStringLiteral("ab:cd") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("from 8:30") << QStringLiteral("8:30") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("to 12:60") << QStringLiteral("08:00") << QJsonValue(QStringLiteral("12:60"));
    QTest::newRow("to 24:00") << QStringLiteral("08:00") << QJsonValue(QStringLiteral("24:00"));
    QTest::newRow("to number") << QStringLiteral("08:00") << QJsonValue(17);
}

void TestFakeServerPresences::malformedTimeIsA500()
{
    QFETCH(QString, from);
    QFETCH(QJsonValue, to);
    const int before = presenceCount();
    const auto reply = create(from, to);
    QCOMPARE(reply.status, 500);
    QVERIFY(reply.json().isNull());
    QCOMPARE(presenceCount(), before);

    // An update with a malformed time fails the same way.
    const auto good = create(QStringLiteral("06:00"), QJsonValue(QStringLiteral("07:00")));
    const auto update = demo().patch(
        FakeApiClient::api(QStringLiteral("/users/presences/%1")
                               .arg(good.object().value(QStringLiteral("id")).toInteger())),
        {{QStringLiteral("from"), QStringLiteral("6")}});
    QCOMPARE(update.status, 500);
}

void TestFakeServerPresences::requiredFieldsAre422()
{
    const auto reply = demo().post(FakeApiClient::api(QStringLiteral("/users/presences")), {});
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.object().contains(QStringLiteral("date")));
    QVERIFY(reply.object().contains(QStringLiteral("from")));
}

void TestFakeServerPresences::overlappingRangesAre422_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QJsonValue>("to");
    // Against 08:00–12:00 and an open range from 13:00.
    QTest::newRow("inside") << QStringLiteral("09:00") << QJsonValue(QStringLiteral("10:00"));
    QTest::newRow("covering") << QStringLiteral("07:00") << QJsonValue(QStringLiteral("12:30"));
    QTest::newRow("start overlaps")
        << QStringLiteral("11:59") << QJsonValue(QStringLiteral("12:30"));
    QTest::newRow("second open") << QStringLiteral("12:10") << QJsonValue(QJsonValue::Null);
    QTest::newRow("after the open start")
        << QStringLiteral("14:00") << QJsonValue(QStringLiteral("15:00"));
    QTest::newRow("open from the morning")
        << QStringLiteral("07:00") << QJsonValue(QJsonValue::Undefined);
}

void TestFakeServerPresences::overlappingRangesAre422()
{
    QFETCH(QString, from);
    QFETCH(QJsonValue, to);
    QCOMPARE(create(QStringLiteral("08:00"), QJsonValue(QStringLiteral("12:00"))).status, 200);
    QCOMPARE(create(QStringLiteral("13:00"), QJsonValue(QJsonValue::Null)).status, 200);
    const auto reply = create(from, to);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.object(),
             (QJsonObject{{QStringLiteral("from"), QJsonArray{QStringLiteral("range overlaps")}}}));
}

void TestFakeServerPresences::adjacentRangesAreFine()
{
    QCOMPARE(create(QStringLiteral("08:00"), QJsonValue(QStringLiteral("12:00"))).status, 200);
    const auto next = create(QStringLiteral("12:00"), QJsonValue(QStringLiteral("12:07")));
    QCOMPARE(next.status, 200);
    // Minutes are stored as sent.
    QCOMPARE(next.object().value(QStringLiteral("to")).toString(), QStringLiteral("12:07"));
    const auto backwards = create(QStringLiteral("15:00"), QJsonValue(QStringLiteral("14:00")));
    QCOMPARE(backwards.status, 422);
    QVERIFY(backwards.object().contains(QStringLiteral("to")));
}

void TestFakeServerPresences::homeOfficeAppliesToTheWholeDay()
{
    const qint64 morning = create(QStringLiteral("08:00"), QJsonValue(QStringLiteral("12:00")))
                               .object()
                               .value(QStringLiteral("id"))
                               .toInteger();
    const qint64 afternoon = create(QStringLiteral("13:00"), QJsonValue(QStringLiteral("17:00")))
                                 .object()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
    FakeApiClient api = demo();
    const auto set =
        api.patch(FakeApiClient::api(QStringLiteral("/users/presences/%1").arg(morning)),
                  {{QStringLiteral("is_home_office"), true}});
    QCOMPARE(set.status, 200);
    const auto other =
        api.get(FakeApiClient::api(QStringLiteral("/users/presences/%1").arg(afternoon)));
    QCOMPARE(other.object().value(QStringLiteral("is_home_office")).toBool(), true);

    // A new presence that day joins the day's setting …
    const auto evening = create(QStringLiteral("18:00"), QJsonValue(QStringLiteral("19:00")));
    QCOMPARE(evening.object().value(QStringLiteral("is_home_office")).toBool(), true);
    // … and setting it off anywhere turns the whole day off.
    QCOMPARE(api.put(FakeApiClient::api(QStringLiteral("/users/presences/%1").arg(afternoon)),
                     {{QStringLiteral("is_home_office"), false}})
                 .status,
             200);
    const auto day = api.get(
        FakeApiClient::api(QStringLiteral("/users/presences?from=%1&to=%1").arg(m_freeDay)));
    QCOMPARE(day.array().size(), 3);
    for (const QJsonValue &value : day.array())
        QCOMPARE(value.toObject().value(QStringLiteral("is_home_office")).toBool(), false);
}

void TestFakeServerPresences::openPresenceClosesAndReopens()
{
    const auto open = create(QStringLiteral("08:15"), QJsonValue(QJsonValue::Undefined));
    QCOMPARE(open.status, 200);
    QVERIFY(open.object().value(QStringLiteral("to")).isNull());
    const QString path =
        FakeApiClient::api(QStringLiteral("/users/presences/%1")
                               .arg(open.object().value(QStringLiteral("id")).toInteger()));
    FakeApiClient api = demo();
    const auto closed = api.patch(path, {{QStringLiteral("to"), QStringLiteral("16:45")}});
    QCOMPARE(closed.object().value(QStringLiteral("to")).toString(), QStringLiteral("16:45"));
    QCOMPARE(closed.object().value(QStringLiteral("from")).toString(), QStringLiteral("08:15"));
    const auto reopened = api.patch(path, {{QStringLiteral("to"), QJsonValue(QJsonValue::Null)}});
    QVERIFY(reopened.object().value(QStringLiteral("to")).isNull());
}

void TestFakeServerPresences::deleteAnswersWithTheDeletedPresence()
{
    const auto created = create(QStringLiteral("09:00"), QJsonValue(QStringLiteral("10:00")));
    const QString path =
        FakeApiClient::api(QStringLiteral("/users/presences/%1")
                               .arg(created.object().value(QStringLiteral("id")).toInteger()));
    FakeApiClient api = demo();
    const auto deleted = api.del(path);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object(), created.object());
    QCOMPARE(api.get(path).status, 404);
}

void TestFakeServerPresences::usersSeeOnlyTheirOwnPresences()
{
    FakeApiClient api = demo();
    const auto list = api.get(FakeApiClient::api(
        QStringLiteral("/users/presences?user_id=%1").arg(FakeServerProcess::colleagueUserId)));
    QCOMPARE(list.status, 200);
    QVERIFY(list.header("X-Total").toInt() > 200);
    for (const QJsonValue &value : list.array())
        QCOMPARE(value.toObject()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 FakeServerProcess::demoUserId);

    FakeApiClient staff(m_server.port());
    staff.setApiKey(QString::fromLatin1(FakeServerProcess::staffApiKey));
    const auto theirs =
        staff.get(FakeApiClient::api(QStringLiteral("/users/presences?per_page=1&user_id=%1")
                                         .arg(FakeServerProcess::colleagueUserId)));
    const qint64 id = theirs.array().first().toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(api.get(FakeApiClient::api(QStringLiteral("/users/presences/%1").arg(id))).status,
             404);
}

void TestFakeServerPresences::touchClocksInAndOut()
{
    FakeApiClient::pinClock(m_server, QTime(10, 0));
    FakeApiClient api = demo();
    const QString touch = FakeApiClient::api(QStringLiteral("/users/presences/touch"));
    // Seeded: clocked in since the morning. Touch clocks out at 10:00 …
    const auto out = api.post(touch);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.object().value(QStringLiteral("to")).toString(), QStringLiteral("10:00"));
    // … in again at 10:00 …
    const auto in = api.post(touch);
    QCOMPARE(in.status, 200);
    QCOMPARE(in.object().value(QStringLiteral("from")).toString(), QStringLiteral("10:00"));
    QVERIFY(in.object().value(QStringLiteral("to")).isNull());
    // … and out within the same minute: that presence is discarded.
    const auto discarded = api.post(touch);
    QCOMPARE(discarded.status, 200);
    QCOMPARE(
        api.get(FakeApiClient::api(QStringLiteral("/users/presences/%1")
                                       .arg(in.object().value(QStringLiteral("id")).toInteger())))
            .status,
        404);
    m_server.control("POST", QStringLiteral("/clock"),
                     QJsonDocument(QJsonObject{{QStringLiteral("offsetMs"), 0}}));
}

QTEST_GUILESS_MAIN(TestFakeServerPresences)
#include "tst_fakeserverpresences.moc"
