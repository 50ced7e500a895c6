// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class DaySummary;
class QLabel;

// The day view's bottom line: "Logged 3:22 · Present 4:10 (08:05–) · 0:48
// not logged yet". The label keeps its text as its accessible name (a screen
// reader reads the numbers) and says what it is in its description.
class DayFooter : public QWidget
{
    Q_OBJECT
public:
    explicit DayFooter(QWidget *parent = nullptr);

    void setSummary(const DaySummary &summary);
    QString text() const;
    QLabel *label() const { return m_label; }

private:
    QLabel *m_label;
};
