// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP request as the handlers see it, independent of Qt HttpServer's
// version-specific request type.
struct FakeRequest
{
    QByteArray method; // upper case: GET, POST …
    QString path;      // decoded, without the query
    QByteArray rawQuery;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // When the front proxy received the request (ms since the epoch).
    qint64 receivedMs = 0;

    // Case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasJsonBody() const;
};
