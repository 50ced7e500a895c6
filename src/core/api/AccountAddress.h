// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"

#include <QString>
#include <QUrl>

// Turns what the user typed as "MOCO account" into the API base URL:
//   acme, acme.mocoapp.com, https://acme.mocoapp.com/…  → https://acme.mocoapp.com/api/v1
//   https://moco.example.com                           → https://moco.example.com/api/v1
//   http://127.0.0.1:8080                              → http://127.0.0.1:8080/api/v1
// Plain http is accepted only for loopback hosts (127.0.0.0/8, ::1,
// localhost): anywhere else the API key would travel in clear text.
class AccountAddress
{
public:
    enum class Problem {
        None,
        Empty,
        Malformed,         // spaces, bad characters, no host, user:password@…
        UnsupportedScheme, // ftp://, file:// …
        Insecure,          // http:// to a host that is not loopback
    };

    static AccountAddress fromUserInput(const QString &input);

    // The same rules applied to a base URL already built (from settings, the
    // demo server …): ApiError::Kind::None when it may be used, else an
    // InsecureUrl error (detail InvalidBaseUrl when it is not a usable URL at
    // all). The transport checks every request with it, before sending.
    static ApiError checkBaseUrl(const QUrl &baseUrl);

    static bool isLoopbackHost(const QString &host);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // Valid only when isValid().
    QUrl baseUrl() const { return m_baseUrl; }
    // What is wrong, translated, for display under the input field.
    QString errorText() const;
    // The problem as an ApiError (Kind::InsecureUrl), None when valid.
    ApiError toError() const;

private:
    AccountAddress(Problem problem, QString detail = {});

    Problem m_problem = Problem::None;
    QString m_detail; // untranslated specifics (the offending host …)
    QUrl m_baseUrl;
};
