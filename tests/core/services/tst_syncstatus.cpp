// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiErrorText.h"
#include "core/services/SyncStatus.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

class TestSyncStatus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void text_data();
    void text();
    void rateLimitCountsDownAndEnds();
    void failureIsTheTranslatedApiError();

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());
};

void TestSyncStatus::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestSyncStatus::text_data()
{
    QTest::addColumn<SyncStatus>("status");
    QTest::addColumn<QString>("text");

    QTest::newRow("nothing yet") << SyncStatus{} << QStringLiteral("Not synced yet");

    SyncStatus syncing;
    syncing.state = SyncStatus::State::Syncing;
    QTest::newRow("syncing, size unknown") << syncing << QStringLiteral("Syncing…");
    syncing.pagesTotal = 24;
    QTest::newRow("first page on its way") << syncing << QStringLiteral("Syncing (page 1 of 24)");
    syncing.pagesDone = 3;
    QTest::newRow("fourth page on its way") << syncing << QStringLiteral("Syncing (page 4 of 24)");
    syncing.pagesDone = 24;
    QTest::newRow("all pages in") << syncing << QStringLiteral("Syncing (page 24 of 24)");

    SyncStatus synced;
    synced.state = SyncStatus::State::Synced;
    // 10:42 local time, whatever the machine's time zone.
    synced.lastSyncedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 42, 31)).toUTC();
    QTest::newRow("synced") << synced << QStringLiteral("Synced 10:42");

    SyncStatus waiting = syncing;
    waiting.rateLimitedUntil = m_now.addMSecs(4200);
    QTest::newRow("waiting wins over syncing")
        << waiting << QStringLiteral("Waiting for MOCO's rate limit (5 s)");
    waiting.rateLimitedUntil = m_now.addSecs(1);
    QTest::newRow("last second") << waiting
                                 << QStringLiteral("Waiting for MOCO's rate limit (1 s)");
    waiting.rateLimitedUntil = m_now;
    QTest::newRow("wait is over") << waiting << QStringLiteral("Syncing (page 24 of 24)");
}

void TestSyncStatus::text()
{
    QFETCH(SyncStatus, status);
    QFETCH(QString, text);
    QCOMPARE(status.text(m_now), text);
}

void TestSyncStatus::rateLimitCountsDownAndEnds()
{
    SyncStatus status;
    status.state = SyncStatus::State::Synced;
    status.lastSyncedAt = m_now;
    status.rateLimitedUntil = m_now.addSecs(3);
    QVERIFY(status.isWaitingForRateLimit(m_now));
    QCOMPARE(status.rateLimitSecondsLeft(m_now), 3);
    QCOMPARE(status.rateLimitSecondsLeft(m_now.addMSecs(1500)), 2);
    QCOMPARE(status.rateLimitSecondsLeft(m_now.addSecs(3)), 0);
    QVERIFY(!status.isWaitingForRateLimit(m_now.addSecs(10)));
    QVERIFY(status.text(m_now.addSecs(10)).startsWith(QStringLiteral("Synced ")));
}

void TestSyncStatus::failureIsTheTranslatedApiError()
{
    SyncStatus failed;
    failed.state = SyncStatus::State::Failed;
    failed.error =
        ApiError::make(ApiError::Kind::Server, QStringLiteral("Internal Server Error"), 500);
    const QString text = failed.text(m_now);
    QVERIFY(!text.isEmpty());
    QCOMPARE(text, ApiErrorText::message(failed.error));
}

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
