// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityRowDelegate.h"

#include "core/models/DayTreeModel.h"
#include "core/models/ItemDataRole.h"

#include <QApplication>
#include <QFile>
#include <QStyle>

ActivityRowDelegate::ActivityRowDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_warning(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{
    // The theme's lock where there is one; the app's own otherwise (its
    // resources are linked into the application, not into every test).
    const QString own = QStringLiteral(":/icons/lock.svg");
    m_lock = QIcon::fromTheme(QStringLiteral("object-locked"),
                              QFile::exists(own) ? QIcon(own) : QIcon());
}

void ActivityRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (DayTreeModel::isCustomerRow(index)) {
        option->font.setBold(true);
        return;
    }
    if (index.data(ItemDataRole::IsRunning).toBool()) {
        option->font.setBold(true);
        if (index.column() == DayTreeModel::DurationColumn)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
    }
    if (index.column() != DayTreeModel::ProjectTaskColumn)
        return;
    QIcon icon;
    if (index.data(ItemDataRole::NeedsAttention).toBool())
        icon = m_warning;
    else if (index.data(ItemDataRole::IsBilled).toBool())
        icon = m_lock;
    if (!icon.isNull()) {
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}
