// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>
#include <optional>

// One HTTP request to the MOCO API, described as a value before it is sent.
// The scheduler decides when it goes out and whether a failed attempt may be
// repeated; NetworkTransport turns it into a QNetworkRequest.
struct ApiRequest
{
    enum class Method { Get, Post, Put, Patch, Delete };
    // User-initiated requests overtake background sync in the queue.
    enum class Priority { User = 0, Background = 1 };

    static constexpr std::chrono::milliseconds defaultTimeout{30000};

    Method method = Method::Get;
    QString path; // relative to the API base URL, e.g. "/activities/42"
    QUrlQuery query;
    QByteArray body; // JSON; empty means no body
    Priority priority = Priority::User;
    // Whether sending it twice has the same effect as sending it once. Set by
    // the factory functions below: GET/PUT/DELETE yes, POST no, PATCH only
    // where the endpoint is known to be (timers).
    bool idempotent = true;
    // False only for POST /session (email + password sign-in): it must not
    // carry the Authorization or impersonation headers.
    bool authenticated = true;
    // Longest silence on the connection before the attempt fails with Timeout.
    std::chrono::milliseconds timeout = defaultTimeout;
    // Whom this one request acts for (X-IMPERSONATE-USER-ID), whatever the
    // transport's current impersonation: set by a colleague's ApiClient, so
    // a change made as a colleague goes out as them while the window shows
    // someone else.
    std::optional<qint64> actingAs;
    // Where this one request goes and with which key, instead of the
    // account's: a sign-in tries an address and a key through the account's
    // queue before they become the account's. Null: the transport's. Shared
    // with the client that made it, so a key learnt mid-sign-in applies to
    // its queued requests (as the transport's key would).
    struct Endpoint
    {
        QUrl baseUrl;
        QString apiKey; // memory only, never logged
    };
    std::shared_ptr<const Endpoint> endpoint;

    static ApiRequest get(QString path, QUrlQuery query = {});
    static ApiRequest post(QString path, QByteArray body);
    static ApiRequest put(QString path, QByteArray body);
    static ApiRequest patch(QString path, QByteArray body, bool idempotent);
    static ApiRequest del(QString path);

    ApiRequest &withPriority(Priority p)
    {
        priority = p;
        return *this;
    }

    static QByteArray methodName(Method method);
};
