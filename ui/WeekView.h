// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPoint>
#include <QPointer>
#include <QWidget>

class Clock;
class PresencesModel;
class QAbstractItemView;
class QLabel;
class QTableView;
class QTimer;
class WeekCellDelegate;
class WeekGridModel;
class WeekPresenceBand;

// The week grid: rows = project · task · description, columns Monday–Sunday
// and the total, the day totals at the bottom (WeekGridModel). Typing a
// duration into a day cell asks the model to plan the change; what cannot be
// read or is refused stays visible in a message under the grid until the
// next edit. Enter or a double-click on a day's header or total opens that
// day (dayActivated). Under the grid, the presence band (WeekPresenceBand)
// compares each day's presence with its logged time.
//
// Going away with a cell editor open (the window closes, the app quits)
// saves what was typed, as leaving the cell would: a user's typing is not
// lost silently. An entry that cannot be read cannot be saved; it goes.
class WeekView : public QWidget
{
    Q_OBJECT
public:
    explicit WeekView(WeekGridModel *model, QWidget *parent = nullptr);
    ~WeekView() override;

    // The presences of the shown week (Monday–Sunday) for the presence band;
    // clock tells now for an open presence. While one is open today, the
    // view's own tick calls presences->refreshElapsed() as it does for a
    // running timer. nullptr: no band.
    void setPresences(PresencesModel *weekPresences, const Clock *clock);
    WeekPresenceBand *presenceBand() const { return m_band; }

    void setToday(const QDate &today);
    QAbstractItemView *gridView() const;

    // The message under the grid (why an entry was not taken); empty when none.
    QString messageText() const;
    bool isShowingEmptyState() const;
    WeekCellDelegate *cellDelegate() const { return m_delegate; }

signals:
    void dayActivated(const QDate &date);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onActivated(const QModelIndex &index);
    void onHeaderDoubleClicked(int section);
    void onInputRejected(const QModelIndex &index, const QString &text, const QString &error);
    void onChangeRefused(const QModelIndex &index, const QString &reason);
    void onModelReset();
    void onRowsChanged();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void fitChangedCells();
    void showMessage(const QModelIndex &index, const QString &message);
    void clearMessage();
    void updateTick();
    void onTick();
    void fitColumns();
    bool hasRunningTimer() const;
    bool isClockedInToday() const;
    void commitOpenEditor();

    WeekGridModel *m_model;
    QTableView *m_view;
    WeekCellDelegate *m_delegate;
    QLabel *m_emptyState;
    QLabel *m_message;
    WeekPresenceBand *m_band;
    QPointer<PresencesModel> m_presences;
    QTimer *m_tick;
    QDate m_messageWeek;          // the Monday of the week the message speaks of
    QList<QPoint> m_changedCells; // column, row: cells to measure after a re-feed
    bool m_fitPending = false;
};
