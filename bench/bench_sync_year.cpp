// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Syncs one year of activities from mocotrack-fakeserver at MOCO's default
// rate limit (15 requests per 15 s) through the real ApiClient and scheduler,
// and reports
//   - requests made vs the minimum (1 session check + ceil(N / 100) pages),
//   - wall time vs the rate-limit bound: the earliest moment the last request
//     may be sent when the first one goes out at t = 0.
// A ratio near 1.0 means the scheduler spends the budget without waste.

#include "core/api/ApiClient.h"
#include "core/services/SystemClock.h"
#include "support/FakeServerProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace {

int requestsSeenByServer(FakeServerProcess &server)
{
    const QJsonArray log =
        server.control("GET", QStringLiteral("/requests")).object().value(u"requests").toArray();
    int count = 0;
    for (const QJsonValue &entry : log) {
        if (entry.toObject().value(u"path").toString().startsWith(u"/api/v1"))
            ++count;
    }
    return count;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FakeServerProcess server; // the server's default limit: 15 per 15 s
    if (!server.start())
        return 1;

    SystemClock clock;
    ApiClient client(&clock);
    client.setBaseUrl(server.apiBaseUrl());
    client.setApiKey(QString::fromLatin1(FakeServerProcess::demoApiKey));
    const RequestScheduler::Policy policy = client.scheduler()->policy();

    QElapsedTimer wall;
    int pagesTotal = 0;
    qsizetype activities = -1;
    QString failure;
    wall.start();
    client.fetchSession(&app, [&](const ApiResult<SessionInfo> &session) {
        if (!session.ok()) {
            failure = session.error().message;
            app.quit();
            return;
        }
        ApiClient::ActivityQuery query;
        query.userId = session.value().userId;
        query.to = QDate::currentDate();
        query.from = query.to.addYears(-1);
        ApiJob *job =
            client.fetchActivities(query, &app, [&](const ApiResult<QList<Activity>> &list) {
                if (list.ok())
                    activities = list.value().size();
                else
                    failure = list.error().message;
                app.quit();
            });
        QObject::connect(job, &ApiJob::progress, &app, [&](int, int total) { pagesTotal = total; });
    });
    app.exec();
    const double seconds = wall.elapsed() / 1000.0;
    if (activities < 0) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(failure));
        return 1;
    }

    const int requests = requestsSeenByServer(server);
    const int minimum = 1 + static_cast<int>(std::ceil(activities / 100.0));
    const double windowSeconds = policy.window.count() / 1000.0;
    const double bound = std::floor((requests - 1) / double(policy.windowRequests)) * windowSeconds;
    std::printf("activities synced:        %lld (%d pages)\n", static_cast<long long>(activities),
                pagesTotal);
    std::printf("requests made / minimum:  %d / %d = %.2f\n", requests, minimum,
                double(requests) / minimum);
    std::printf("wall time / rate bound:   %.1f s / %.1f s = %.2f  (limit %d per %.0f s)\n",
                seconds, bound, bound > 0 ? seconds / bound : 0.0, policy.windowRequests,
                windowSeconds);
    return 0;
}
