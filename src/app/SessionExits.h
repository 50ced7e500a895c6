// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/AccountSettings.h"
#include "core/sync/UnsentChangesGate.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class AccountDataLayer;
class ApiClient;
class BackgroundOutboxes;
class Clock;
class UnsentChangesDialog;
class QWidget;

// The ways out of a session that could lose unsent work — sign out, back to
// myself, quit — pass UnsentChangesGate, which asks in an
// UnsentChangesDialog; the confirmed ones come back as signals. Also keeps
// the changes made as colleagues going to MOCO (BackgroundOutboxes) while
// the window shows someone else, and after a restart.
class SessionExits : public QObject
{
    Q_OBJECT
public:
    SessionExits(Clock *clock, QWidget *dialogParent, QObject *parent = nullptr);
    ~SessionExits() override;

    // A session of this account on this client began: colleagues' changes
    // left from before go out now. endSession() before the client goes.
    void startSession(ApiClient *client, const AccountSettings &account);
    void endSession();
    // What the window shows now; actingAs: the colleague's name, empty = the user.
    void setShown(AccountDataLayer *layer, const QString &actingAs = {});
    void setColleagueName(qint64 colleagueId, const QString &name);
    // The session was renewed after a 401: the colleagues' outboxes go on.
    void resumeSending();

    // The window stopped showing colleague `id`: their changes keep going
    // in the background, or are removed with their cache.
    void leaveColleague(qint64 colleagueId, const QString &name,
                        UnsentChangesGate::Disposition disposition);
    // The window is about to show colleague `id`: their own data layer
    // delivers from now on.
    void takeOverColleague(qint64 colleagueId);

    UnsentChangesGate *gate() const { return m_gate; }

public slots:
    void requestSignOut() { m_gate->request(UnsentChangesGate::Leaving::SignOut); }
    void requestBackToMyself() { m_gate->request(UnsentChangesGate::Leaving::BackToMyself); }
    void requestQuit() { m_gate->request(UnsentChangesGate::Leaving::Quit); }

signals:
    void signOutConfirmed();
    void backToMyselfConfirmed(UnsentChangesGate::Disposition disposition);
    void quitConfirmed();

private:
    void showDialog();
    void updateDialog();
    void closeDialog();
    void onMayLeave(UnsentChangesGate::Leaving leaving, UnsentChangesGate::Disposition disposition);

    UnsentChangesGate *m_gate;
    Clock *m_clock;
    QWidget *m_dialogParent;
    BackgroundOutboxes *m_background = nullptr;
    AccountSettings m_account;
    QPointer<UnsentChangesDialog> m_dialog;
    QTimer *m_tick; // the "next try in m:ss" of the dialog counts down
};
