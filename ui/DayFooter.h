// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class DaySummary;
class QLabel;

// The day view's bottom line: "Present 4:10 · Logged 3:22 · 0:48 not logged
// yet" (just "Logged 3:22" without presences), one label per number. Each
// label keeps its text as its accessible name (a screen reader reads the
// numbers) and says what it is in its description: "Presence total",
// "Booked total", "Difference". The presence's span is its tooltip.
class DayFooter : public QWidget
{
    Q_OBJECT
public:
    explicit DayFooter(QWidget *parent = nullptr);

    void setSummary(const DaySummary &summary);
    // The whole line as shown.
    QString text() const;
    QLabel *presentLabel() const { return m_present; }
    QLabel *loggedLabel() const { return m_logged; }
    QLabel *differenceLabel() const { return m_difference; }

private:
    QLabel *m_present;
    QLabel *m_logged;
    QLabel *m_difference;
    QLabel *m_firstSeparator;
    QLabel *m_secondSeparator;
    QString m_text;
};
