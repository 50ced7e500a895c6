// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class AccountSession;
class SignInDialog;
class QWidget;

// The sign-in dialog of an AccountSession, one at a time: asked again while
// it shows, it comes to the front with the new message; it opens with the
// account's address and email filled in. Closed by the user without a
// session, it says so (abandoned()): there is nothing else to show.
class SignInPrompt : public QObject
{
    Q_OBJECT
public:
    explicit SignInPrompt(AccountSession *session, QObject *parent = nullptr);
    ~SignInPrompt() override;

    void show(const QString &message);
    // Signed in: the dialog goes without abandoned().
    void close();
    // The dialog while it shows, else nullptr.
    QWidget *dialog() const;

signals:
    void abandoned();

private:
    AccountSession *m_session;
    QPointer<SignInDialog> m_dialog;
};
