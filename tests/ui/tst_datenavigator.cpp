// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateNavigator.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using Mode = DateNavigator::Mode;

class TestDateNavigator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void labelShowsTheDayOrTheWeek_data();
    void labelShowsTheDayOrTheWeek();
    void labelIsReadAsItsText();
    void buttonsAskForNavigation();
    void modeButtonsFollowTheShownMode();
    void tooltipsNameTheShortcuts();
    void buttonsAreNamedForAssistiveTechnology();
    void datePickerChoosesADate();
    void escapeClosesTheDatePickerWithoutChoosing();

private:
    QAbstractButton *button(const QString &accessibleName) const;
    QLabel *dateLabel() const;

    DateNavigator *m_navigator = nullptr;
};

void TestDateNavigator::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestDateNavigator::init()
{
    m_navigator = new DateNavigator;
    m_navigator->setDate(QDate(2026, 11, 27), Mode::Day, QDate(2026, 11, 27));
    m_navigator->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_navigator));
}

void TestDateNavigator::cleanup()
{
    delete m_navigator;
    QLocale::setDefault(QLocale::c());
}

QAbstractButton *TestDateNavigator::button(const QString &accessibleName) const
{
    const QList<QAbstractButton *> buttons = m_navigator->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->accessibleName() == accessibleName)
            return b;
    }
    return nullptr;
}

QLabel *TestDateNavigator::dateLabel() const
{
    return m_navigator->findChild<QLabel *>(QStringLiteral("dateLabel"));
}

void TestDateNavigator::labelShowsTheDayOrTheWeek_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("expected");
    const QString c = QStringLiteral("C");
    QTest::newRow("day") << c << QDate(2026, 11, 27) << Mode::Day
                         << QStringLiteral("Friday, 27 November 2026");
    QTest::newRow("week, from a Friday") << c << QDate(2026, 11, 27) << Mode::Week
                                         << QStringLiteral("Week 48 · 23–29 November 2026");
    QTest::newRow("week, from its Sunday") << c << QDate(2026, 11, 29) << Mode::Week
                                           << QStringLiteral("Week 48 · 23–29 November 2026");
    QTest::newRow("week across two months")
        << c << QDate(2026, 12, 2) << Mode::Week
        << QStringLiteral("Week 49 · 30 November–6 December 2026");
    QTest::newRow("week across the new year (ISO week 53)")
        << c << QDate(2027, 1, 1) << Mode::Week
        << QStringLiteral("Week 53 · 28 December 2026–3 January 2027");
    QTest::newRow("German day") << QStringLiteral("de_DE") << QDate(2026, 11, 27) << Mode::Day
                                << QStringLiteral("Freitag, 27. November 2026");
    QTest::newRow("German week") << QStringLiteral("de_DE") << QDate(2026, 11, 27) << Mode::Week
                                 << QStringLiteral("Week 48 · 23.–29. November 2026");
    QTest::newRow("US week") << QStringLiteral("en_US") << QDate(2026, 11, 27) << Mode::Week
                             << QStringLiteral("Week 48 · November 23–29, 2026");
    QTest::newRow("US week across two months")
        << QStringLiteral("en_US") << QDate(2026, 12, 2) << Mode::Week
        << QStringLiteral("Week 49 · November 30–December 6, 2026");
}

void TestDateNavigator::labelShowsTheDayOrTheWeek()
{
    QFETCH(QString, locale);
    QFETCH(QDate, date);
    QFETCH(Mode, mode);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(locale));
    m_navigator->setDate(date, mode, QDate(2026, 11, 27));
    QCOMPARE(m_navigator->labelText(), expected);
    QCOMPARE(dateLabel()->text(), expected);
    QCOMPARE(m_navigator->date(), date);
    QCOMPARE(m_navigator->mode(), mode);
}

void TestDateNavigator::labelIsReadAsItsText()
{
    m_navigator->setDate(QDate(2026, 11, 27), Mode::Week, QDate(2026, 11, 27));
    QAccessibleInterface *label = QAccessible::queryAccessibleInterface(dateLabel());
    QVERIFY(label);
    QCOMPARE(label->text(QAccessible::Name), QStringLiteral("Week 48 · 23–29 November 2026"));
    QVERIFY(!label->text(QAccessible::Description).isEmpty());
}

void TestDateNavigator::buttonsAskForNavigation()
{
    QSignalSpy previous(m_navigator, &DateNavigator::previousRequested);
    QSignalSpy next(m_navigator, &DateNavigator::nextRequested);
    QSignalSpy today(m_navigator, &DateNavigator::todayRequested);
    QSignalSpy refresh(m_navigator, &DateNavigator::refreshRequested);

    QTest::mouseClick(button(QStringLiteral("Previous")), Qt::LeftButton);
    QCOMPARE(previous.size(), 1);
    QTest::mouseClick(button(QStringLiteral("Next")), Qt::LeftButton);
    QCOMPARE(next.size(), 1);
    QTest::mouseClick(button(QStringLiteral("Today")), Qt::LeftButton);
    QCOMPARE(today.size(), 1);
    // Keyboard: a focused button presses with Space.
    QAbstractButton *refreshButton = button(QStringLiteral("Refresh"));
    refreshButton->setFocus();
    QTest::keyClick(refreshButton, Qt::Key_Space);
    QCOMPARE(refresh.size(), 1);
    QCOMPARE(previous.size(), 1);
    QCOMPARE(next.size(), 1);
}

void TestDateNavigator::modeButtonsFollowTheShownMode()
{
    QSignalSpy mode(m_navigator, &DateNavigator::modeRequested);
    QAbstractButton *day = button(QStringLiteral("Day view"));
    QAbstractButton *week = button(QStringLiteral("Week view"));
    QVERIFY(day->isCheckable() && week->isCheckable());
    QVERIFY(day->isChecked());
    QVERIFY(!week->isChecked());

    QTest::mouseClick(day, Qt::LeftButton); // already there: nothing to ask
    QCOMPARE(mode.size(), 0);
    QTest::mouseClick(week, Qt::LeftButton);
    QCOMPARE(mode.size(), 1);
    QCOMPARE(mode.first().first().value<Mode>(), Mode::Week);

    // The window switches (here by a shortcut) and tells the navigator.
    m_navigator->setDate(QDate(2026, 11, 27), Mode::Week, QDate(2026, 11, 27));
    QVERIFY(week->isChecked());
    QVERIFY(!day->isChecked());
    m_navigator->setDate(QDate(2026, 11, 27), Mode::Day, QDate(2026, 11, 27));
    QVERIFY(day->isChecked());
    QVERIFY(!week->isChecked());
}

void TestDateNavigator::tooltipsNameTheShortcuts()
{
    QVERIFY(button(QStringLiteral("Previous"))->toolTip().contains(QStringLiteral("Alt+Left")));
    QVERIFY(button(QStringLiteral("Previous"))->toolTip().contains(QStringLiteral("day")));
    QVERIFY(button(QStringLiteral("Next"))->toolTip().contains(QStringLiteral("Alt+Right")));
    QVERIFY(button(QStringLiteral("Today"))->toolTip().contains(QStringLiteral("Ctrl+T")));
    QVERIFY(button(QStringLiteral("Day view"))->toolTip().contains(QStringLiteral("Ctrl+1")));
    QVERIFY(button(QStringLiteral("Week view"))->toolTip().contains(QStringLiteral("Ctrl+2")));
    QVERIFY(button(QStringLiteral("Refresh"))->toolTip().contains(QStringLiteral("F5")));
    m_navigator->setDate(QDate(2026, 11, 27), Mode::Week, QDate(2026, 11, 27));
    QVERIFY(button(QStringLiteral("Previous"))->toolTip().contains(QStringLiteral("week")));
    QVERIFY(button(QStringLiteral("Next"))->toolTip().contains(QStringLiteral("week")));
}

void TestDateNavigator::buttonsAreNamedForAssistiveTechnology()
{
    const QStringList names{QStringLiteral("Previous"), QStringLiteral("Today"),
                            QStringLiteral("Next"),     QStringLiteral("Choose date"),
                            QStringLiteral("Day view"), QStringLiteral("Week view"),
                            QStringLiteral("Refresh")};
    for (const QString &name : names) {
        QAbstractButton *b = button(name);
        QVERIFY2(b, qPrintable(name));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(b);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), name);
        QVERIFY2(b->focusPolicy() & Qt::TabFocus, qPrintable(name)); // reachable by Tab
    }
}

void TestDateNavigator::datePickerChoosesADate()
{
    QSignalSpy chosen(m_navigator, &DateNavigator::dateChosen);
    QTest::mouseClick(button(QStringLiteral("Choose date")), Qt::LeftButton);
    QCalendarWidget *calendar = m_navigator->datePicker();
    QVERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2026, 11, 27)); // opens on the shown date
    QVERIFY(QTest::qWaitForWindowExposed(calendar));

    // Keyboard: one week down, Enter.
    QWidget *grid = QApplication::focusWidget();
    QVERIFY(grid && (grid == calendar || calendar->isAncestorOf(grid)));
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(calendar->selectedDate(), QDate(2026, 12, 4));
    QCOMPARE(chosen.size(), 0);
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toDate(), QDate(2026, 12, 4));
    QVERIFY(!calendar->isVisible());
}

void TestDateNavigator::escapeClosesTheDatePickerWithoutChoosing()
{
    QSignalSpy chosen(m_navigator, &DateNavigator::dateChosen);
    m_navigator->openDatePicker();
    QCalendarWidget *calendar = m_navigator->datePicker();
    QVERIFY(QTest::qWaitForWindowExposed(calendar));
    QWidget *grid = QApplication::focusWidget();
    QVERIFY(grid);
    QTest::keyClick(grid, Qt::Key_Escape);
    QTRY_VERIFY(!calendar->isVisible());
    QCOMPARE(chosen.size(), 0);
}

QTEST_MAIN(TestDateNavigator)
#include "tst_datenavigator.moc"
