// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountMenu.h"

AccountMenu::AccountMenu(QWidget *parent)
    : QMenu(tr("&Account"), parent)
    , m_actAs(addAction(tr("&Act as…")))
    , m_backToMyself(addAction(tr("&Back to myself")))
    , m_signOut(addAction(tr("Sign &out")))
{
    setObjectName(QStringLiteral("accountMenu"));
    m_actAs->setObjectName(QStringLiteral("actAsAction"));
    m_backToMyself->setObjectName(QStringLiteral("backToMyselfAction"));
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(m_actAs, &QAction::triggered, this, &AccountMenu::actAsRequested);
    connect(m_backToMyself, &QAction::triggered, this, &AccountMenu::backToMyselfRequested);
    connect(m_signOut, &QAction::triggered, this, &AccountMenu::signOutRequested);
    update();
}

void AccountMenu::setSignOutAvailable(bool available)
{
    m_signOutAvailable = available;
    update();
}

void AccountMenu::setActAsAvailable(bool available)
{
    m_actAsAvailable = available;
    update();
}

void AccountMenu::setActingAs(const QString &name)
{
    m_actingAs = name;
    update();
}

void AccountMenu::update()
{
    m_actAs->setVisible(m_actAsAvailable);
    m_backToMyself->setVisible(m_actAsAvailable && !m_actingAs.isEmpty());
    m_signOut->setVisible(m_signOutAvailable);
    menuAction()->setVisible(m_signOutAvailable || m_actAsAvailable);
}
