// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"
#include "core/domain/LoginRequest.h"
#include "core/domain/Profile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class ApiClient;
class ApiJob;

// Tries credentials against an address, with e-mail and password (POST
// /session for the API key and the user id, then GET /profile for the
// user's name) or with an API key (GET /session for the user id, then GET
// /profile). The requests go through the account's queue, but with their
// own address and key: the account's client keeps its own until the caller
// adopts the result. The key is kept in memory for apiKey(), nowhere else.
class SignInService : public QObject
{
    Q_OBJECT
public:
    explicit SignInService(ApiClient *account, QObject *parent = nullptr);
    ~SignInService() override;

    // The credentials are sent once and not kept. Ignored while busy.
    void signIn(const QUrl &baseUrl, const LoginRequest &credentials);
    // The key from the MOCO profile's Integrations tab. Ignored while busy.
    void signInWithApiKey(const QUrl &baseUrl, const QString &apiKey);
    void cancel();
    // The address and key of the last successful sign-in.
    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }
    bool isBusy() const { return !m_job.isNull(); }

signals:
    void signedIn(qint64 userId, const Profile &profile);
    void failed(const ApiError &error);

private:
    void fetchProfile(qint64 userId);
    void fail(const ApiError &error);

    void begin(const QUrl &baseUrl);

    ApiClient *m_account;
    std::unique_ptr<ApiClient> m_attempt; // the account's queue, the tried address and key
    QPointer<ApiJob> m_job;
    QUrl m_baseUrl;
    QString m_apiKey;
};
