// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

// Looks of the day view's rows (DayTreeModel): customer rows and the running
// activity in bold, the running duration in the palette's link colour, a lock
// on billed rows and a warning on rows MOCO refused. Core models carry only
// the flags (IsBilled, NeedsAttention, IsRunning); the icons live here.
class ActivityRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ActivityRowDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_lock;
    QIcon m_warning;
};
