// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP request, as HttpRequestParser framed it and the handlers see it.
struct FakeRequest
{
    QByteArray method; // upper case: GET, POST …
    QString path;      // decoded, without the query
    QByteArray rawQuery;
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // decoded (chunked bodies joined)
    // When the first bytes of the request were complete (ms since the epoch).
    qint64 receivedMs = 0;

    // Case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasJsonBody() const;
    // Connection: close, or HTTP/1.0 without keep-alive.
    bool wantsClose() const;
    // Sets path and rawQuery from a request target: origin form
    // ("/api/v1/x?y=1") or absolute form ("http://host/api/v1/x?y=1").
    void setTarget(const QByteArray &target);
};
