// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/HttpDate.h"
#include "core/api/ServerClockOffset.h"

#include <QTest>
#include <QTimeZone>

// MOCO's clock against ours, from the Date header: what a late timer stop and
// the search for a create in doubt rely on.
class TestServerClockOffset : public QObject
{
    Q_OBJECT
private slots:
    void readsTheHttpDateForms();
    void unknownUntilObserved();
    void slowAnswersDoNotPullTheOffsetBack();
    void convertsBothWays();
};

void TestServerClockOffset::readsTheHttpDateForms()
{
    const QDateTime expected(QDate(2026, 12, 2), QTime(9, 15, 7), QTimeZone::utc());
    QCOMPARE(HttpDate::parse("Wed, 02 Dec 2026 09:15:07 GMT"), expected);
    QCOMPARE(HttpDate::parse("  Wed, 02 Dec 2026 09:15:07 GMT "), expected);
    QVERIFY(!HttpDate::parse("").isValid());
    QVERIFY(!HttpDate::parse("yesterday").isValid());
}

void TestServerClockOffset::unknownUntilObserved()
{
    ServerClockOffset offset;
    QVERIFY(!offset.isKnown());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(offset.toServerTime(now), now);
    offset.observe({}, now);
    QVERIFY(!offset.isKnown());
}

void TestServerClockOffset::slowAnswersDoNotPullTheOffsetBack()
{
    // The server is 10 min ahead. A quick answer shows it; a slow one (5 s
    // on the way) makes the server look 5 s less ahead — the quick one wins.
    const QDateTime local(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
    ServerClockOffset offset;
    offset.observe(local.addSecs(600), local);
    offset.observe(local.addSecs(600 + 10), local.addSecs(15));
    QVERIFY(offset.isKnown());
    QVERIFY(qAbs(offset.offsetMs() - 600'000) <= 1000);
}

void TestServerClockOffset::convertsBothWays()
{
    const QDateTime local(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
    ServerClockOffset offset;
    offset.observe(local.addSecs(-120), local); // the server is 2 min behind
    const QDateTime server = offset.toServerTime(local.addSecs(3600));
    QVERIFY(qAbs(server.secsTo(local.addSecs(3600 - 120))) <= 1);
    QCOMPARE(offset.toLocalTime(server), local.addSecs(3600));
}

QTEST_GUILESS_MAIN(TestServerClockOffset)
#include "tst_serverclockoffset.moc"
