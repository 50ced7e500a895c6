// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QCalendarWidget;
class QLabel;
class QToolButton;

// The navigation row above the day and week views:
// [Previous] [Today] [Next]  date label  [Choose date]  [Day|Week]  [Refresh].
// It shows what it is told (setDate) and forwards intent as signals; the
// window owns the shown period and the keyboard shortcuts (its QActions), so
// the buttons' tooltips only mention them.
class DateNavigator : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Day, Week };
    Q_ENUM(Mode)

    explicit DateNavigator(QWidget *parent = nullptr);

    // Day: "Thursday, 27 November 2026"; week: "Week 48 · 23–29 November 2026".
    void setDate(const QDate &date, Mode mode, const QDate &today);
    QDate date() const { return m_date; }
    Mode mode() const { return m_mode; }
    QString labelText() const;

    // Opens the calendar popup (the window may bind a shortcut to it).
    void openDatePicker();
    QCalendarWidget *datePicker() const { return m_calendar; }

    static QString weekText(const QDate &date);

signals:
    void previousRequested();
    void nextRequested();
    void todayRequested();
    void dateChosen(const QDate &date); // from the date picker
    void modeRequested(DateNavigator::Mode mode);
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *addButton(const QString &objectName);
    void onModeClicked(int id);
    void onCalendarPicked(const QDate &date);
    void retranslate();
    void updateLabel();

    QToolButton *m_previous;
    QToolButton *m_todayButton;
    QToolButton *m_next;
    QLabel *m_label;
    QToolButton *m_pick;
    QToolButton *m_dayView;
    QToolButton *m_weekView;
    QToolButton *m_refresh;
    QButtonGroup *m_modes;
    QCalendarWidget *m_calendar;
    QDate m_date;
    QDate m_today;
    Mode m_mode = Mode::Day;
};
