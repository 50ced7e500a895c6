// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStyledItemDelegate>

// Draws and edits the week grid's cells (WeekGridModel): today's column on a
// palette-tinted background, the totals row bold, empty days in muted text.
// A day cell edits in a line edit that takes everything DurationParser
// reads; an entry it cannot read keeps the editor open with the parser's
// message (inputRejected), so nothing typed is lost.
class WeekCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WeekCellDelegate(QObject *parent = nullptr);

    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    bool isToday(const QModelIndex &index) const;
    // An editor this delegate made that the view has not closed yet.
    bool isOpenEditor(const QWidget *widget) const;

    // Public so tests can read how a cell is styled without comparing pixels.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    // The text of an editor could not be read as a duration; error is the
    // parser's translated message.
    void inputRejected(const QModelIndex &index, const QString &text, const QString &error);
    // A readable duration was handed to the model (which may still refuse it).
    void inputAccepted(const QModelIndex &index);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    bool rejectInvalid(QWidget *editor, bool showToolTip) const;

    QDate m_today;
};
