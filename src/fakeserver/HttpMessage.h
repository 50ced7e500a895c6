// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP/1.x request or response as the front proxy sees it.
struct HttpMessage
{
    QByteArray startLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // decoded (chunked bodies joined)
    QByteArray raw;  // the bytes exactly as received
    qint64 receivedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QByteArray method() const;
    QString path() const;
    QByteArray query() const;
    int status() const;
    // Connection: close, or HTTP/1.0 without keep-alive.
    bool wantsClose() const;
    // The request again, with Content-Length for the decoded body, without
    // headers starting with dropPrefix, plus extra headers.
    QByteArray serializeRequest(const QByteArray &dropPrefix,
                                const QList<QPair<QByteArray, QByteArray>> &extra) const;
};
