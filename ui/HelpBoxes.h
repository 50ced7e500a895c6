// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QWidget;

// The Help menu's boxes. Opened, not exec()'d: no nested event loop.
class HelpBoxes
{
    Q_DECLARE_TR_FUNCTIONS(HelpBoxes)
public:
    // The window's actions with their shortcuts, then the keys of the lists.
    static void showShortcuts(QWidget *parent, const QList<QAction *> &actions);
    static void showAbout(QWidget *parent);
};
