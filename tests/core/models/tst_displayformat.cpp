// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/DisplayFormat.h"

#include <QLocale>
#include <QTest>

class TestDisplayFormat : public QObject
{
    Q_OBJECT
private slots:
    void hoursMinutes_data();
    void hoursMinutes();
    void hoursMinutesSeconds_data();
    void hoursMinutesSeconds();
    void timeOfDay_data();
    void timeOfDay();
};

void TestDisplayFormat::hoursMinutes_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("under a minute is not rounded up") << qint64(59) << QStringLiteral("0:00");
    QTest::newRow("one minute") << qint64(60) << QStringLiteral("0:01");
    QTest::newRow("an hour and a half") << qint64(5400) << QStringLiteral("1:30");
    QTest::newRow("a second short of 1:30") << qint64(5399) << QStringLiteral("1:29");
    QTest::newRow("ten hours") << qint64(36000) << QStringLiteral("10:00");
    QTest::newRow("a hundred hours") << qint64(360000) << QStringLiteral("100:00");
    QTest::newRow("negative reads as nothing") << qint64(-300) << QStringLiteral("0:00");
}

void TestDisplayFormat::hoursMinutes()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(DisplayFormat::hoursMinutes(seconds), text);
}

void TestDisplayFormat::hoursMinutesSeconds_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << qint64(0) << QStringLiteral("0:00:00");
    QTest::newRow("seconds") << qint64(42) << QStringLiteral("0:00:42");
    QTest::newRow("a running hour") << qint64(4062) << QStringLiteral("1:07:42");
    QTest::newRow("long day") << qint64(11 * 3600 + 5) << QStringLiteral("11:00:05");
    QTest::newRow("negative reads as nothing") << qint64(-1) << QStringLiteral("0:00:00");
}

void TestDisplayFormat::hoursMinutesSeconds()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(DisplayFormat::hoursMinutesSeconds(seconds), text);
}

void TestDisplayFormat::timeOfDay_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("C: 24 hours, no seconds") << QLocale::c() << QStringLiteral("14:05");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("14:05");
    QTest::newRow("US English") << QLocale(QLocale::English, QLocale::UnitedStates)
                                << QStringLiteral("2:05 PM");
}

void TestDisplayFormat::timeOfDay()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    const QLocale previous;
    QLocale::setDefault(locale);
    const QString formatted = DisplayFormat::timeOfDay(QTime(14, 5, 59));
    QLocale::setDefault(previous);
    QCOMPARE(formatted, text);
}

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
