// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/UnsentChangesGate.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class AccountSession;
class UnsentChangesDialog;
class QWidget;

// The face of UnsentChangesGate: the ways out of a session that could lose
// unsent work — sign out, back to myself, quit — are asked through here;
// when the gate wants the user's word it shows an UnsentChangesDialog, and
// the confirmed ways out come back as signals. The demo keeps nothing and
// has no account to sign out of: there, signing out and quitting both quit
// at once.
class UnsentChangesPrompt : public QObject
{
    Q_OBJECT
public:
    UnsentChangesPrompt(AccountSession *session, QWidget *dialogParent, QObject *parent = nullptr);
    ~UnsentChangesPrompt() override;

public slots:
    void requestSignOut() { request(UnsentChangesGate::Leaving::SignOut); }
    void requestBackToMyself() { m_gate->request(UnsentChangesGate::Leaving::BackToMyself); }
    void requestQuit() { request(UnsentChangesGate::Leaving::Quit); }

signals:
    void signOutConfirmed();
    void backToMyselfConfirmed(UnsentChangesGate::Disposition disposition);
    void quitConfirmed();

private:
    void request(UnsentChangesGate::Leaving leaving);
    void showDialog();
    void updateDialog();
    void closeDialog();
    void onMayLeave(UnsentChangesGate::Leaving leaving, UnsentChangesGate::Disposition disposition);

    AccountSession *m_session;
    UnsentChangesGate *m_gate;
    QWidget *m_dialogParent;
    QPointer<UnsentChangesDialog> m_dialog;
    QTimer *m_tick; // the "next try in m:ss" of the dialog counts down
};
