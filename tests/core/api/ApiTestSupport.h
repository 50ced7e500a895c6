// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiClient.h"
#include "support/FakeServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTest>

#include <optional>

// Helpers for the tests that run ApiClient against mocotrack-fakeserver.
namespace ApiTestSupport {

// Starts an ApiClient call and spins the event loop until its callback ran
// (tests only). nullopt when it did not run within timeoutMs.
template<typename T, typename Call>
std::optional<ApiResult<T>> waitFor(Call call, int timeoutMs = 30000)
{
    std::optional<ApiResult<T>> result;
    QObject context;
    call(&context, [&result](const ApiResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        qWarning("no answer within %d ms", timeoutMs);
    return result;
}

// The server's log of API requests (never the /__fake/ calls), optionally
// only those whose path starts with pathPrefix.
inline QList<QJsonObject> serverLog(FakeServerProcess &server, const QString &pathPrefix = {})
{
    QList<QJsonObject> entries;
    const QJsonArray all = server.control("GET", QStringLiteral("/requests"))
                               .object()
                               .value(QStringLiteral("requests"))
                               .toArray();
    for (const QJsonValue &value : all) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("path")).toString().startsWith(pathPrefix))
            entries.append(entry);
    }
    return entries;
}

inline void clearServerLog(FakeServerProcess &server)
{
    server.control("POST", QStringLiteral("/requests/clear"));
}

// Queues faults for the next API requests: /__fake/faults {"queue": […]}.
inline void queueFaults(FakeServerProcess &server, const QJsonArray &queue)
{
    server.control("POST", QStringLiteral("/faults"),
                   QJsonDocument(QJsonObject{{QStringLiteral("queue"), queue}}));
}

} // namespace ApiTestSupport
