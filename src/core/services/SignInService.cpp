// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SignInService.h"

#include "core/api/ApiClient.h"

SignInService::SignInService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void SignInService::signIn(const LoginRequest &credentials)
{
    if (isBusy())
        return;
    m_job = m_client->login(credentials, this, [this](const ApiResult<LoginResult> &result) {
        m_job.clear();
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        m_apiKey = result.value().apiKey;
        m_client->setApiKey(m_apiKey);
        fetchProfile(result.value().userId);
    });
}

void SignInService::signInWithApiKey(const QString &apiKey)
{
    if (isBusy())
        return;
    m_apiKey = apiKey.trimmed();
    m_client->setApiKey(m_apiKey);
    m_job = m_client->fetchSession(this, [this](const ApiResult<SessionInfo> &result) {
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
    m_job = m_client->fetchProfile(this, [this, userId](const ApiResult<Profile> &result) {
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
    m_client->setApiKey({});
    emit failed(error);
}
