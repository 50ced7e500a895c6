// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInPrompt.h"

#include "SignInDialog.h"
#include "core/services/AccountSession.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSignInPrompt, "mocotrack.ui.signin", QtInfoMsg)

SignInPrompt::SignInPrompt(AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

SignInPrompt::~SignInPrompt()
{
    delete m_dialog;
}

void SignInPrompt::show(const QString &message)
{
    if (m_dialog) {
        if (!message.isEmpty())
            m_dialog->setMessage(message);
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new SignInDialog(m_session);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session->account().isValid()) {
        dialog->setDomain(m_session->account().domain());
        dialog->setEmail(m_session->account().email);
    }
    dialog->setMessage(message);
    connect(dialog, &QDialog::finished, this, [this] {
        if (!m_session->isSignedIn())
            emit abandoned();
    });
    m_dialog = dialog;
    dialog->show();
    qCDebug(lcSignInPrompt) << "sign-in dialog shown";
}

void SignInPrompt::close()
{
    if (!m_dialog)
        return;
    disconnect(m_dialog, &QDialog::finished, this, nullptr);
    m_dialog->close();
}

QWidget *SignInPrompt::dialog() const
{
    return m_dialog;
}
