// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/UncertainCreateMatcher.h"

#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

// The rule that decides whether a create without an answer reached MOCO.
class TestUncertainCreateMatcher : public QObject
{
    Q_OBJECT
private slots:
    void matchesTheSameEntryCreatedAfterTheSend();
    void ignoresEntriesAlreadyKnownLocally();
    void ignoresEntriesCreatedBeforeTheSend();
    void ignoresDifferentValues();
    void takesTheOldestOfSeveral();

private:
    static Activity activity(qint64 id, const QString &description, const QDateTime &createdAt);
};

namespace {
const QDateTime sentAt(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc());
}

Activity TestUncertainCreateMatcher::activity(qint64 id, const QString &description,
                                              const QDateTime &createdAt)
{
    Activity a;
    a.id = id;
    a.date = QDate(2026, 11, 26);
    a.project.id = 1;
    a.task.id = 2;
    a.seconds = 900;
    a.description = description;
    a.createdAt = createdAt;
    return a;
}

void TestUncertainCreateMatcher::matchesTheSameEntryCreatedAfterTheSend()
{
    const Activity mine = activity(0, QStringLiteral("x"), {});
    const auto found = UncertainCreateMatcher::match(
        mine, {activity(7, QStringLiteral("x"), sentAt.addSecs(1))}, {}, sentAt, 600s);
    QVERIFY(found);
    QCOMPARE(found->id, 7);
}

void TestUncertainCreateMatcher::ignoresEntriesAlreadyKnownLocally()
{
    const Activity mine = activity(0, QStringLiteral("x"), {});
    QVERIFY(!UncertainCreateMatcher::match(
        mine, {activity(7, QStringLiteral("x"), sentAt.addSecs(1))}, {7}, sentAt, 600s));
}

void TestUncertainCreateMatcher::ignoresEntriesCreatedBeforeTheSend()
{
    const Activity mine = activity(0, QStringLiteral("x"), {});
    QVERIFY(!UncertainCreateMatcher::match(
        mine, {activity(7, QStringLiteral("x"), sentAt.addSecs(-3600))}, {}, sentAt, 600s));
    // Within the clock slack it still counts.
    QVERIFY(UncertainCreateMatcher::match(
        mine, {activity(7, QStringLiteral("x"), sentAt.addSecs(-60))}, {}, sentAt, 600s));
}

void TestUncertainCreateMatcher::ignoresDifferentValues()
{
    const Activity mine = activity(0, QStringLiteral("x"), {});
    Activity otherSeconds = activity(7, QStringLiteral("x"), sentAt);
    otherSeconds.seconds = 60;
    Activity otherTask = activity(8, QStringLiteral("x"), sentAt);
    otherTask.task.id = 3;
    QVERIFY(!UncertainCreateMatcher::match(
        mine, {otherSeconds, otherTask, activity(9, QStringLiteral("y"), sentAt)}, {}, sentAt,
        600s));
}

void TestUncertainCreateMatcher::takesTheOldestOfSeveral()
{
    const Activity mine = activity(0, QStringLiteral("x"), {});
    const auto found = UncertainCreateMatcher::match(
        mine, {activity(9, QStringLiteral("x"), sentAt), activity(8, QStringLiteral("x"), sentAt)},
        {}, sentAt, 600s);
    QVERIFY(found);
    QCOMPARE(found->id, 8);
}

QTEST_GUILESS_MAIN(TestUncertainCreateMatcher)
#include "tst_uncertaincreatematcher.moc"
