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

// Starts a session with e-mail and password, the two steps every session
// begins with: POST /session for the API key (handed to the client, kept
// nowhere else) and the user id, then GET /profile for the user's name.
class SignInService : public QObject
{
    Q_OBJECT
public:
    explicit SignInService(ApiClient *client, QObject *parent = nullptr);

    // The credentials are sent once and not kept. Ignored while busy.
    void signIn(const LoginRequest &credentials);
    void cancel();
    bool isBusy() const { return !m_job.isNull(); }

signals:
    void signedIn(qint64 userId, const Profile &profile);
    void failed(const ApiError &error);

private:
    void fetchProfile(qint64 userId);

    ApiClient *m_client;
    QPointer<ApiJob> m_job;
};
