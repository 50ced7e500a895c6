// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncState.h"

#include <QTest>

// The status line the user reads: the most urgent thing wins.
class TestSyncState : public QObject
{
    Q_OBJECT
private slots:
    void text_data();
    void text();
};

namespace {
const QDateTime now(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc());
}

void TestSyncState::text_data()
{
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<QString>("expected");

    SyncState fresh;
    QTest::newRow("nothing yet") << fresh << QStringLiteral("Not synced yet");

    SyncState synced;
    synced.lastSyncedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 42), QTimeZone::utc());
    QTest::newRow("synced") << synced << QStringLiteral("Synced at 09:42");

    SyncState syncing = synced;
    syncing.syncing = true;
    syncing.stepsDone = 2;
    syncing.stepsTotal = 5;
    QTest::newRow("syncing") << syncing << QStringLiteral("Syncing (2 of 5)");

    SyncState offline = syncing;
    offline.offline = true;
    offline.waiting = 3;
    QTest::newRow("offline") << offline << QStringLiteral("Can't reach MOCO — 3 change(s) waiting");

    SyncState limited = synced;
    limited.rateLimitedUntil = now.addMSecs(4200);
    QTest::newRow("rate limit") << limited << QStringLiteral("Waiting for MOCO's rate limit (5 s)");

    SyncState limitOver = synced;
    limitOver.rateLimitedUntil = now.addSecs(-1);
    QTest::newRow("rate limit over") << limitOver << QStringLiteral("Synced at 09:42");

    SyncState attention = offline;
    attention.needsAttention = 2;
    QTest::newRow("needs attention wins") << attention << QStringLiteral("Needs attention (2)");
}

void TestSyncState::text()
{
    QFETCH(SyncState, state);
    QFETCH(QString, expected);
    QCOMPARE(state.text(now, QTimeZone::utc()), expected);
}

QTEST_GUILESS_MAIN(TestSyncState)
#include "tst_syncstate.moc"
