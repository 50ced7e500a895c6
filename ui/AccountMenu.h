// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

// The main window's Account menu: "Act as…" (staff only), "Back to myself"
// (while acting as someone) and "Sign out" (not in demo mode). The menu
// itself is hidden while it would be empty.
class AccountMenu : public QMenu
{
    Q_OBJECT
public:
    explicit AccountMenu(QWidget *parent = nullptr);

    void setSignOutAvailable(bool available);
    void setActAsAvailable(bool available);
    void setActingAs(const QString &name); // empty = as oneself

signals:
    void actAsRequested();
    void backToMyselfRequested();
    void signOutRequested();

private:
    void update();

    QAction *m_actAs;
    QAction *m_backToMyself;
    QAction *m_signOut;
    bool m_signOutAvailable = false;
    bool m_actAsAvailable = false;
    QString m_actingAs;
};
