// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/DurationParser.h"

#include <QLocale>
#include <QTest>

namespace {
const QStringList locales = {QStringLiteral("C"), QStringLiteral("de_DE"), QStringLiteral("en_US"),
                             QStringLiteral("fr_CH"), QStringLiteral("de_CH")};

// Each case runs under every locale: the parser must not care.
void addForEveryLocale(const char *name, const QString &input, bool ok, qint64 seconds,
                       const QString &hint)
{
    for (const QString &locale : locales) {
        QTest::addRow("%s [%s]", name, qPrintable(locale))
            << locale << input << ok << seconds << hint;
    }
}
} // namespace

class TestDurationParser : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void parse_data();
    void parse();
    void rejectionsExplainWhatIsWrong_data();
    void rejectionsExplainWhatIsWrong();
    void describe_data();
    void describe();
};

void TestDurationParser::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("hint");

    const auto hm = [](int h, int m) { return qint64(h) * 3600 + m * 60; };
    addForEveryLocale("clock", QStringLiteral("1:30"), true, hm(1, 30),
                      QStringLiteral("= 1 h 30 min"));
    addForEveryLocale("dot hours", QStringLiteral("1.5"), true, hm(1, 30),
                      QStringLiteral("= 1 h 30 min"));
    addForEveryLocale("comma hours", QStringLiteral("1,5"), true, hm(1, 30),
                      QStringLiteral("= 1 h 30 min"));
    addForEveryLocale("m suffix", QStringLiteral("90m"), true, hm(1, 30),
                      QStringLiteral("= 1 h 30 min"));
    addForEveryLocale("bare minutes", QStringLiteral("90"), true, hm(1, 30),
                      QStringLiteral("= 1 h 30 min"));
    addForEveryLocale("h then minutes", QStringLiteral("1h30"), true, hm(1, 30),
                      QStringLiteral("= 1 h 30 min"));
    addForEveryLocale("h m spaced", QStringLiteral("1h 30m"), true, hm(1, 30),
                      QStringLiteral("= 1 h 30 min"));
    addForEveryLocale("decimal h", QStringLiteral("1.25h"), true, hm(1, 15),
                      QStringLiteral("= 1 h 15 min"));
    addForEveryLocale("five minutes", QStringLiteral("0:05"), true, hm(0, 5),
                      QStringLiteral("= 5 min"));
    addForEveryLocale("whole hours", QStringLiteral("2h"), true, hm(2, 0), QStringLiteral("= 2 h"));
    addForEveryLocale("words", QStringLiteral("1 h 30 min"), true, hm(1, 30),
                      QStringLiteral("= 1 h 30 min"));
    addForEveryLocale("upper case", QStringLiteral("1H30M"), true, hm(1, 30),
                      QStringLiteral("= 1 h 30 min"));
    addForEveryLocale("colon minutes", QStringLiteral(":45"), true, hm(0, 45),
                      QStringLiteral("= 45 min"));
    addForEveryLocale("padded", QStringLiteral("  1 : 30 "), true, hm(1, 30),
                      QStringLiteral("= 1 h 30 min"));
    addForEveryLocale("comma h spaced", QStringLiteral("1,25 h"), true, hm(1, 15),
                      QStringLiteral("= 1 h 15 min"));
    addForEveryLocale("leading dot", QStringLiteral(".5"), true, hm(0, 30),
                      QStringLiteral("= 30 min"));
    addForEveryLocale("hours word", QStringLiteral("2 hours 15 minutes"), true, hm(2, 15),
                      QStringLiteral("= 2 h 15 min"));
    addForEveryLocale("german std", QStringLiteral("1 Std 30 Min"), true, hm(1, 30),
                      QStringLiteral("= 1 h 30 min"));
    addForEveryLocale("zero", QStringLiteral("0"), true, 0, QStringLiteral("= 0 min"));
    addForEveryLocale("exactly a day", QStringLiteral("24:00"), true, hm(24, 0),
                      QStringLiteral("= 24 h"));
    addForEveryLocale("odd seconds", QStringLiteral("0.01h"), true, 36, QStringLiteral("= 36 s"));
    addForEveryLocale("no-break space", QStringLiteral("1\u00A0h"), true, hm(1, 0),
                      QStringLiteral("= 1 h"));

    addForEveryLocale("negative", QStringLiteral("-1:30"), false, 0, QString());
    addForEveryLocale("unicode minus", QStringLiteral("\u22121.5"), false, 0, QString());
    addForEveryLocale("over a day", QStringLiteral("24:01"), false, 0, QString());
    addForEveryLocale("25h", QStringLiteral("25h"), false, 0, QString());
    addForEveryLocale("many minutes", QStringLiteral("1441"), false, 0, QString());
    addForEveryLocale("huge", QStringLiteral("99999999999999999999999"), false, 0, QString());
    addForEveryLocale("empty", QStringLiteral("   "), false, 0, QString());
    addForEveryLocale("text", QStringLiteral("abc"), false, 0, QString());
    addForEveryLocale("unit only", QStringLiteral("h"), false, 0, QString());
    addForEveryLocale("two separators", QStringLiteral("1.5.3"), false, 0, QString());
    addForEveryLocale("minutes over 59", QStringLiteral("1:75"), false, 0, QString());
    addForEveryLocale("thousands", QStringLiteral("1,000.5"), false, 0, QString());
    addForEveryLocale("units reversed", QStringLiteral("30m 1h"), false, 0, QString());
}

void TestDurationParser::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(qint64, seconds);
    QFETCH(QString, hint);

    QLocale::setDefault(QLocale(locale));
    const DurationParser::Result result = DurationParser::parse(input);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.seconds, seconds);
    QCOMPARE(result.hint, hint);
    QCOMPARE(result.error.isEmpty(), ok);
}

void TestDurationParser::rejectionsExplainWhatIsWrong_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("negative") << QStringLiteral("-2h")
                              << QStringLiteral("A duration cannot be negative.");
    QTest::newRow("too long") << QStringLiteral("25:00")
                              << QStringLiteral("A duration cannot be longer than 24 hours.");
    QTest::newRow("empty") << QString()
                           << QStringLiteral("Enter a duration, for example 1:30, 1.5 or 90m.");
    QTest::newRow("minutes") << QStringLiteral("1:60")
                             << QStringLiteral(
                                    "After the colon, enter minutes below 60 (for example 1:45).");
    QTest::newRow("garbage") << QStringLiteral(" lunch ")
                             << QStringLiteral("“lunch” is not a duration. Try 1:30, 1.5 or 90m.");
}

void TestDurationParser::rejectionsExplainWhatIsWrong()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QCOMPARE(DurationParser::parse(input).error, error);
}

void TestDurationParser::describe_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 min");
    QTest::newRow("minutes") << qint64(300) << QStringLiteral("5 min");
    QTest::newRow("hours") << qint64(7200) << QStringLiteral("2 h");
    QTest::newRow("both") << qint64(5400) << QStringLiteral("1 h 30 min");
    QTest::newRow("seconds") << qint64(3636) << QStringLiteral("1 h 36 s");
    QTest::newRow("negative clamps") << qint64(-5) << QStringLiteral("0 min");
}

void TestDurationParser::describe()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(DurationParser::describe(seconds), text);
}

QTEST_GUILESS_MAIN(TestDurationParser)
#include "tst_durationparser.moc"
