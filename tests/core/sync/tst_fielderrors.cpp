// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTestBed.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/Outbox.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A change MOCO refuses (422) keeps the server's per-field messages, so the
// editor can show each under its field, and never holds up the others.
class TestFieldErrors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void invalidTaskIsRefusedWithItsFieldMessage();
    void queuedFieldErrorReachesTheActivity();
    void fieldErrorsSurviveARestartAndClearWhenFixed();

private:
    static ActivityDraft draft(const QString &description);

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<OfflineTestBed> m_bed;
};

void TestFieldErrors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestFieldErrors::init()
{
    m_bed = OfflineTestBed::afterReset(&m_server);
}

void TestFieldErrors::cleanup()
{
    m_bed.reset();
}

ActivityDraft TestFieldErrors::draft(const QString &description)
{
    return OfflineTestBed::draft(QDate::currentDate().addDays(-2), 1800, description);
}

void TestFieldErrors::invalidTaskIsRefusedWithItsFieldMessage()
{
    // Logged offline: a task that is not one of the project's, between two good ones.
    QObject::disconnect(m_bed->changes(), nullptr, m_bed->sender(), nullptr);
    QVERIFY(m_bed->changes()->createActivity(draft(QStringLiteral("fe good 1"))));
    ActivityDraft wrong = draft(QStringLiteral("fe wrong task"));
    wrong.taskId = 1;
    const qint64 refused = m_bed->changes()->createActivity(wrong);
    QVERIFY(refused);
    QVERIFY(m_bed->changes()->createActivity(draft(QStringLiteral("fe good 2"))));

    QSignalSpy attention(m_bed->sender(), &OutboxSender::itemNeedsAttention);
    m_bed->sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(m_bed->store()).waitingCount(), 0, 10000);

    QCOMPARE(attention.size(), 1);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("fe good")).size(), 2);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("fe wrong")).size(), 0);
    const std::optional<LocalActivity> row = ActivityCache(m_bed->store()).find(refused);
    QVERIFY(row && row->needsAttention && !row->isOnServer());
    QVERIFY2(row->fieldErrors.contains(QStringLiteral("task_id")),
             qPrintable(row->fieldErrors.keys().join(QLatin1Char(','))));
    QVERIFY(!row->fieldErrors.value(QStringLiteral("task_id")).isEmpty());
    // Readable: the field's name, not MOCO's key.
    QVERIFY2(row->errorMessage.startsWith(QStringLiteral("Task: ")), qPrintable(row->errorMessage));
    QVERIFY(row->errorMessage.contains(row->fieldErrors.value(QStringLiteral("task_id")).first()));
}

void TestFieldErrors::queuedFieldErrorReachesTheActivity()
{
    m_bed->refuseNextCreates(
        QJsonObject{{QStringLiteral("description"), QJsonArray{QStringLiteral("ist zu lang")}},
                    {QStringLiteral("base"), QJsonArray{QStringLiteral("Bitte prüfen")}}});
    const qint64 refused = m_bed->changes()->createActivity(draft(QStringLiteral("fe long")));
    QVERIFY(m_bed->changes()->createActivity(draft(QStringLiteral("fe after"))));
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(m_bed->store()).waitingCount(), 0, 10000);

    QCOMPARE(m_bed->serverActivities(QStringLiteral("fe after")).size(), 1);
    const std::optional<LocalActivity> row = ActivityCache(m_bed->store()).find(refused);
    QVERIFY(row && row->needsAttention);
    const QMap<QString, QStringList> expected = {
        {QStringLiteral("description"), {QStringLiteral("ist zu lang")}},
        {QStringLiteral("base"), {QStringLiteral("Bitte prüfen")}}};
    QCOMPARE(row->fieldErrors, expected);
    QVERIFY2(row->errorMessage.contains(QStringLiteral("Description: ist zu lang")),
             qPrintable(row->errorMessage));
    QVERIFY(row->errorMessage.contains(QStringLiteral("Bitte prüfen")));
}

void TestFieldErrors::fieldErrorsSurviveARestartAndClearWhenFixed()
{
    m_bed->refuseNextCreates(
        QJsonObject{{QStringLiteral("description"), QJsonArray{QStringLiteral("ist zu lang")}}});
    const qint64 refused = m_bed->changes()->createActivity(draft(QStringLiteral("fe restart")));
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(m_bed->store()).attentionCount(), 1, 10000);

    m_bed->recreate();
    std::optional<LocalActivity> row = ActivityCache(m_bed->store()).find(refused);
    QVERIFY(row);
    QCOMPARE(row->fieldErrors.value(QStringLiteral("description")),
             QStringList{QStringLiteral("ist zu lang")});

    // The user shortens it in the editor: sent again, the messages go.
    Activity fixed = row->activity;
    fixed.description = QStringLiteral("fe restart, short");
    QVERIFY(m_bed->changes()->updateActivity(refused, fixed));
    row = ActivityCache(m_bed->store()).find(refused);
    QVERIFY(row->fieldErrors.isEmpty());
    QVERIFY(row->errorMessage.isEmpty());
    m_bed->sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 10000);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("fe restart, short")).size(), 1);
}

QTEST_GUILESS_MAIN(TestFieldErrors)
#include "tst_fielderrors.moc"
