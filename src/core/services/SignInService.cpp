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
            emit failed(result.error());
            return;
        }
        m_client->setApiKey(result.value().apiKey);
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
            emit failed(result.error());
            return;
        }
        emit signedIn(userId, result.value());
    });
}
