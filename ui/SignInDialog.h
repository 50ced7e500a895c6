// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

class AccountSession;

namespace Ui {
class SignInDialog;
}

// "Sign in to MOCO": domain plus e-mail and password, or domain plus API key.
// The AccountSession signs in (through the account's one request queue) and
// stores the key; the dialog checks the form, shows progress and errors, and
// offers a way on when the keychain refuses the key.
//
// Errors stay inline under the form and keep what was typed (only the
// password goes after a refused sign-in). Esc cancels a running request, and
// closes the dialog otherwise.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Password, ApiKey };

    explicit SignInDialog(AccountSession *session, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Pre-fills the form (a session that expired, the account signed out).
    void setDomain(const QString &domain);
    void setEmail(const QString &email);
    // A line above the form, e.g. why signing in is needed again.
    void setMessage(const QString &message);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    bool isBusy() const;
    QString errorText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onDomainChanged();
    void onSignInClicked();
    void onModeClicked();
    void onStoringKey();
    // The key could not be stored: say why, and offer to keep it in memory.
    void onKeyNotStored(const QString &explanation);
    void onFailed(const ApiError &error);
    void onRateLimitedUntilChanged(const QDateTime &until);
    void setBusy(bool busy);
    void showError(const QString &text);
    QString failureText(const ApiError &error) const;

    std::unique_ptr<Ui::SignInDialog> m_ui;
    AccountSession *m_session;
    Mode m_mode = Mode::Password;
    bool m_keychainProblem = false;
};
