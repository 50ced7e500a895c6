// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnsentChangesPrompt.h"

#include "UnsentChangesDialog.h"
#include "core/services/AccountSession.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUnsentPrompt, "mocotrack.ui.unsent", QtInfoMsg)

UnsentChangesPrompt::UnsentChangesPrompt(AccountSession *session, QWidget *dialogParent,
                                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_gate(session->gate())
    , m_dialogParent(dialogParent)
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &UnsentChangesPrompt::updateDialog);
    connect(m_gate, &UnsentChangesGate::askUser, this, &UnsentChangesPrompt::showDialog);
    connect(m_gate, &UnsentChangesGate::progressChanged, this, &UnsentChangesPrompt::updateDialog);
    connect(m_gate, &UnsentChangesGate::askingEnded, this, &UnsentChangesPrompt::closeDialog);
    connect(m_gate, &UnsentChangesGate::mayLeave, this, &UnsentChangesPrompt::onMayLeave,
            Qt::QueuedConnection);
}

UnsentChangesPrompt::~UnsentChangesPrompt()
{
    delete m_dialog;
}

void UnsentChangesPrompt::request(UnsentChangesGate::Leaving leaving)
{
    if (m_session->isDemo())
        emit quitConfirmed();
    else
        m_gate->request(leaving);
}

void UnsentChangesPrompt::showDialog()
{
    if (!m_dialog) {
        m_dialog = new UnsentChangesDialog(m_gate->leaving(), m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Gone for this class as soon as it closes (it is deleted later).
        connect(m_dialog, &QDialog::finished, this, [this] {
            m_dialog = nullptr;
            m_tick->stop();
        });
        connect(m_dialog, &UnsentChangesDialog::sendFirstRequested, m_gate,
                &UnsentChangesGate::sendFirst);
        connect(m_dialog, &UnsentChangesDialog::leaveRequested, m_gate, &UnsentChangesGate::leave);
        connect(m_dialog, &UnsentChangesDialog::cancelRequested, m_gate,
                &UnsentChangesGate::cancel);
        qCDebug(lcUnsentPrompt) << "asking about" << m_gate->concerned().size()
                                << "unsent change(s)";
    }
    updateDialog();
    m_tick->start();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void UnsentChangesPrompt::updateDialog()
{
    if (!m_dialog)
        return;
    m_dialog->setChanges(m_gate->concerned());
    m_dialog->setProgress(m_gate->isSending(), m_gate->progressText());
}

void UnsentChangesPrompt::closeDialog()
{
    if (!m_dialog)
        return;
    // Closed by the gate, not the user: not a Cancel.
    disconnect(m_dialog, nullptr, m_gate, nullptr);
    m_dialog->close();
    m_dialog = nullptr;
    m_tick->stop();
}

void UnsentChangesPrompt::onMayLeave(UnsentChangesGate::Leaving leaving,
                                     UnsentChangesGate::Disposition disposition)
{
    switch (leaving) {
    case UnsentChangesGate::Leaving::SignOut:
        emit signOutConfirmed();
        break;
    case UnsentChangesGate::Leaving::BackToMyself:
        emit backToMyselfConfirmed(disposition);
        break;
    case UnsentChangesGate::Leaving::Quit:
        emit quitConfirmed();
        break;
    }
}
