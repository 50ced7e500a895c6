// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ItemDataRole.h"
#include "core/models/PresencesModel.h"
#include "support/FakeClock.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Column = PresencesModel::Column;

namespace {
// Friday 27 November 2026 is today, 12:30 on the machine's wall clock.
const QDate today(2026, 11, 27);

LocalPresence presence(qint64 localId, const QDate &date, QTime from, std::optional<QTime> to,
                       bool homeOffice = false)
{
    LocalPresence local;
    local.localId = localId;
    local.presence.id = localId + 500;
    local.presence.date = date;
    local.presence.from = from;
    local.presence.to = to;
    local.presence.isHomeOffice = homeOffice;
    return local;
}

// Stored out of order on purpose: the model orders by date and start.
QList<LocalPresence> theWeek()
{
    return {
        presence(3, today, QTime(13, 15), std::nullopt), // clocked in after lunch
        presence(1, today.addDays(-1), QTime(8, 5), QTime(16, 50), true),
        presence(2, today, QTime(8, 0), QTime(12, 0)),
        presence(4, today.addDays(-2), QTime(9, 0), std::nullopt), // forgot to clock out
    };
}
} // namespace

class TestPresencesModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void intervalsInOrderWithHoursAndMinutesInEveryLocale_data();
    void intervalsInOrderWithHoursAndMinutesInEveryLocale();
    void anOpenPresenceOfTodayRunsWithTheClock();
    void aStoreChangeTouchesOnlyItsRows();

private:
    FakeClock *m_clock = nullptr;
    PresencesModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestPresencesModel::init()
{
    QLocale::setDefault(QLocale::c());
    m_clock = new FakeClock(QDateTime(today, QTime(13, 45)).toUTC(), this);
    m_model = new PresencesModel(m_clock, this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setPresences(today.addDays(-4), today.addDays(2), theWeek());
}

void TestPresencesModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_clock;
}

void TestPresencesModel::intervalsInOrderWithHoursAndMinutesInEveryLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("C") << QLocale::c();
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
}

void TestPresencesModel::intervalsInOrderWithHoursAndMinutesInEveryLocale()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    QCOMPARE(m_model->rowCount(), 4);
    const auto text = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(m_model->index(0, Column::DateColumn).data(ItemDataRole::LocalId).toLongLong(), 4);
    QCOMPARE(text(1, Column::FromColumn), QStringLiteral("08:05"));
    QCOMPARE(text(1, Column::ToColumn), QStringLiteral("16:50"));
    QCOMPARE(text(1, Column::DurationColumn), QStringLiteral("8:45"));
    QVERIFY(!text(1, Column::HomeOfficeColumn).isEmpty());
    QCOMPARE(text(2, Column::FromColumn), QStringLiteral("08:00")); // today, before lunch
    QCOMPARE(text(3, Column::FromColumn), QStringLiteral("13:15"));
    QCOMPARE(text(3, Column::ToColumn), QString());
    QVERIFY(m_model->index(3, Column::ToColumn).data(ItemDataRole::IsOpen).toBool());
    QVERIFY(!m_model->index(3, Column::ToColumn).data(Qt::AccessibleTextRole).toString().isEmpty());
    // A clock-out forgotten two days ago has no end: it counts nothing.
    QCOMPARE(text(0, Column::DurationColumn), QStringLiteral("0:00"));
}

void TestPresencesModel::anOpenPresenceOfTodayRunsWithTheClock()
{
    QCOMPARE(m_model->openRowToday(), 3);
    QCOMPARE(m_model->secondsAt(3), 30 * 60);
    QCOMPARE(m_model->totalSecondsOn(today), 4 * 3600 + 30 * 60);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy totals(m_model, &PresencesModel::totalChanged);
    m_clock->advance(15min); // a jump of the clock repaints like the display tick
    QCOMPARE(m_model->index(3, Column::DurationColumn).data().toString(), QStringLiteral("0:45"));
    QCOMPARE(m_model->totalSecondsOn(today), 4 * 3600 + 45 * 60);
    // Only open presences repaint: today's and the forgotten one.
    QCOMPARE(changed.count(), 2);
    QVERIFY(totals.count() >= 1);
}

void TestPresencesModel::aStoreChangeTouchesOnlyItsRows()
{
    const QPersistentModelIndex yesterday = m_model->index(1, Column::FromColumn);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    // Clocked out at 17:30; the forgotten one was deleted in MOCO; a new
    // interval tomorrow (planned in the web app).
    QList<LocalPresence> presences = theWeek();
    presences[0].presence.to = QTime(17, 30);
    presences.removeAt(3);
    presences.append(presence(5, today.addDays(1), QTime(9, 0), QTime(10, 0)));
    m_model->setPresences(today.addDays(-4), today.addDays(2), presences);

    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(yesterday.row(), 0);
    QCOMPARE(yesterday.data().toString(), QStringLiteral("08:05"));
    QCOMPARE(m_model->index(2, Column::ToColumn).data().toString(), QStringLiteral("17:30"));
    QCOMPARE(m_model->openRowToday(), -1);
    QCOMPARE(m_model->index(3, Column::DateColumn).data(ItemDataRole::LocalId).toLongLong(), 5);

    // Another week is another list.
    m_model->setPresences(today.addDays(3), today.addDays(9), {});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPresencesModel)
#include "tst_presencesmodel.moc"
