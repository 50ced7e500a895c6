// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActAsOffer.h"

#include "ActAsDialog.h"
#include "core/services/AccountSession.h"

ActAsOffer::ActAsOffer(AccountSession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    connect(m_session, &AccountSession::colleaguesChanged, this, &ActAsOffer::onColleaguesChanged);
}

ActAsOffer::~ActAsOffer()
{
    delete m_dialog;
}

void ActAsOffer::onColleaguesChanged()
{
    // The session ended, or the list changed: a dialog over the old list goes.
    delete m_dialog;
    emit availableChanged(!m_session->colleagues().isEmpty());
}

void ActAsOffer::choose()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    if (m_session->colleagues().isEmpty())
        return;
    m_dialog = new ActAsDialog(m_session->colleagues(), m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ActAsDialog::chosen, m_session, &AccountSession::actAs);
    m_dialog->open();
}
