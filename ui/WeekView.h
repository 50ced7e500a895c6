// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPoint>
#include <QWidget>

class QAbstractItemView;
class QLabel;
class QTableView;
class QTimer;
class WeekCellDelegate;
class WeekGridModel;

// The week grid: rows = project · task · description, columns Monday–Sunday
// and the total, the day totals at the bottom (WeekGridModel). Typing a
// duration into a day cell asks the model to plan the change; what cannot be
// read or is refused stays visible in a message under the grid until the
// next edit. Enter or a double-click on a day's header or total opens that
// day (dayActivated).
class WeekView : public QWidget
{
    Q_OBJECT
public:
    explicit WeekView(WeekGridModel *model, QWidget *parent = nullptr);

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
    void fitColumns();
    bool hasRunningTimer() const;

    WeekGridModel *m_model;
    QTableView *m_view;
    WeekCellDelegate *m_delegate;
    QLabel *m_emptyState;
    QLabel *m_message;
    QTimer *m_tick;
    QDate m_messageWeek;          // the Monday of the week the message speaks of
    QList<QPoint> m_changedCells; // column, row: cells to measure after a re-feed
    bool m_fitPending = false;
};
