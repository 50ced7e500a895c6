// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/sync/OfflineTestBed.h"
#include "NeedsAttentionDialog.h"
#include "core/models/AttentionModel.h"
#include "core/storage/ActivityCache.h"
#include "core/storage/Outbox.h"
#include "support/FakeServerProcess.h"

#include <QApplication>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The "needs attention" dialog, driven like a user would, over a real store
// that a real sender and sync fill against the fake server.
class TestNeedsAttentionDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyListSaysSo();
    void everyControlIsNamed();
    void refusedChangeShowsItsMessageAndTryAgainSendsIt();
    void fixAsksTheOwnerToOpenTheEditor();
    void discardAsksFirstAndSaysWhatIsLost();
    void keepMineOverwritesTheServer();
    void takeTheirsKeepsTheServerVersion();
    void deletedInMocoIsShownAndKeepMineCreatesItAgain();

private:
    qint64 createRefused(const QString &description);
    LocalActivity makeConflict(const QString &mine, const QString &theirs);
    void makeDialog();
    QPushButton *button(const char *name) const
    {
        return m_dialog->findChild<QPushButton *>(QLatin1String(name));
    }
    QLabel *label(const char *name) const
    {
        return m_dialog->findChild<QLabel *>(QLatin1String(name));
    }

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<OfflineTestBed> m_bed;
    std::unique_ptr<AttentionModel> m_model;
    std::unique_ptr<NeedsAttentionDialog> m_dialog;
};

void TestNeedsAttentionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_server.start());
}

void TestNeedsAttentionDialog::init()
{
    m_bed = OfflineTestBed::afterReset(&m_server);
    QVERIFY(m_bed->syncOnce());
}

void TestNeedsAttentionDialog::cleanup()
{
    m_dialog.reset();
    m_model.reset();
    m_bed.reset();
}

void TestNeedsAttentionDialog::makeDialog()
{
    // Wired as the main window does: the list follows the store.
    m_model = std::make_unique<AttentionModel>(m_bed->store());
    m_bed->followStore(m_model.get(), &AttentionModel::refresh);
    m_dialog = std::make_unique<NeedsAttentionDialog>(m_model.get(), m_bed->changes());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

qint64 TestNeedsAttentionDialog::createRefused(const QString &description)
{
    m_bed->refuseNextCreates(
        QJsonObject{{QStringLiteral("description"), QJsonArray{QStringLiteral("ist zu lang")}}});
    const qint64 localId = m_bed->changes()->createActivity(
        OfflineTestBed::draft(QDate::currentDate().addDays(-1), 2700, description));
    if (!QTest::qWaitFor([this] { return Outbox(m_bed->store()).attentionCount() == 1; }, 10000))
        return 0;
    return localId;
}

LocalActivity TestNeedsAttentionDialog::makeConflict(const QString &mine, const QString &theirs)
{
    const std::optional<LocalActivity> row = m_bed->someCachedActivity();
    if (!row || !m_bed->changeOnServer(row->activity.id, theirs))
        return {};
    Activity edited = row->activity;
    edited.description = mine;
    // The sender reads MOCO's version before it writes: a conflict.
    if (!m_bed->changes()->updateActivity(row->localId, edited) ||
        !QTest::qWaitFor([this] { return Outbox(m_bed->store()).attentionCount() == 1; }, 10000))
        return {};
    return *row;
}

void TestNeedsAttentionDialog::emptyListSaysSo()
{
    makeDialog();
    QLabel *empty = label("empty");
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("Nothing needs your attention."));
    QVERIFY(!m_dialog->listView()->isVisible());
    QVERIFY(!m_dialog->isModal());
    QCOMPARE(m_dialog->currentSeq(), 0);
}

void TestNeedsAttentionDialog::everyControlIsNamed()
{
    makeDialog();
    QCOMPARE(m_dialog->listView()->accessibleName(), QStringLiteral("Needs attention"));
    const QMap<QString, QString> names = {
        {QStringLiteral("fix"), QStringLiteral("Fix")},
        {QStringLiteral("retry"), QStringLiteral("Try again")},
        {QStringLiteral("discard"), QStringLiteral("Discard")},
        {QStringLiteral("keepMine"), QStringLiteral("Keep mine")},
        {QStringLiteral("takeTheirs"), QStringLiteral("Take theirs")}};
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QPushButton *b = m_dialog->findChild<QPushButton *>(it.key());
        QVERIFY2(b, qPrintable(it.key()));
        QCOMPARE(b->accessibleName(), it.value());
    }
    for (QPushButton *b : m_dialog->findChildren<QPushButton *>())
        QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(),
                 qPrintable(b->objectName()));
    // Labels whose text changes keep it as their name: only a description.
    for (const char *name : {"subject", "message", "mine", "theirs"}) {
        QVERIFY(label(name)->accessibleName().isEmpty());
        QVERIFY(!label(name)->accessibleDescription().isEmpty());
    }
}

void TestNeedsAttentionDialog::refusedChangeShowsItsMessageAndTryAgainSendsIt()
{
    makeDialog();
    const qint64 localId = createRefused(QStringLiteral("nad retry"));
    QVERIFY(localId);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QVERIFY(m_dialog->listView()->isVisible());
    QVERIFY(!label("empty")->isVisible());
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Needs attention (1)"));
    QCOMPARE(label("message")->text(), QStringLiteral("Description: ist zu lang"));
    QVERIFY(label("subject")->text().contains(QStringLiteral("nad retry")));
    QVERIFY(label("mine")->text().contains(QStringLiteral("nad retry")));
    QVERIFY(button("retry")->isVisible());
    QVERIFY(button("discard")->isVisible());
    QVERIFY(button("fix")->isVisible());
    QVERIFY(!button("keepMine")->isVisible());
    QVERIFY(!button("takeTheirs")->isVisible());
    QVERIFY(!m_dialog->findChild<QGroupBox *>(QStringLiteral("theirsBox"))->isVisible());

    // The queued refusal was used up: this time MOCO takes it.
    QTest::mouseClick(button("retry"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->serverActivities(QStringLiteral("nad retry")).size(), 1,
                              10000);
    QTRY_COMPARE(m_model->rowCount(), 0);
    QTRY_VERIFY(label("empty")->isVisible());
    QVERIFY(ActivityCache(m_bed->store()).find(localId)->isOnServer());
}

void TestNeedsAttentionDialog::fixAsksTheOwnerToOpenTheEditor()
{
    makeDialog();
    const qint64 localId = createRefused(QStringLiteral("nad fix"));
    QVERIFY(localId);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QSignalSpy fix(m_dialog.get(), &NeedsAttentionDialog::fixRequested);
    QTest::mouseClick(button("fix"), Qt::LeftButton);
    QCOMPARE(fix.size(), 1);
    QCOMPARE(fix.first().first().toLongLong(), localId);
    // The editor reads the field errors from the store.
    QCOMPARE(ActivityCache(m_bed->store())
                 .find(localId)
                 ->fieldErrors.value(QStringLiteral("description")),
             QStringList{QStringLiteral("ist zu lang")});
}

void TestNeedsAttentionDialog::discardAsksFirstAndSaysWhatIsLost()
{
    makeDialog();
    const qint64 localId = createRefused(QStringLiteral("nad discard"));
    QVERIFY(localId);
    QTRY_COMPARE(m_model->rowCount(), 1);

    // "Keep it" changes nothing.
    QTest::mouseClick(button("discard"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("discardConfirmation"))));
    QVERIFY2(box->informativeText().contains(QStringLiteral("nad discard")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("removed")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelDiscard")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(QStringLiteral("discardConfirmation")));
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(ActivityCache(m_bed->store()).find(localId));

    QTest::mouseClick(button("discard"), Qt::LeftButton);
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("discardConfirmation"))));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDiscard")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_model->rowCount(), 0);
    QVERIFY(!ActivityCache(m_bed->store()).find(localId)); // never on the server: gone
    QCOMPARE(m_bed->outboxSize(), 0);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("nad discard")).size(), 0);
}

void TestNeedsAttentionDialog::keepMineOverwritesTheServer()
{
    makeDialog();
    const LocalActivity row =
        makeConflict(QStringLiteral("nad mine"), QStringLiteral("nad theirs"));
    QVERIFY(row.localId);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QGroupBox *mineBox = m_dialog->findChild<QGroupBox *>(QStringLiteral("mineBox"));
    QGroupBox *theirsBox = m_dialog->findChild<QGroupBox *>(QStringLiteral("theirsBox"));
    QVERIFY(mineBox->isVisible() && theirsBox->isVisible());
    QCOMPARE(mineBox->title(), QStringLiteral("Your version"));
    QCOMPARE(theirsBox->title(), QStringLiteral("Version in MOCO"));
    QVERIFY(label("mine")->text().contains(QStringLiteral("nad mine")));
    QVERIFY(label("theirs")->text().contains(QStringLiteral("nad theirs")));
    QVERIFY(!button("retry")->isVisible() && !button("discard")->isVisible() &&
            !button("fix")->isVisible());

    QTest::mouseClick(button("keepMine"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->serverActivities(QStringLiteral("nad mine")).size(), 1, 10000);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("nad theirs")).size(), 0);
    QTRY_COMPARE(m_model->rowCount(), 0);
}

void TestNeedsAttentionDialog::takeTheirsKeepsTheServerVersion()
{
    makeDialog();
    const LocalActivity row =
        makeConflict(QStringLiteral("nad mine"), QStringLiteral("nad theirs"));
    QVERIFY(row.localId);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QTest::mouseClick(button("takeTheirs"), Qt::LeftButton);
    QTRY_COMPARE(m_model->rowCount(), 0);
    QCOMPARE(ActivityCache(m_bed->store()).find(row.localId)->activity.description,
             QStringLiteral("nad theirs"));
    QCOMPARE(m_bed->outboxSize(), 0);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("nad theirs")).size(), 1);
    QCOMPARE(m_bed->serverActivities(QStringLiteral("nad mine")).size(), 0);
}

void TestNeedsAttentionDialog::deletedInMocoIsShownAndKeepMineCreatesItAgain()
{
    makeDialog();
    const std::optional<LocalActivity> row = m_bed->someCachedActivity();
    QVERIFY(row);
    QVERIFY(m_bed->deleteOnServer(row->activity.id));
    Activity edited = row->activity;
    edited.description = QStringLiteral("nad revived");
    QVERIFY(m_bed->changes()->updateActivity(row->localId, edited));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, 10000);
    QCOMPARE(label("theirs")->text(), QStringLiteral("Deleted in MOCO"));

    QTest::mouseClick(button("keepMine"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->serverActivities(QStringLiteral("nad revived")).size(), 1,
                              10000);
    QTRY_COMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TestNeedsAttentionDialog)
#include "tst_needsattentiondialog.moc"
