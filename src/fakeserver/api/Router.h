// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct ApiCall;

// Maps "METHOD path" below /api/v1 to a handler. Patterns are segment lists
// where "{id}" matches a (64-bit) integer.
class Router
{
public:
    using Handler = std::function<FakeResponse(ApiCall &)>;

    struct Route
    {
        QByteArrayList methods;
        QStringList segments;
        bool needsAuth = true;
        Handler handler;
    };

    void add(const QByteArrayList &methods, const QString &pattern, Handler handler,
             bool needsAuth = true);
    // nullptr when nothing matches (a 404, as in Rails: wrong methods too).
    const Route *match(const QByteArray &method, const QStringList &segments,
                       QList<qint64> *ids) const;

private:
    QList<Route> m_routes;
};
