// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One HTTP answer, before HttpResponseWriter turns it into bytes.
struct FakeResponse
{
    int status = 200;
    QByteArray contentType; // empty: no Content-Type header
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static FakeResponse json(const QJsonObject &object, int status = 200);
    static FakeResponse json(const QJsonArray &array, int status = 200);
    static FakeResponse empty(int status);
    static FakeResponse text(const QByteArray &contentType, const QByteArray &body, int status);

    void addHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};
