// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SignInService.h"

#include "core/api/ApiClient.h"

SignInService::SignInService(ApiClient *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
{}

SignInService::~SignInService() = default;

void SignInService::begin(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    m_apiKey.clear();
    m_attempt = std::make_unique<ApiClient>(m_account, baseUrl);
}

void SignInService::signIn(const QUrl &baseUrl, const LoginRequest &credentials)
{
    if (isBusy())
        return;
    begin(baseUrl);
    m_job = m_attempt->login(credentials, this, [this](const ApiResult<LoginResult> &result) {
        m_job.clear();
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        m_apiKey = result.value().apiKey;
        m_attempt->setApiKey(m_apiKey);
        fetchProfile(result.value().userId);
    });
}

void SignInService::signInWithApiKey(const QUrl &baseUrl, const QString &apiKey)
{
    if (isBusy())
        return;
    begin(baseUrl);
    m_apiKey = apiKey.trimmed();
    m_attempt->setApiKey(m_apiKey);
    m_job = m_attempt->fetchSession(this, [this](const ApiResult<SessionInfo> &result) {
        m_job.clear();
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        fetchProfile(result.value().userId);
    });
}

void SignInService::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SignInService::fetchProfile(qint64 userId)
{
    m_job = m_attempt->fetchProfile(this, [this, userId](const ApiResult<Profile> &result) {
        m_job.clear();
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        emit signedIn(userId, result.value());
    });
}

void SignInService::fail(const ApiError &error)
{
    // A key that did not work is not kept.
    m_apiKey.clear();
    emit failed(error);
}
