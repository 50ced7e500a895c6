// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/sync/OfflineTestBed.h"
#include "PresencesPanel.h"
#include "core/actions/PresenceActions.h"
#include "core/models/PresencesModel.h"
#include "core/storage/PresenceCache.h"
#include "support/FakeClock.h"
#include "support/FakeServerProcess.h"

#include <QAccessible>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// The day's "Presences" table as a user works it, over real HTTP to the fake
// server: add with "From"/"To"/"Add presence", correct in place, "Delete
// presence"; a malformed time never leaves the window, MOCO's overlap comes
// back on its interval, an open interval grows while the user looks.
class TestPresencesPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void namesAScreenReaderHears();
    void aMalformedTimeIsRefusedBeforeAnythingIsSent();
    void addCorrectInPlaceAndDeleteReachMoco();
    void anOverlapIsShownOnItsIntervalAndNothingElseChanges();
    void anOpenIntervalGrowsLive();

private:
    void refeed();
    QList<QJsonObject> onMoco();
    QString cell(int row, int column) const;
    void addThroughTheFields(const QString &from, const QString &to);
    void waitUntilDelivered();

    FakeServerProcess m_server{QStringList{QStringLiteral("--rate"), QStringLiteral("off")}};
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<OfflineTestBed> m_bed;
    std::unique_ptr<PresenceActions> m_actions;
    std::unique_ptr<PresencesModel> m_model;
    std::unique_ptr<PresencesPanel> m_panel;
    QDate m_today;
};

void TestPresencesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestPresencesPanel::init()
{
    // A day after the demo data: no presences yet.
    m_today = QDate::currentDate().addDays(30);
    m_clock = std::make_unique<FakeClock>(QDateTime(m_today, QTime(8, 5, 10)).toUTC());
    m_bed = OfflineTestBed::afterReset(&m_server, {m_clock.get(), 3, false});
    m_actions = std::make_unique<PresenceActions>(m_bed->store(), m_bed->changes(), m_clock.get());
    m_model = std::make_unique<PresencesModel>(m_clock.get());
    refeed();
    // As the workspace feeds the day's model on every store change.
    m_bed->followStore(this, &TestPresencesPanel::refeed);
    m_panel = std::make_unique<PresencesPanel>(m_actions.get(), m_model.get(), m_clock.get());
    m_panel->resize(700, 260);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestPresencesPanel::cleanup()
{
    m_panel.reset();
    m_model.reset();
    m_actions.reset();
    m_bed.reset();
    m_clock.reset();
}

void TestPresencesPanel::refeed()
{
    m_model->setPresences(m_today, m_today,
                          PresenceCache(m_bed->store()).between(m_today, m_today));
}

QList<QJsonObject> TestPresencesPanel::onMoco()
{
    QList<QJsonObject> onDay;
    for (const QJsonValue &value :
         m_server.state(QStringLiteral("presences"), FakeServerProcess::demoUserId)) {
        if (value.toObject().value(QStringLiteral("date")).toString() ==
            m_today.toString(Qt::ISODate))
            onDay.append(value.toObject());
    }
    return onDay;
}

QString TestPresencesPanel::cell(int row, int column) const
{
    return m_panel->table()->model()->index(row, column).data().toString();
}

void TestPresencesPanel::addThroughTheFields(const QString &from, const QString &to)
{
    m_panel->fromEdit()->clear();
    QTest::keyClicks(m_panel->fromEdit(), from);
    m_panel->toEdit()->clear();
    QTest::keyClicks(m_panel->toEdit(), to);
    QTest::mouseClick(m_panel->addButton(), Qt::LeftButton);
}

void TestPresencesPanel::waitUntilDelivered()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_bed->outboxSize(), 0, 15000);
}

void TestPresencesPanel::namesAScreenReaderHears()
{
    const auto name = [](QObject *object) {
        return QAccessible::queryAccessibleInterface(object)->text(QAccessible::Name);
    };
    QCOMPARE(name(m_panel->table()), QStringLiteral("Presences"));
    QCOMPARE(name(m_panel->fromEdit()), QStringLiteral("From"));
    QCOMPARE(name(m_panel->toEdit()), QStringLiteral("To"));
    QCOMPARE(name(m_panel->addButton()), QStringLiteral("Add presence"));
    QCOMPARE(name(m_panel->deleteButton()), QStringLiteral("Delete presence"));
    // Nothing selected, nothing to delete.
    QVERIFY(!m_panel->deleteButton()->isEnabled());
    QHeaderView *header = m_panel->table()->horizontalHeader();
    QCOMPARE(header->model()->headerData(PresencesModel::FromColumn, Qt::Horizontal).toString(),
             QStringLiteral("From"));
    QCOMPARE(header->model()->headerData(PresencesModel::ToColumn, Qt::Horizontal).toString(),
             QStringLiteral("To"));
}

void TestPresencesPanel::aMalformedTimeIsRefusedBeforeAnythingIsSent()
{
    addThroughTheFields(QStringLiteral("8"), QStringLiteral("12:00"));
    QVERIFY2(m_panel->messageText().contains(QStringLiteral("“8” is not a time")),
             qPrintable(m_panel->messageText()));
    // What was typed stays, the cursor is where the mistake is, and nothing
    // was stored or sent.
    QCOMPARE(m_panel->fromEdit()->text(), QStringLiteral("8"));
    QCOMPARE(m_panel->toEdit()->text(), QStringLiteral("12:00"));
    QTRY_VERIFY(m_panel->fromEdit()->hasFocus());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_bed->outboxSize(), 0);
    QVERIFY(onMoco().isEmpty());

    // Past midnight is explained, not sent.
    addThroughTheFields(QStringLiteral("22:00"), QStringLiteral("02:00"));
    QVERIFY2(m_panel->messageText().contains(QStringLiteral("midnight")),
             qPrintable(m_panel->messageText()));
    QCOMPARE(m_bed->outboxSize(), 0);

    // Put right, the message goes.
    addThroughTheFields(QStringLiteral("08:00"), QStringLiteral("12:00"));
    QCOMPARE(m_panel->messageText(), QString());
    QCOMPARE(m_model->rowCount(), 1);
}

void TestPresencesPanel::addCorrectInPlaceAndDeleteReachMoco()
{
    addThroughTheFields(QStringLiteral("8:00"), QStringLiteral("12:00"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, PresencesModel::FromColumn), QStringLiteral("08:00"));
    QCOMPARE(cell(0, PresencesModel::DurationColumn), QStringLiteral("4:00"));
    // The fields are ready for the next interval; the new one is selected.
    QVERIFY(m_panel->fromEdit()->text().isEmpty());
    QVERIFY(m_panel->toEdit()->text().isEmpty());
    QVERIFY(m_panel->deleteButton()->isEnabled());
    waitUntilDelivered();
    QCOMPARE(onMoco().size(), 1);

    // "To" corrected in place: the editor is named like its column.
    QTableView *table = m_panel->table();
    const QModelIndex to = table->model()->index(0, PresencesModel::ToColumn);
    table->setCurrentIndex(to);
    table->edit(to);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->findChild<QLineEdit *>(QStringLiteral("presenceCellEditor"))));
    QCOMPARE(editor->accessibleName(), QStringLiteral("To"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("12:30"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell(0, PresencesModel::ToColumn), QStringLiteral("12:30"));
    waitUntilDelivered();
    QList<QJsonObject> moco = onMoco();
    QCOMPARE(moco.size(), 1);
    QCOMPARE(moco.first().value(QStringLiteral("to")).toString(), QStringLiteral("12:30"));

    // Deleted with the button.
    table->selectRow(0);
    QTest::mouseClick(m_panel->deleteButton(), Qt::LeftButton);
    QCOMPARE(m_model->rowCount(), 0);
    waitUntilDelivered();
    QVERIFY(onMoco().isEmpty());
}

void TestPresencesPanel::anOverlapIsShownOnItsIntervalAndNothingElseChanges()
{
    addThroughTheFields(QStringLiteral("08:00"), QStringLiteral("12:00"));
    waitUntilDelivered();
    addThroughTheFields(QStringLiteral("11:00"), QStringLiteral("13:00"));
    QCOMPARE(m_model->rowCount(), 2);
    // MOCO answers 422 {"from":["range overlaps"]}: its words on the row.
    QTRY_VERIFY_WITH_TIMEOUT(
        cell(1, PresencesModel::NoteColumn).contains(QStringLiteral("range overlaps")), 15000);
    QVERIFY2(cell(1, PresencesModel::NoteColumn).contains(QStringLiteral("From")),
             qPrintable(cell(1, PresencesModel::NoteColumn)));
    QCOMPARE(cell(1, PresencesModel::FromColumn), QStringLiteral("11:00"));
    // The other interval and MOCO are as they were.
    QCOMPARE(cell(0, PresencesModel::NoteColumn), QString());
    QCOMPARE(cell(0, PresencesModel::ToColumn), QStringLiteral("12:00"));
    const QList<QJsonObject> moco = onMoco();
    QCOMPARE(moco.size(), 1);
    QCOMPARE(moco.first().value(QStringLiteral("to")).toString(), QStringLiteral("12:00"));
}

void TestPresencesPanel::anOpenIntervalGrowsLive()
{
    QVERIFY(m_actions->clockIn().ok()); // 08:05
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, PresencesModel::ToColumn), QString());
    QCOMPARE(cell(0, PresencesModel::DurationColumn), QStringLiteral("0:00"));
    waitUntilDelivered();
    QCOMPARE(cell(0, PresencesModel::NoteColumn), QStringLiteral("Clocked in"));
    m_clock->advance(1h + 20min);
    QCOMPARE(cell(0, PresencesModel::DurationColumn), QStringLiteral("1:20"));
    // The panel's own tick repaints the duration: no store change is needed.
    QSignalSpy repainted(m_model.get(), &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(repainted.count() >= 2, 5000);
    QVERIFY(m_panel->isTicking());
    // Hidden, or clocked out, it stops.
    m_panel->hide();
    QVERIFY(!m_panel->isTicking());
    m_panel->show();
    QVERIFY(m_panel->isTicking());
    QVERIFY(m_actions->clockOut().ok());
    QTRY_VERIFY(!m_panel->isTicking());
}

QTEST_MAIN(TestPresencesPanel)
#include "tst_presencespanel.moc"
