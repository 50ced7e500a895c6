// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/WeekBalance.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>

class Clock;
class QLabel;
class QModelIndex;
class QTableView;
class PresencesModel;
class WeekGridModel;

// Under the week grid: "Present", "Logged" and "Difference" for each day
// and the week, each value under its day's column of the grid (WeekBalance
// computes them). A day more than 15 minutes off stands out by a marker and
// bold text, not by colour alone, and its tooltip and accessible
// description say what is off ("0:35 not logged yet"). Each value is read
// as its number; the week's three carry the descriptions "Presence total",
// "Booked total" and "Difference".
//
// It follows the presences model (rows, data, totalChanged: live while
// clocked in, when something calls its refreshElapsed()) and the grid's
// totals row, and recomputes only then. A week without any presence hides
// the band: accounts that do not record presences see nothing new, and the
// band comes as soon as the user clocks in.
class WeekPresenceBand : public QWidget
{
    Q_OBJECT
public:
    enum Row { PresentRow, LoggedRow, DifferenceRow, RowCount };
    static constexpr int WeekColumn = 7; // after the days 0 (Monday) … 6

    WeekPresenceBand(QTableView *grid, WeekGridModel *model, QWidget *parent = nullptr);

    // The presences of the grid's week; nullptr hides the band.
    void setPresences(PresencesModel *presences, const Clock *clock);
    PresencesModel *presences() const;

    // What is shown; nullopt without presences. For the view and tests.
    const std::optional<WeekBalance> &balance() const { return m_balance; }
    QLabel *valueLabel(Row row, int column) const { return m_values.at(row).at(column); }
    QLabel *titleLabel(Row row) const { return m_titles.at(row); }

    // The marker before a difference that stands out.
    QString standOutMarker() const;

    void refresh();

    // The width a grid section needs so that this band's values in it are not
    // clipped (a marked difference in bold is wider than the cells above);
    // 0 while hidden. column: 0 (Monday) … 6, or WeekColumn.
    int widthHint(int column) const;

signals:
    // A value got wider than its section: the view fits its columns again.
    void widthHintGrew();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onGridDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void placeLabels();
    void updateHeight();
    void showDay(int index);
    void showWeek();
    void setValue(Row row, int column, const QString &text, const QString &accessibleName,
                  const QString &description, bool marked, bool muted);
    int rowHeight() const;
    int textMargin() const;
    static int sectionOf(int column);

    QTableView *m_grid;
    WeekGridModel *m_model;
    QPointer<PresencesModel> m_presences;
    const Clock *m_clock = nullptr;
    std::array<QLabel *, RowCount> m_titles{};
    std::array<std::array<QLabel *, 8>, RowCount> m_values{};
    std::optional<WeekBalance> m_balance;
};
