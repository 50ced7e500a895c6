// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekPresenceBand.h"
#include "WeekView.h"
#include "core/models/PresencesModel.h"
#include "core/models/WeekGridModel.h"
#include "support/FakeClock.h"
#include "support/TestActivities.h"

#include <QAccessible>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {
const QDate monday(2026, 11, 23);
const QDate friday(2026, 11, 27); // "today" in these tests

LocalPresence presence(qint64 localId, const QDate &date, const QString &from,
                       const QString &to = {})
{
    LocalPresence local;
    local.localId = localId;
    local.presence.id = localId + 1000;
    local.presence.date = date;
    local.presence.from = QTime::fromString(from, QStringLiteral("HH:mm"));
    if (!to.isEmpty())
        local.presence.to = QTime::fromString(to, QStringLiteral("HH:mm"));
    return local;
}

qint64 hm(int hours, int minutes)
{
    return qint64(hours) * 3600 + qint64(minutes) * 60;
}

QString accessible(QWidget *widget, QAccessible::Text text)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(text) : QString();
}
} // namespace

// The presence band under the week grid, offscreen: what each value says to
// the eye and to a screen reader, and that it follows the models. The
// numbers' rules are WeekBalance's (tst_weekbalance).
class TestWeekPresenceBand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void valuesPerDayAndForTheWeek();
    void dayMoreThanFifteenMinutesOffStandsOutNotByColourAlone();
    void weekTotalsCarryTheirAccessibleDescriptions();
    void valuesSitUnderTheirDayColumns();
    void openPresenceUpdatesLiveOnTheViewsTick();
    void followsChangesOfTheWeekInPlace();
    void neverClosedDaySaysTheDifferenceIsUnknown();
    void hiddenWhileTheWeekHasNoPresence();

private:
    QLabel *value(WeekPresenceBand::Row row, int column) const;
    WeekPresenceBand *band() const { return m_view->presenceBand(); }

    FakeClock *m_clock = nullptr;
    WeekGridModel *m_grid = nullptr;
    PresencesModel *m_presences = nullptr;
    WeekView *m_view = nullptr;
};

void TestWeekPresenceBand::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestWeekPresenceBand::init()
{
    m_clock = new FakeClock(QDateTime(friday, QTime(12, 15)).toUTC());
    m_grid = new WeekGridModel(m_clock);
    // Monday 7:10 logged, Tuesday 7:50, Wednesday 8:20.
    m_grid->setWeek(monday, {TestActivities::stored(1, monday, hm(7, 10)),
                             TestActivities::stored(2, monday.addDays(1), hm(7, 50)),
                             TestActivities::stored(3, monday.addDays(2), hm(8, 20))});
    m_presences = new PresencesModel(m_clock);
    // Monday 7:45 present, Tuesday 8:00, Wednesday 8:00.
    m_presences->setPresences(monday, monday.addDays(6),
                              {presence(1, monday, "08:00", "12:00"),
                               presence(2, monday, "13:00", "16:45"),
                               presence(3, monday.addDays(1), "08:00", "16:00"),
                               presence(4, monday.addDays(2), "09:00", "17:00")});
    m_view = new WeekView(m_grid);
    m_view->setToday(friday);
    m_view->setPresences(m_presences, m_clock);
    m_view->resize(1100, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestWeekPresenceBand::cleanup()
{
    delete m_view;
    delete m_presences;
    delete m_grid;
    delete m_clock;
}

QLabel *TestWeekPresenceBand::value(WeekPresenceBand::Row row, int column) const
{
    return band()->valueLabel(row, column);
}

void TestWeekPresenceBand::valuesPerDayAndForTheWeek()
{
    using Band = WeekPresenceBand;
    QVERIFY(band()->isVisible());
    QCOMPARE(band()->titleLabel(Band::PresentRow)->text(), QStringLiteral("Present"));
    QCOMPARE(band()->titleLabel(Band::LoggedRow)->text(), QStringLiteral("Logged"));
    QCOMPARE(band()->titleLabel(Band::DifferenceRow)->text(), QStringLiteral("Difference"));

    QCOMPARE(value(Band::PresentRow, 0)->text(), QStringLiteral("7:45"));
    QCOMPARE(value(Band::LoggedRow, 0)->text(), QStringLiteral("7:10"));
    QCOMPARE(value(Band::PresentRow, 1)->text(), QStringLiteral("8:00"));
    QCOMPARE(value(Band::LoggedRow, 1)->text(), QStringLiteral("7:50"));
    QCOMPARE(value(Band::DifferenceRow, 1)->text(), QStringLiteral("+0:10"));
    QCOMPARE(value(Band::LoggedRow, 2)->text(), QStringLiteral("8:20"));
    // A day without presence: no difference, nothing made up.
    QCOMPARE(value(Band::PresentRow, 3)->text(), QStringLiteral("0:00"));
    QCOMPARE(value(Band::DifferenceRow, 3)->text(), QString());
    QCOMPARE(accessible(value(Band::DifferenceRow, 3), QAccessible::Name), QStringLiteral("none"));

    // Each value is read as its number, and described as what it is.
    QCOMPARE(accessible(value(Band::PresentRow, 0), QAccessible::Name), QStringLiteral("7:45"));
    QCOMPARE(accessible(value(Band::PresentRow, 0), QAccessible::Description),
             QStringLiteral("Present on Monday"));
    QCOMPARE(accessible(value(Band::LoggedRow, 1), QAccessible::Description),
             QStringLiteral("Logged on Tuesday"));
    QCOMPARE(accessible(value(Band::DifferenceRow, 1), QAccessible::Name), QStringLiteral("+0:10"));
    QCOMPARE(accessible(value(Band::DifferenceRow, 1), QAccessible::Description),
             QStringLiteral("Difference on Tuesday: 0:10 not logged yet"));

    // The week: 23:45 present, 23:20 logged, +0:25.
    QCOMPARE(value(Band::PresentRow, Band::WeekColumn)->text(), QStringLiteral("23:45"));
    QCOMPARE(value(Band::LoggedRow, Band::WeekColumn)->text(), QStringLiteral("23:20"));
    const QString marker = band()->standOutMarker();
    QCOMPARE(value(Band::DifferenceRow, Band::WeekColumn)->text(), marker + " +0:25");
    QCOMPARE(value(Band::DifferenceRow, Band::WeekColumn)->toolTip(),
             QStringLiteral("0:25 not logged yet"));
    // The band's logged time is the grid's totals row.
    const int totals = m_grid->rowCount() - 1;
    QCOMPARE(m_grid->index(totals, WeekGridModel::TotalColumn).data().toString(),
             value(Band::LoggedRow, Band::WeekColumn)->text());
}

void TestWeekPresenceBand::dayMoreThanFifteenMinutesOffStandsOutNotByColourAlone()
{
    using Band = WeekPresenceBand;
    const QString marker = band()->standOutMarker();
    QVERIFY(!marker.isEmpty());
    // Monday +0:35 and Wednesday −0:20 stand out: a marker and bold …
    QLabel *mondayDifference = value(Band::DifferenceRow, 0);
    QCOMPARE(mondayDifference->text(), marker + " +0:35");
    QVERIFY(mondayDifference->font().bold());
    QCOMPARE(value(Band::DifferenceRow, 2)->text(), marker + QStringLiteral(" −0:20"));
    QVERIFY(value(Band::DifferenceRow, 2)->font().bold());
    // … the tooltip and the description say what is off …
    QCOMPARE(mondayDifference->toolTip(), QStringLiteral("0:35 not logged yet"));
    QCOMPARE(accessible(mondayDifference, QAccessible::Description),
             QStringLiteral("Difference on Monday: 0:35 not logged yet"));
    QCOMPARE(value(Band::DifferenceRow, 2)->toolTip(), QStringLiteral("0:20 more than present"));
    // … and the screen reader hears the number without the marker.
    QCOMPARE(accessible(mondayDifference, QAccessible::Name), QStringLiteral("+0:35"));
    // Tuesday's +0:10 does not stand out.
    QLabel *tuesdayDifference = value(Band::DifferenceRow, 1);
    QVERIFY(!tuesdayDifference->text().contains(marker));
    QVERIFY(!tuesdayDifference->font().bold());
    // The title explains the marker.
    QVERIFY(band()->titleLabel(Band::DifferenceRow)->toolTip().contains(marker));
    // The marked, bold value is wider than the cells above; its column grows
    // so that nothing of it is clipped.
    const auto fits = [&](QLabel *label) {
        const QMargins margins = label->contentsMargins();
        return label->fontMetrics().horizontalAdvance(label->text()) + margins.left() +
                   margins.right() <=
               label->width();
    };
    QTRY_VERIFY(fits(mondayDifference));
    QVERIFY(fits(value(Band::DifferenceRow, 2)));
}

void TestWeekPresenceBand::weekTotalsCarryTheirAccessibleDescriptions()
{
    using Band = WeekPresenceBand;
    QCOMPARE(accessible(value(Band::PresentRow, Band::WeekColumn), QAccessible::Description),
             QStringLiteral("Presence total"));
    QCOMPARE(accessible(value(Band::LoggedRow, Band::WeekColumn), QAccessible::Description),
             QStringLiteral("Booked total"));
    QCOMPARE(accessible(value(Band::DifferenceRow, Band::WeekColumn), QAccessible::Description),
             QStringLiteral("Difference"));
    QCOMPARE(accessible(value(Band::PresentRow, Band::WeekColumn), QAccessible::Name),
             QStringLiteral("23:45"));
    QCOMPARE(accessible(value(Band::LoggedRow, Band::WeekColumn), QAccessible::Name),
             QStringLiteral("23:20"));
    QCOMPARE(accessible(value(Band::DifferenceRow, Band::WeekColumn), QAccessible::Name),
             QStringLiteral("+0:25"));
    // Found by description, as automation does.
    int found = 0;
    const QList<QLabel *> labels = band()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->accessibleDescription() == QStringLiteral("Booked total")) {
            QCOMPARE(label->accessibleName(), QStringLiteral("23:20"));
            ++found;
        }
    }
    QCOMPARE(found, 1);
}

void TestWeekPresenceBand::valuesSitUnderTheirDayColumns()
{
    auto *grid = qobject_cast<QTableView *>(m_view->gridView());
    QHeaderView *header = grid->horizontalHeader();
    auto check = [&] {
        for (int column = 0; column <= WeekPresenceBand::WeekColumn; ++column) {
            const int section = column == WeekPresenceBand::WeekColumn
                                    ? int(WeekGridModel::TotalColumn)
                                    : WeekGridModel::MondayColumn + column;
            const int headerX =
                grid->viewport()
                    ->mapTo(m_view, QPoint(header->sectionViewportPosition(section), 0))
                    .x();
            for (int row = 0; row < WeekPresenceBand::RowCount; ++row) {
                QLabel *label = value(WeekPresenceBand::Row(row), column);
                QCOMPARE(label->mapTo(m_view, QPoint(0, 0)).x(), headerX);
                QCOMPARE(label->width(), header->sectionSize(section));
            }
        }
    };
    check();
    // Narrower: the day columns give way, the band follows.
    m_view->resize(640, 400);
    QCoreApplication::processEvents();
    check();
    // Under the grid, all three rows fully on screen.
    QVERIFY(band()->geometry().top() >= grid->geometry().bottom());
    QVERIFY(band()->height() >= 3 * grid->verticalHeader()->defaultSectionSize());
}

void TestWeekPresenceBand::openPresenceUpdatesLiveOnTheViewsTick()
{
    using Band = WeekPresenceBand;
    // Clocked in at 08:05 today (Friday), 1:00 logged; now 12:15.
    QList<LocalPresence> week;
    for (int row = 0; row < m_presences->rowCount(); ++row)
        week << m_presences->presenceAt(row);
    week << presence(9, friday, "08:05");
    m_presences->setPresences(monday, monday.addDays(6), week);
    m_grid->setWeek(monday, {TestActivities::stored(1, monday, hm(7, 10)),
                             TestActivities::stored(5, friday, hm(1, 0))});
    QCOMPARE(value(Band::PresentRow, 4)->text(), QStringLiteral("● 4:10"));
    QCOMPARE(accessible(value(Band::PresentRow, 4), QAccessible::Name), QStringLiteral("4:10"));
    QVERIFY(accessible(value(Band::PresentRow, 4), QAccessible::Description)
                .contains(QStringLiteral("Clocked in since 08:05")));
    // The day runs: its difference so far, not marked.
    QCOMPARE(value(Band::DifferenceRow, 4)->text(), QStringLiteral("+3:10"));
    QVERIFY(!value(Band::DifferenceRow, 4)->font().bold());
    QCOMPARE(value(Band::DifferenceRow, 4)->toolTip(),
             QStringLiteral("Clocked in since 08:05; so far 3:10 not logged yet"));

    // The view's own tick asks the presences to refresh while one is open …
    auto *tick = m_view->findChild<QTimer *>();
    QVERIFY(tick && tick->isActive());
    QSignalSpy refreshed(m_presences, &PresencesModel::totalChanged);
    QTRY_VERIFY(!refreshed.isEmpty());
    // … and the band shows the time as it moves on.
    m_clock->advance(std::chrono::minutes(30));
    QCOMPARE(value(Band::PresentRow, 4)->text(), QStringLiteral("● 4:40"));
    QCOMPARE(value(Band::DifferenceRow, 4)->text(), QStringLiteral("+3:40"));
    QCOMPARE(value(Band::PresentRow, Band::WeekColumn)->text(), QStringLiteral("28:25"));

    // Clocked out: settled, marked, and no more tick for it.
    week.last().presence.to = QTime(12, 45);
    m_presences->setPresences(monday, monday.addDays(6), week);
    QCOMPARE(value(Band::PresentRow, 4)->text(), QStringLiteral("4:40"));
    QCOMPARE(value(Band::DifferenceRow, 4)->text(), band()->standOutMarker() + " +3:40");
    QVERIFY(value(Band::DifferenceRow, 4)->font().bold());
    QVERIFY(!tick->isActive());
}

void TestWeekPresenceBand::followsChangesOfTheWeekInPlace()
{
    using Band = WeekPresenceBand;
    QLabel *mondayDifference = value(Band::DifferenceRow, 0);
    QSignalSpy reset(m_presences, &PresencesModel::modelReset);
    // 0:25 more logged on Monday (a sync, or typing into the grid).
    m_grid->setWeek(monday, {TestActivities::stored(1, monday, hm(7, 35)),
                             TestActivities::stored(2, monday.addDays(1), hm(7, 50)),
                             TestActivities::stored(3, monday.addDays(2), hm(8, 20))});
    QCOMPARE(value(Band::LoggedRow, 0)->text(), QStringLiteral("7:35"));
    QCOMPARE(mondayDifference->text(), QStringLiteral("+0:10"));
    QVERIFY(!mondayDifference->font().bold());
    QCOMPARE(value(Band::LoggedRow, Band::WeekColumn)->text(), QStringLiteral("23:45"));
    QCOMPARE(value(Band::DifferenceRow, Band::WeekColumn)->text(), QStringLiteral("0:00"));
    QCOMPARE(value(Band::DifferenceRow, Band::WeekColumn)->toolTip(), QStringLiteral("All logged"));

    // Tuesday's presence corrected to end at 17:00, in place.
    QList<LocalPresence> week;
    for (int row = 0; row < m_presences->rowCount(); ++row)
        week << m_presences->presenceAt(row);
    week[2].presence.to = QTime(17, 0);
    m_presences->setPresences(monday, monday.addDays(6), week);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(value(Band::PresentRow, 1)->text(), QStringLiteral("9:00"));
    QCOMPARE(value(Band::DifferenceRow, 1)->text(), band()->standOutMarker() + " +1:10");
    QCOMPARE(value(Band::DifferenceRow, 0), mondayDifference); // the same labels, updated
}

void TestWeekPresenceBand::neverClosedDaySaysTheDifferenceIsUnknown()
{
    using Band = WeekPresenceBand;
    // Tuesday: clocked in again at 13:00, never out.
    QList<LocalPresence> week;
    for (int row = 0; row < m_presences->rowCount(); ++row)
        week << m_presences->presenceAt(row);
    week[2].presence.to = QTime(12, 0);
    week << presence(9, monday.addDays(1), "13:00");
    m_presences->setPresences(monday, monday.addDays(6), week);
    QCOMPARE(value(Band::PresentRow, 1)->text(), QStringLiteral("4:00"));
    QCOMPARE(value(Band::DifferenceRow, 1)->text(), QStringLiteral("?"));
    QCOMPARE(accessible(value(Band::DifferenceRow, 1), QAccessible::Name),
             QStringLiteral("unknown"));
    QVERIFY(value(Band::DifferenceRow, 1)->toolTip().contains(QStringLiteral("since 13:00")));
    QVERIFY(!value(Band::DifferenceRow, 1)->font().bold());
    // The week leaves Tuesday out and says so: +0:35 − 0:20.
    QCOMPARE(accessible(value(Band::DifferenceRow, Band::WeekColumn), QAccessible::Name),
             QStringLiteral("+0:15"));
    QVERIFY(value(Band::DifferenceRow, Band::WeekColumn)
                ->toolTip()
                .contains(QStringLiteral("Not counted: Tuesday")));
}

void TestWeekPresenceBand::hiddenWhileTheWeekHasNoPresence()
{
    QVERIFY(band()->isVisible());
    // Another week without presences: nothing to compare, no band.
    m_grid->setWeek(monday.addDays(7), {TestActivities::stored(7, monday.addDays(7), 3600)});
    m_presences->setPresences(monday.addDays(7), monday.addDays(13), {});
    QVERIFY(!band()->isVisible());
    QVERIFY(!band()->balance()->hasPresence());
    // Clocking in brings it.
    m_presences->setPresences(monday.addDays(7), monday.addDays(13),
                              {presence(1, monday.addDays(7), "09:00", "10:00")});
    QVERIFY(band()->isVisible());
    QCOMPARE(value(WeekPresenceBand::DifferenceRow, 0)->text(), QStringLiteral("0:00"));
    // Without a presences model (not wired): no band.
    m_view->setPresences(nullptr, nullptr);
    QVERIFY(!band()->isVisible());
}

QTEST_MAIN(TestWeekPresenceBand)
#include "tst_weekpresenceband.moc"
