// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sync/OfflineTestBed.h"
#include "core/models/AttentionModel.h"
#include "core/models/DisplayFormat.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/Outbox.h"
#include "support/FakeServerProcess.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Kind = AttentionModel::Kind;

// What the "needs attention" list shows, read from a real store that a real
// sender and sync filled against the fake server.
class TestAttentionModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyWhenNothingNeedsTheUser();
    void refusedCreateIsListedInWords();
    void conflictShowsBothVersions();
    void deletionInMocoIsAConflictWithoutTheirVersion();
    void rowsFollowTheStoreWithoutAReset();

private:
    qint64 editOffline(const LocalActivity &row, const QString &description);
    AttentionModel *makeModel();

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<OfflineTestBed> m_bed;
    std::unique_ptr<AttentionModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAttentionModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_server.start());
}

void TestAttentionModel::init()
{
    m_bed = OfflineTestBed::afterReset(&m_server);
}

void TestAttentionModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_bed.reset();
}

AttentionModel *TestAttentionModel::makeModel()
{
    m_model = std::make_unique<AttentionModel>(m_bed->store());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_bed->followStore(m_model.get(), &AttentionModel::refresh);
    return m_model.get();
}

qint64 TestAttentionModel::editOffline(const LocalActivity &row, const QString &description)
{
    Activity mine = row.activity;
    mine.description = description;
    return m_bed->changes()->updateActivity(row.localId, mine) ? row.localId : 0;
}

void TestAttentionModel::emptyWhenNothingNeedsTheUser()
{
    QVERIFY(m_bed->syncOnce());
    makeModel();
    QCOMPARE(m_model->rowCount(), 0);
    // Waiting changes are not the user's business.
    QObject::disconnect(m_bed->changes(), nullptr, m_bed->sender(), nullptr);
    const std::optional<LocalActivity> row = m_bed->someCachedActivity();
    QVERIFY(row);
    QVERIFY(editOffline(*row, QStringLiteral("just waiting")));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestAttentionModel::refusedCreateIsListedInWords()
{
    QVERIFY(m_bed->syncOnce());
    makeModel();
    QSignalSpy countChanged(m_model.get(), &AttentionModel::countChanged);
    m_bed->refuseNextCreates(
        QJsonObject{{QStringLiteral("description"), QJsonArray{QStringLiteral("ist zu lang")}}});
    const ActivityDraft draft = OfflineTestBed::draft(QDate::currentDate().addDays(-1), 5400,
                                                      QStringLiteral("Wireframes Angebot"));
    const qint64 localId = m_bed->changes()->createActivity(draft);
    QVERIFY(localId);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, 10000);
    QCOMPARE(countChanged.size(), 1);

    const LocalActivity row = *ActivityCache(m_bed->store()).find(localId);
    const QModelIndex index = m_model->index(0);
    QCOMPARE(index.data(AttentionModel::KindRole).toInt(), int(Kind::Failed));
    QCOMPARE(index.data(AttentionModel::LocalIdRole).toLongLong(), localId);
    QCOMPARE(index.data(AttentionModel::SeqRole).toLongLong(),
             Outbox(m_bed->store()).needingAttention().first().seq);
    QCOMPARE(index.data(AttentionModel::MessageRole).toString(),
             QStringLiteral("Description: ist zu lang"));
    const QString subject = index.data(AttentionModel::SubjectRole).toString();
    // Everything the user needs to recognise it, in words.
    QVERIFY2(!row.activity.project.name.isEmpty(), "projects were synced");
    for (const QString &part :
         {QLocale().toString(draft.date, QLocale::LongFormat), row.activity.project.name,
          row.activity.task.name, draft.description, QStringLiteral("1:30")})
        QVERIFY2(subject.contains(part), qPrintable(subject + QStringLiteral(" lacks ") + part));
    QVERIFY(index.data(Qt::DisplayRole).toString().contains(draft.description));
    QVERIFY(index.data(AttentionModel::MineRole).toString().contains(draft.description));
    QVERIFY(index.data(AttentionModel::CanFixRole).toBool());
    QCOMPARE(index.data(AttentionModel::FieldErrorsRole)
                 .toMap()
                 .value(QStringLiteral("description"))
                 .toStringList(),
             QStringList{QStringLiteral("ist zu lang")});
    const QString warning = index.data(AttentionModel::DiscardWarningRole).toString();
    QVERIFY2(warning.contains(draft.description) && warning.contains(QStringLiteral("removed")),
             qPrintable(warning));
}

void TestAttentionModel::conflictShowsBothVersions()
{
    QVERIFY(m_bed->syncOnce());
    makeModel();
    const std::optional<LocalActivity> row = m_bed->someCachedActivity();
    QVERIFY(row);
    QObject::disconnect(m_bed->changes(), nullptr, m_bed->sender(), nullptr);
    QVERIFY(editOffline(*row, QStringLiteral("mine, offline")));
    QVERIFY(m_bed->changeOnServer(row->activity.id, QStringLiteral("theirs, in MOCO")));
    QVERIFY(m_bed->syncOnce());
    m_bed->sender()->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, 10000);

    const QModelIndex index = m_model->index(0);
    QCOMPARE(index.data(AttentionModel::KindRole).toInt(), int(Kind::Conflict));
    QCOMPARE(index.data(AttentionModel::LocalIdRole).toLongLong(), row->localId);
    QVERIFY(!index.data(AttentionModel::TheirsDeletedRole).toBool());
    QVERIFY(!index.data(AttentionModel::CanFixRole).toBool());
    const QString mine = index.data(AttentionModel::MineRole).toString();
    const QString theirs = index.data(AttentionModel::TheirsRole).toString();
    QVERIFY2(mine.contains(QStringLiteral("mine, offline")), qPrintable(mine));
    QVERIFY2(theirs.contains(QStringLiteral("theirs, in MOCO")), qPrintable(theirs));
    QVERIFY(!theirs.contains(QStringLiteral("mine")));
    QVERIFY(theirs.contains(row->activity.project.name));
    QVERIFY(index.data(AttentionModel::MessageRole).toString().contains(QStringLiteral("changed")));

    // Taking theirs settles it: the row goes.
    QVERIFY(m_bed->changes()->takeTheirs(row->localId));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestAttentionModel::deletionInMocoIsAConflictWithoutTheirVersion()
{
    QVERIFY(m_bed->syncOnce());
    makeModel();
    const std::optional<LocalActivity> row = m_bed->someCachedActivity();
    QVERIFY(row);
    QVERIFY(m_bed->deleteOnServer(row->activity.id));
    QVERIFY(editOffline(*row, QStringLiteral("mine, edited")));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, 10000);

    const QModelIndex index = m_model->index(0);
    QCOMPARE(index.data(AttentionModel::KindRole).toInt(), int(Kind::Conflict));
    QVERIFY(index.data(AttentionModel::TheirsDeletedRole).toBool());
    QCOMPARE(index.data(AttentionModel::TheirsRole).toString(), QStringLiteral("Deleted in MOCO"));
    QVERIFY(
        index.data(AttentionModel::MineRole).toString().contains(QStringLiteral("mine, edited")));
    QVERIFY(index.data(AttentionModel::MessageRole).toString().contains(QStringLiteral("deleted")));
}

void TestAttentionModel::rowsFollowTheStoreWithoutAReset()
{
    QVERIFY(m_bed->syncOnce());
    makeModel();
    // Two refused creates, then one is retried successfully.
    m_bed->refuseNextCreates(
        QJsonObject{{QStringLiteral("base"), QJsonArray{QStringLiteral("Projekt ist archiviert")}}},
        2);
    ActivityDraft draft =
        OfflineTestBed::draft(QDate::currentDate().addDays(-1), 600, QStringLiteral("first"));
    QVERIFY(m_bed->changes()->createActivity(draft));
    draft.description = QStringLiteral("second");
    QVERIFY(m_bed->changes()->createActivity(draft));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2, 10000);
    QCOMPARE(m_model->index(0).data(AttentionModel::MessageRole).toString(),
             QStringLiteral("Projekt ist archiviert"));

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const QPersistentModelIndex second = m_model->index(1);
    const qint64 firstSeq = m_model->index(0).data(AttentionModel::SeqRole).toLongLong();
    QVERIFY(m_bed->changes()->retry(firstSeq));
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->serverActivities(QStringLiteral("first")).size(), 1, 10000);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    // The other row kept its place in a view's selection.
    QVERIFY(second.isValid());
    QCOMPARE(second.row(), 0);
    QVERIFY(second.data(AttentionModel::SubjectRole).toString().contains(QStringLiteral("second")));
    QCOMPARE(m_model->rowOfSeq(firstSeq), -1);
}

QTEST_GUILESS_MAIN(TestAttentionModel)
#include "tst_attentionmodel.moc"
