// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTestBed.h"
#include "core/sync/SyncMonitor.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The status line follows what really happens: offline with changes
// waiting, then delivered and synced.
class TestSyncMonitor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void offlineThenSynced();
    void refusedChangeNeedsAttention();

private:
    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
};

void TestSyncMonitor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestSyncMonitor::offlineThenSynced()
{
    QTemporaryDir dir;
    OfflineTestBed bed(&m_server, dir.filePath(QStringLiteral("a.sqlite")));
    SyncMonitor monitor(bed.store(), bed.sender(), bed.sync(), bed.api()->scheduler());
    QObject::connect(bed.changes(), &LocalChanges::changed, &monitor, &SyncMonitor::refresh);
    QCOMPARE(monitor.state().kind(QDateTime::currentDateTimeUtc()), SyncState::Kind::NotSynced);

    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("downMs"), 1500}}));
    ActivityDraft draft =
        OfflineTestBed::draft(QDate::currentDate().addDays(-1), 60, QStringLiteral("monitored"));
    QVERIFY(bed.changes()->createActivity(draft));
    draft.description = QStringLiteral("monitored 2");
    QVERIFY(bed.changes()->createActivity(draft));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state().kind(QDateTime::currentDateTimeUtc()),
                              SyncState::Kind::Offline, 5000);
    QCOMPARE(monitor.state().waiting, 2);
    QCOMPARE(monitor.state().text(QDateTime::currentDateTimeUtc()),
             QStringLiteral("Can't reach MOCO — 2 change(s) waiting"));

    QTRY_COMPARE_WITH_TIMEOUT(monitor.state().waiting, 0, 10000);
    QSignalSpy finished(bed.sync(), &SyncService::finished);
    bed.sync()->syncNow();
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(monitor.state().kind(QDateTime::currentDateTimeUtc()), SyncState::Kind::Synced);
    QVERIFY(monitor.state().text(QDateTime::currentDateTimeUtc()).startsWith(u"Synced at "));
}

void TestSyncMonitor::refusedChangeNeedsAttention()
{
    QTemporaryDir dir;
    OfflineTestBed bed(&m_server, dir.filePath(QStringLiteral("a.sqlite")));
    SyncMonitor monitor(bed.store(), bed.sender(), bed.sync(), bed.api()->scheduler());
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{
                         {QStringLiteral("queue"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("status"), 422},
                              {QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("path"), QStringLiteral("/api/v1/activities")}}}}}));
    ActivityDraft draft =
        OfflineTestBed::draft(QDate::currentDate().addDays(-1), 60, QStringLiteral("refused"));
    QVERIFY(bed.changes()->createActivity(draft));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state().needsAttention, 1, 5000);
    QCOMPARE(monitor.state().text(QDateTime::currentDateTimeUtc()),
             QStringLiteral("Needs attention (1)"));
}

QTEST_GUILESS_MAIN(TestSyncMonitor)
#include "tst_syncmonitor.moc"
