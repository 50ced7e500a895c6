// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceTimeDelegate.h"

#include <QLineEdit>

QWidget *PresenceTimeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    Q_UNUSED(option);
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("presenceCellEditor"));
    // "From" or "To", as the column says: what a screen reader announces.
    edit->setAccessibleName(
        index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
    //: Placeholder of a time field; keep the letters for hours and minutes of your language
    edit->setPlaceholderText(tr("HH:MM"));
    edit->setFrame(false);
    edit->setMaxLength(5);
    return edit;
}

void PresenceTimeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QLineEdit *>(editor);
    edit->setText(index.data(Qt::EditRole).toString());
    edit->selectAll();
}

void PresenceTimeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
}
