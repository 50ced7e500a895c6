// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OutboxLock.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// One sender per store: a second lock on the same database fails while the
// first lives, in this process and in another; a killed holder's lock is
// taken over.
class TestOutboxLock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secondLockOnTheSameDatabaseFails();
    void releasedOnDestruction();
    void otherDatabasesHaveTheirOwn();
    void anotherProcessHoldingItRefusesThisOne();
    void lockOfAKilledProcessIsTakenOver();

private:
    static QString holderOutput(QProcess &holder);
};

QString TestOutboxLock::holderOutput(QProcess &holder)
{
    QByteArray output;
    // On a timeout the caller's comparison fails with what came so far.
    [[maybe_unused]] const bool line = QTest::qWaitFor(
        [&] {
            output += holder.readAllStandardOutput();
            return output.contains('\n');
        },
        10000);
    return QString::fromUtf8(output).trimmed();
}

void TestOutboxLock::secondLockOnTheSameDatabaseFails()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("account.sqlite"));
    OutboxLock first(database);
    OutboxLock second(database);
    QCOMPARE(first.tryLock(), OutboxLock::Status::Held);
    QCOMPARE(first.filePath(), database + QStringLiteral(".sender.lock"));
    QVERIFY(QFile::exists(first.filePath()));
    QCOMPARE(second.tryLock(), OutboxLock::Status::HeldElsewhere);
    QVERIFY(!second.isLocked());
    QCOMPARE(first.tryLock(), OutboxLock::Status::Held);
}

void TestOutboxLock::releasedOnDestruction()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("account.sqlite"));
    OutboxLock later(database);
    {
        OutboxLock first(database);
        QCOMPARE(first.tryLock(), OutboxLock::Status::Held);
        QCOMPARE(later.tryLock(), OutboxLock::Status::HeldElsewhere);
    }
    QVERIFY(!QFile::exists(OutboxLock::lockFilePathFor(database)));
    QCOMPARE(later.tryLock(), OutboxLock::Status::Held);
}

void TestOutboxLock::otherDatabasesHaveTheirOwn()
{
    QTemporaryDir dir;
    OutboxLock own(dir.filePath(QStringLiteral("1.sqlite")));
    OutboxLock colleague(dir.filePath(QStringLiteral("1.sqlite_as_2.sqlite")));
    QCOMPARE(own.tryLock(), OutboxLock::Status::Held);
    QCOMPARE(colleague.tryLock(), OutboxLock::Status::Held);
}

void TestOutboxLock::anotherProcessHoldingItRefusesThisOne()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("account.sqlite"));
    OutboxLock mine(database);
    QCOMPARE(mine.tryLock(), OutboxLock::Status::Held);
    QProcess other;
    other.start(QStringLiteral(MOCOTRACK_LOCK_HOLDER), {QStringLiteral("outbox"), database});
    QVERIFY(other.waitForStarted());
    QCOMPARE(holderOutput(other), QStringLiteral("held elsewhere"));
    other.kill();
    other.waitForFinished();
    // Its failed attempt left this process's lock alone.
    QVERIFY(mine.isLocked());
    OutboxLock again(database);
    QCOMPARE(again.tryLock(), OutboxLock::Status::HeldElsewhere);
}

void TestOutboxLock::lockOfAKilledProcessIsTakenOver()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("account.sqlite"));
    QProcess crashed;
    crashed.start(QStringLiteral(MOCOTRACK_LOCK_HOLDER), {QStringLiteral("outbox"), database});
    QVERIFY(crashed.waitForStarted());
    QCOMPARE(holderOutput(crashed), QStringLiteral("held"));
    OutboxLock next(database);
    QCOMPARE(next.tryLock(), OutboxLock::Status::HeldElsewhere);
    crashed.kill(); // SIGKILL: the lock file stays
    QVERIFY(crashed.waitForFinished());
    QVERIFY(QFile::exists(next.filePath()));
    QCOMPARE(next.tryLock(), OutboxLock::Status::Held);
}

QTEST_GUILESS_MAIN(TestOutboxLock)
#include "tst_outboxlock.moc"
