// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"
#include "ui_SignInDialog.h"

#include "ErrorPalette.h"

#include "core/api/AccountAddress.h"
#include "core/api/ApiClient.h"
#include "core/api/ApiErrorText.h"
#include "core/services/AccountSession.h"

#include <QKeyEvent>
#include <QPalette>

#include <algorithm>

SignInDialog::SignInDialog(AccountSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);

    ErrorPalette::applyTo(m_ui->errorLabel);
    QFont small = m_ui->addressLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_ui->addressLabel->setFont(small);
    m_ui->addressLabel->setForegroundRole(QPalette::PlaceholderText);

    // The mode switch reads as a link, next to the fields it replaces.
    m_ui->modeButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QPalette linkPalette = m_ui->modeButton->palette();
    linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
    m_ui->modeButton->setPalette(linkPalette);
    m_ui->modeButton->setCursor(Qt::PointingHandCursor);

    m_ui->messageLabel->hide();
    m_ui->errorLabel->hide();
    m_ui->sessionOnlyButton->hide();
    m_ui->busyIndicator->hide();
    m_ui->busyLabel->hide();

    connect(m_ui->domainEdit, &QLineEdit::textChanged, this, &SignInDialog::onDomainChanged);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::onSignInClicked);
    connect(m_ui->modeButton, &QPushButton::clicked, this, &SignInDialog::onModeClicked);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, m_session,
            &AccountSession::keepKeyForThisSessionOnly);
    connect(m_session, &AccountSession::storingKey, this, &SignInDialog::onStoringKey);
    connect(m_session, &AccountSession::keyNotStored, this, &SignInDialog::onKeyNotStored);
    connect(m_session, &AccountSession::signInFailed, this, &SignInDialog::onFailed);
    connect(m_session->client()->scheduler(), &RequestScheduler::rateLimitedUntilChanged, this,
            &SignInDialog::onRateLimitedUntilChanged);

    setMode(Mode::Password);
    onDomainChanged();
    resize(std::max(440, sizeHint().width()), sizeHint().height());
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setDomain(const QString &domain)
{
    m_ui->domainEdit->setText(domain);
}

void SignInDialog::setEmail(const QString &email)
{
    m_ui->emailEdit->setText(email);
    if (!email.isEmpty() && !m_ui->domainEdit->text().isEmpty())
        m_ui->passwordEdit->setFocus();
}

void SignInDialog::setMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void SignInDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool password = mode == Mode::Password;
    m_ui->emailLabel->setVisible(password);
    m_ui->emailEdit->setVisible(password);
    m_ui->passwordLabel->setVisible(password);
    m_ui->passwordEdit->setVisible(password);
    m_ui->apiKeyLabel->setVisible(!password);
    m_ui->apiKeyEdit->setVisible(!password);
    const QString switchText =
        password ? tr("Use an API key instead") : tr("Use email and password instead");
    m_ui->modeButton->setText(switchText);
    m_ui->modeButton->setAccessibleName(switchText);
}

bool SignInDialog::isBusy() const
{
    return m_session->isSigningIn();
}

QString SignInDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void SignInDialog::onKeyNotStored(const QString &explanation)
{
    setBusy(false);
    showError(explanation);
    m_keychainProblem = true;
    m_ui->sessionOnlyButton->show();
    m_ui->signInButton->setText(tr("Try &again"));
}

void SignInDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && isBusy()) {
        m_session->cancelSignIn();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SignInDialog::onDomainChanged()
{
    const QString input = m_ui->domainEdit->text().trimmed();
    if (input.isEmpty()) {
        m_ui->addressLabel->setText(tr("For example acme, acme.mocoapp.com or a full address"));
        return;
    }
    const AccountAddress address = AccountAddress::fromUserInput(input);
    // One short line: the full explanation goes to the error text on "Sign in".
    m_ui->addressLabel->setText(address.isValid()
                                    //: Under the domain field: the address MocoTrack will talk to
                                    ? tr("API address: %1").arg(address.baseUrl().toString())
                                    : tr("Not a usable MOCO address yet"));
}

void SignInDialog::onSignInClicked()
{
    if (isBusy())
        return;
    m_ui->sessionOnlyButton->hide();
    m_ui->signInButton->setText(tr("&Sign in"));
    if (m_keychainProblem) {
        // Signed in already; only the key still needs a safe place.
        m_keychainProblem = false;
        showError({});
        setBusy(true);
        m_ui->busyLabel->setText(tr("Storing the API key in the keychain…"));
        m_session->retryStoringKey();
        return;
    }
    const AccountAddress address = AccountAddress::fromUserInput(m_ui->domainEdit->text());
    if (!address.isValid()) {
        showError(address.errorText());
        m_ui->domainEdit->setFocus();
        return;
    }
    if (m_mode == Mode::Password) {
        if (m_ui->emailEdit->text().trimmed().isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
            showError(tr("Enter your email address and your MOCO password."));
            return;
        }
    } else if (m_ui->apiKeyEdit->text().trimmed().isEmpty()) {
        showError(tr("Enter the API key from your MOCO profile (tab Integrations)."));
        return;
    }
    showError({});
    setBusy(true);
    if (m_mode == Mode::Password)
        m_session->signIn(address.baseUrl(), LoginRequest{m_ui->emailEdit->text().trimmed(),
                                                          m_ui->passwordEdit->text()});
    else
        m_session->signInWithApiKey(address.baseUrl(), m_ui->apiKeyEdit->text());
}

void SignInDialog::onModeClicked()
{
    setMode(m_mode == Mode::Password ? Mode::ApiKey : Mode::Password);
    showError({});
    (m_mode == Mode::Password ? m_ui->emailEdit : m_ui->apiKeyEdit)->setFocus();
}

void SignInDialog::onStoringKey()
{
    // The password has done its job.
    m_ui->passwordEdit->clear();
    m_ui->busyLabel->setText(tr("Signed in. Storing the API key in the keychain…"));
    // Busy until the key is stored (or the keychain refuses it).
    m_ui->signInButton->setEnabled(false);
}

void SignInDialog::onFailed(const ApiError &error)
{
    setBusy(false);
    if (error.kind == ApiError::Kind::Unauthorized &&
        error.detail != ApiError::Detail::UnknownAccount) {
        m_ui->passwordEdit->clear();
        (m_mode == Mode::Password ? m_ui->passwordEdit : m_ui->apiKeyEdit)->setFocus();
    }
    showError(failureText(error));
}

void SignInDialog::onRateLimitedUntilChanged(const QDateTime &until)
{
    if (!isBusy())
        return;
    m_ui->busyLabel->setText(until.isValid() ? tr("Waiting for MOCO's rate limit…")
                                             : tr("Signing in…"));
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->signInButton->setEnabled(!busy);
    m_ui->modeButton->setEnabled(!busy);
    m_ui->busyIndicator->setVisible(busy);
    m_ui->busyLabel->setVisible(busy);
    if (busy)
        m_ui->busyLabel->setText(tr("Signing in…"));
}

void SignInDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

QString SignInDialog::failureText(const ApiError &error) const
{
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        return tr("Signing in was cancelled.");
    case ApiError::Kind::Unauthorized:
        if (error.detail == ApiError::Detail::UnknownAccount)
            break;
        return m_mode == Mode::Password
                   ? tr("Wrong email or password. Check both and try again.")
                   : tr("MOCO did not accept this API key. Copy it again from your MOCO "
                        "profile (tab Integrations).");
    default:
        break;
    }
    return ApiErrorText::message(error);
}
