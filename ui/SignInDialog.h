// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"
#include "core/domain/Profile.h"
#include "core/services/AccountSettings.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

class ApiClient;
class Clock;
class SignInService;

namespace Ui {
class SignInDialog;
}

// "Sign in to MOCO": domain plus e-mail and password, or domain plus API key.
// Signs in with its own ApiClient (so nothing of the app's queue waits behind
// it) and hands the result to the app with signedIn(); the app stores the key
// and then calls finish() or showKeychainProblem().
//
// Errors stay inline under the form and keep what was typed (only the
// password goes after a refused sign-in). Esc cancels a running request, and
// closes the dialog otherwise.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Password, ApiKey };

    explicit SignInDialog(Clock *clock, QWidget *parent = nullptr);
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

    // The key could not be stored: say why, and offer to keep it in memory.
    void showKeychainProblem(const QString &explanation);

signals:
    // The account works; the key is still only in memory.
    void signedIn(const AccountSettings &account, const QString &apiKey);
    // After showKeychainProblem(): "Stay signed in for this session only", or
    // "Try again" (store the key that is still in memory once more).
    void sessionOnlyChosen();
    void keychainRetryRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onDomainChanged();
    void onSignInClicked();
    void onModeClicked();
    void onSignedIn(qint64 userId, const Profile &profile);
    void onFailed(const ApiError &error);
    void onRateLimitedUntilChanged(const QDateTime &until);
    void setBusy(bool busy);
    void showError(const QString &text);
    QString failureText(const ApiError &error) const;

    std::unique_ptr<Ui::SignInDialog> m_ui;
    ApiClient *m_client;
    SignInService *m_signIn;
    Mode m_mode = Mode::Password;
    QUrl m_baseUrl;
    QString m_email;
    bool m_keychainProblem = false;
};
