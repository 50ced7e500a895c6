// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/RowDiff.h"

#include <QTest>

#include <algorithm>

// Applying the diff the way the models do must turn `before` into `after`.
class TestRowDiff : public QObject
{
    Q_OBJECT
private slots:
    void appliedInOrderItGivesTheNewList_data();
    void appliedInOrderItGivesTheNewList();
};

void TestRowDiff::appliedInOrderItGivesTheNewList_data()
{
    using Keys = std::vector<qint64>;
    QTest::addColumn<Keys>("before");
    QTest::addColumn<Keys>("after");
    QTest::addColumn<bool>("moved");
    QTest::newRow("same") << Keys{1, 2, 3} << Keys{1, 2, 3} << false;
    QTest::newRow("empty to some") << Keys{} << Keys{4, 5} << false;
    QTest::newRow("some to empty") << Keys{4, 5} << Keys{} << false;
    QTest::newRow("runs go and come") << Keys{1, 2, 3, 4, 5, 6} << Keys{1, 7, 8, 4, 6, 9} << false;
    QTest::newRow("a kept row moves") << Keys{1, 2, 3} << Keys{3, 1, 4, 2} << true;
    QTest::newRow("kept rows turn round while others go")
        << Keys{1, 2, 3, 4, 5} << Keys{5, 9, 3, 1} << true;
}

void TestRowDiff::appliedInOrderItGivesTheNewList()
{
    using Keys = std::vector<qint64>;
    QFETCH(Keys, before);
    QFETCH(Keys, after);
    QFETCH(bool, moved);
    const RowDiff diff(before, after);
    QCOMPARE(diff.keptOrderChanged(), moved);
    QCOMPARE(diff.isEmpty(), before == after);

    Keys rows = before;
    int lastFirst = int(rows.size());
    for (const RowDiff::Run &run : diff.removals()) {
        QVERIFY(run.first <= run.last && run.last < lastFirst); // bottom up
        lastFirst = run.first;
        rows.erase(rows.begin() + run.first, rows.begin() + run.last + 1);
    }
    if (diff.keptOrderChanged()) {
        // The moves a model applies to its rows and persistent indexes.
        QCOMPARE(diff.keptMoves().size(), rows.size());
        QList<qint64> list(rows.cbegin(), rows.cend());
        diff.moveKept(list);
        rows.assign(list.cbegin(), list.cend());
    }
    for (const RowDiff::Run &run : diff.insertions())
        rows.insert(rows.begin() + run.first, after.begin() + run.first,
                    after.begin() + run.last + 1);
    QCOMPARE(rows, after);
}

QTEST_APPLESS_MAIN(TestRowDiff)
#include "tst_rowdiff.moc"
