// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"
#include "core/domain/LoginRequest.h"
#include "core/domain/Profile.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiJob;

// Starts a session, with e-mail and password (POST /session for the API key
// and the user id, then GET /profile for the user's name) or with an API key
// (GET /session for the user id, then GET /profile). The key is handed to the
// client and kept in memory for apiKey(), nowhere else.
class SignInService : public QObject
{
    Q_OBJECT
public:
    explicit SignInService(ApiClient *client, QObject *parent = nullptr);

    // The credentials are sent once and not kept. Ignored while busy.
    void signIn(const LoginRequest &credentials);
    // The key from the MOCO profile's Integrations tab. Ignored while busy.
    void signInWithApiKey(const QString &apiKey);
    void cancel();
    // The key of the last successful sign-in (for the keychain).
    QString apiKey() const { return m_apiKey; }
    bool isBusy() const { return !m_job.isNull(); }

signals:
    void signedIn(qint64 userId, const Profile &profile);
    void failed(const ApiError &error);

private:
    void fetchProfile(qint64 userId);
    void fail(const ApiError &error);

    ApiClient *m_client;
    QPointer<ApiJob> m_job;
    QString m_apiKey;
};
