// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// The outcome of a failed API call, as a value. Every call delivers either a
// typed result or one of these; ApiErrorText turns it into a user message.
struct ApiError
{
    Q_GADGET
public:
    enum class Kind {
        None,         // no error
        Network,      // connection refused, host not found, reset, TLS failure …
        Timeout,      // no complete answer within the request's timeout
        Unauthorized, // 401: key invalid/revoked, wrong password, unknown subdomain
        Forbidden,    // 403
        NotFound,     // 404
        Validation,   // 422 (fieldErrors filled), also 400 and 423
        RateLimited,  // 429 and the retry cap was hit
        Server,       // 5xx
        Parse,        // the body was not the JSON we expect (message names the field)
        InsecureUrl,  // plain http:// to a non-loopback host, refused before sending
        Cancelled,    // cancelled by the caller
    };
    Q_ENUM(Kind)

    // A finer reason where the user should be told something different (an
    // unknown account vs a wrong key), or where a retry decision depends on it.
    enum class Detail {
        None,
        HostNotFound,      // DNS failed: usually a mistyped account name
        ConnectionRefused, // nothing listens there
        ConnectionLost,    // the connection broke after it was made
        NoNetwork,         // the machine has no usable network
        Tls,               // certificate or handshake failure (never ignored)
        UnknownAccount,    // 401 "Subdomain does not exist."
        UnexpectedRedirect,
        InvalidBaseUrl,   // no usable server address configured
        ResponseTooLarge, // the body grew past NetworkTransport's cap; reading stopped
    };
    Q_ENUM(Detail)

    Kind kind = Kind::None;
    Detail detail = Detail::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString message;    // the server's message (may be German) or a technical detail
    // Per-field messages from a 422; record-level messages are under "base".
    QMap<QString, QStringList> fieldErrors;
    // From a Retry-After header, when the server sent one.
    std::optional<std::chrono::seconds> retryAfter;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static ApiError make(Kind kind, QString message = {}, int httpStatus = 0)
    {
        ApiError error;
        error.kind = kind;
        error.message = std::move(message);
        error.httpStatus = httpStatus;
        return error;
    }
    static ApiError make(Kind kind, Detail detail, QString message = {})
    {
        ApiError error = make(kind, std::move(message));
        error.detail = detail;
        return error;
    }
};

Q_DECLARE_METATYPE(ApiError)
