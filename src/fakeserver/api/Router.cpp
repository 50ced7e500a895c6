// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/api/Router.h"

void Router::add(const QByteArrayList &methods, const QString &pattern, Handler handler,
                 bool needsAuth)
{
    m_routes.append({methods, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), needsAuth,
                     std::move(handler)});
}

const Router::Route *Router::match(const QByteArray &method, const QStringList &segments,
                                   QList<qint64> *ids) const
{
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size() || !route.methods.contains(method))
            continue;
        QList<qint64> captured;
        bool matches = true;
        for (int index = 0; index < segments.size() && matches; ++index) {
            const QString &expected = route.segments.at(index);
            if (expected == QLatin1String("{id}")) {
                bool ok = false;
                const qint64 id = segments.at(index).toLongLong(&ok);
                matches = ok && id > 0;
                captured.append(id);
            } else {
                matches = expected == segments.at(index);
            }
        }
        if (matches) {
            *ids = captured;
            return &route;
        }
    }
    return nullptr;
}
