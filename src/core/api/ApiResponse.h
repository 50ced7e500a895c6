// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>

// What came back for one ApiRequest (after any retries): the raw HTTP answer,
// or the error that ended it. Typed parsing happens in ApiClient.
struct ApiResponse
{
    int httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    ApiError error;
    // False only when the request provably never reached the server
    // (connection refused, host not found, refused as insecure, still queued
    // when cancelled). Decides whether a POST may be sent again.
    bool reachedServer = true;

    bool ok() const { return !error.isError(); }
    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

Q_DECLARE_METATYPE(ApiResponse)
