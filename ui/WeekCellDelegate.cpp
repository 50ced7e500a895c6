// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekCellDelegate.h"

#include "core/models/DisplayFormat.h"
#include "core/models/DurationParser.h"
#include "core/models/ItemDataRole.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QToolTip>

namespace {
const char *const IndexProperty = "weekCellIndex";

// An emptied cell means "no time on this day"; anything else goes through
// the one duration parser.
DurationParser::Result parseCell(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        DurationParser::Result zero;
        zero.ok = true;
        return zero;
    }
    return DurationParser::parse(text);
}
} // namespace

WeekCellDelegate::WeekCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void WeekCellDelegate::setToday(const QDate &today)
{
    m_today = today;
}

bool WeekCellDelegate::isToday(const QModelIndex &index) const
{
    return m_today.isValid() && index.data(ItemDataRole::CellDate).toDate() == m_today;
}

bool WeekCellDelegate::isOpenEditor(const QWidget *widget) const
{
    // The view takes this delegate's event filter off an editor it closes.
    return widget && widget->property(IndexProperty).isValid() && widget->isVisible();
}

void WeekCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (isToday(index)) {
        // A tint of the selection colour reads as "current" in light and dark
        // palettes alike, and a selected cell still shows its own highlight.
        QColor tint = option->palette.color(QPalette::Highlight);
        tint.setAlpha(48);
        option->backgroundBrush = tint;
    }
    if (index.row() == index.model()->rowCount(index.parent()) - 1)
        option->font.setBold(true);
    const QVariant seconds = index.data(ItemDataRole::Seconds);
    if (seconds.isValid() && seconds.toLongLong() == 0) {
        const QColor muted = option->palette.color(QPalette::PlaceholderText);
        option->palette.setColor(QPalette::Text, muted);
    }
    if (index.data(ItemDataRole::IsRunning).toBool() && !option->text.isEmpty()) {
        //: A week-grid cell with a running timer, e.g. "● 1:07"
        option->text = tr("● %1").arg(option->text);
    }
}

QWidget *WeekCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    Q_UNUSED(option)
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setProperty(IndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    const QDate date = index.data(ItemDataRole::CellDate).toDate();
    //: Accessible name of a week-grid cell editor, e.g. "Duration on Monday, 23 November 2026"
    editor->setAccessibleName(
        tr("Duration on %1").arg(QLocale().toString(date, QLocale::LongFormat)));
    editor->setToolTip(DurationParser::tr("Enter a duration, for example 1:30, 1.5 or 90m."));
    return editor;
}

void WeekCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line || line->isModified())
        return; // a re-feed of the cell (a sync, a timer's tick) keeps what is typed
    // A cell that already says h:mm starts from that; a blank day starts blank.
    const qint64 seconds = index.data(ItemDataRole::Seconds).toLongLong();
    line->setText(seconds > 0 ? DisplayFormat::hoursMinutes(seconds) : QString());
    line->selectAll();
}

void WeekCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return;
    auto *self = const_cast<WeekCellDelegate *>(this);
    const DurationParser::Result parsed = parseCell(line->text());
    if (!parsed.ok) {
        emit self->inputRejected(index, line->text(), parsed.error);
        return;
    }
    // Before setData: a refusal the model reports from inside it must win.
    emit self->inputAccepted(index);
    model->setData(index, parsed.seconds, Qt::EditRole);
}

bool WeekCellDelegate::rejectInvalid(QWidget *editor, bool showToolTip) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return false;
    const DurationParser::Result parsed = parseCell(line->text());
    if (parsed.ok) {
        line->setToolTip(DurationParser::tr("Enter a duration, for example 1:30, 1.5 or 90m."));
        line->setAccessibleDescription(QString());
        return false;
    }
    line->setToolTip(parsed.error);
    line->setAccessibleDescription(parsed.error);
    if (showToolTip && line->isVisible())
        QToolTip::showText(line->mapToGlobal(QPoint(0, line->height())), parsed.error, line);
    const auto index = line->property(IndexProperty).value<QPersistentModelIndex>();
    emit const_cast<WeekCellDelegate *>(this)->inputRejected(index, line->text(), parsed.error);
    return true;
}

bool WeekCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            // Committing would drop what was typed: keep the editor open.
            if (rejectInvalid(editor, true))
                return true;
            break;
        default:
            break;
        }
    } else if (editor && event->type() == QEvent::FocusOut) {
        // Focus moving to another widget leaves an unreadable entry open and
        // visible rather than committing (and losing) it: the line edit still
        // sees its focus-out, the delegate's commit-and-close does not run.
        if (rejectInvalid(editor, false))
            return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
