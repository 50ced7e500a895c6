// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/control/ControlHandler.h"

#include "fakeserver/ServerClock.h"
#include "fakeserver/api/RateLimiter.h"
#include "fakeserver/control/RequestLog.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/StorageJson.h"
#include "fakeserver/data/TimeFormat.h"
#include "fakeserver/faults/FaultInjector.h"
#include "fakeserver/http/FakeRequest.h"
#include "fakeserver/http/QueryParams.h"
#include "fakeserver/moco/ActivityJson.h"
#include "fakeserver/moco/PresenceJson.h"

#include <QJsonDocument>

namespace {
QJsonObject bodyOf(const FakeRequest &request, bool *ok)
{
    *ok = true;
    if (request.body.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    *ok = parseError.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}
} // namespace

ControlHandler::ControlHandler(FakeDatabase &database, ServerClock &clock, FaultInjector &faults,
                               RateLimiter &rateLimiter, RequestLog &log,
                               std::function<void()> reseed)
    : m_database(database)
    , m_clock(clock)
    , m_faults(faults)
    , m_rateLimiter(rateLimiter)
    , m_log(log)
    , m_reseed(std::move(reseed))
{}

FakeResponse ControlHandler::handle(const FakeRequest &request)
{
    QString path = request.path.mid(int(qstrlen("/__fake")));
    while (path.endsWith(QLatin1Char('/')) && path.size() > 1)
        path.chop(1);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";

    if (path == QLatin1String("/faults") && (get || post))
        return faults(request);
    if (path == QLatin1String("/faults/clear") && post) {
        m_faults.clear();
        return FakeResponse::json(m_faults.toJson());
    }
    if (path == QLatin1String("/requests") && get)
        return FakeResponse::json(QJsonObject{{QStringLiteral("requests"), m_log.toJson()}});
    if (path == QLatin1String("/requests/clear") && post) {
        m_log.clear();
        return FakeResponse::json(QJsonObject{{QStringLiteral("cleared"), true}});
    }
    if (path == QLatin1String("/rate") && (get || post))
        return rate(request);
    if (path == QLatin1String("/clock") && (get || post))
        return clock(request);
    if (path == QLatin1String("/state/activities") && get)
        return stateActivities(request);
    if (path == QLatin1String("/state/presences") && get)
        return statePresences(request);
    if (path == QLatin1String("/reset") && post) {
        m_reseed();
        return FakeResponse::json(QJsonObject{{QStringLiteral("reset"), true}});
    }
    if (path == QLatin1String("/info") && get)
        return info();
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown control endpoint")}}, 404);
}

FakeResponse ControlHandler::faults(const FakeRequest &request)
{
    if (request.method == "POST") {
        bool ok = false;
        const QJsonObject body = bodyOf(request, &ok);
        if (!ok)
            return error(QStringLiteral("body must be a JSON object"));
        const QString problem = m_faults.configure(body);
        if (!problem.isEmpty())
            return error(problem);
    }
    return FakeResponse::json(m_faults.toJson());
}

FakeResponse ControlHandler::rate(const FakeRequest &request)
{
    if (request.method == "POST") {
        bool ok = false;
        const QJsonObject body = bodyOf(request, &ok);
        if (!ok)
            return error(QStringLiteral("body must be a JSON object"));
        if (body.value(QStringLiteral("off")).toBool()) {
            m_rateLimiter.disable();
        } else {
            const int requests = body.value(QStringLiteral("requests")).toInt();
            const double seconds = body.value(QStringLiteral("seconds")).toDouble();
            if (requests < 1 || seconds <= 0)
                return error(QStringLiteral("need requests >= 1 and seconds > 0, or off: true"));
            m_rateLimiter.configure(requests, qint64(seconds * 1000.0));
        }
    }
    return FakeResponse::json(m_rateLimiter.toJson());
}

FakeResponse ControlHandler::clock(const FakeRequest &request)
{
    if (request.method == "POST") {
        bool ok = false;
        const QJsonObject body = bodyOf(request, &ok);
        if (!ok)
            return error(QStringLiteral("body must be a JSON object"));
        if (body.contains(QStringLiteral("offsetMs")))
            m_clock.setOffsetMs(body.value(QStringLiteral("offsetMs")).toInteger());
        if (body.contains(QStringLiteral("advanceMs")))
            m_clock.setOffsetMs(m_clock.offsetMs() +
                                body.value(QStringLiteral("advanceMs")).toInteger());
    }
    return FakeResponse::json(QJsonObject{
        {QStringLiteral("now"), TimeFormat::isoUtc(m_clock.nowUtc())},
        {QStringLiteral("today"), TimeFormat::isoDate(m_clock.today())},
        {QStringLiteral("offsetMs"), m_clock.offsetMs()},
    });
}

FakeResponse ControlHandler::stateActivities(const FakeRequest &request) const
{
    const QueryParams query(request.rawQuery);
    const auto userIds = query.idList(QStringLiteral("user_id"));
    QJsonArray activities;
    for (const auto &[id, activity] : m_database.activities().all()) {
        if (!userIds || userIds->contains(activity.userId))
            activities.append(ActivityJson::toApi(activity, m_database));
    }
    return FakeResponse::json(QJsonObject{{QStringLiteral("activities"), activities}});
}

FakeResponse ControlHandler::statePresences(const FakeRequest &request) const
{
    const QueryParams query(request.rawQuery);
    const auto userIds = query.idList(QStringLiteral("user_id"));
    QJsonArray presences;
    for (const auto &[id, presence] : m_database.presences().all()) {
        if (!userIds || userIds->contains(presence.userId))
            presences.append(PresenceJson::toApi(presence, m_database));
    }
    return FakeResponse::json(QJsonObject{{QStringLiteral("presences"), presences}});
}

FakeResponse ControlHandler::info() const
{
    // The fake accounts' sign-in data: fixtures, not secrets.
    QJsonArray users;
    for (const UserRecord &user : m_database.users().all()) {
        users.append(QJsonObject{
            {QStringLiteral("id"), user.id},
            {QStringLiteral("name"), user.fullName()},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("password"), user.password},
            {QStringLiteral("apiKey"),
             StorageJson::nullableString(user.apiKey.isEmpty() ? QString() : user.apiKey)},
            {QStringLiteral("staff"), user.staff},
            {QStringLiteral("active"), user.active},
        });
    }
    return FakeResponse::json(QJsonObject{
        {QStringLiteral("users"), users},
        {QStringLiteral("rate"), m_rateLimiter.toJson()},
        {QStringLiteral("faults"), m_faults.toJson()},
        {QStringLiteral("today"), TimeFormat::isoDate(m_clock.today())},
    });
}

FakeResponse ControlHandler::error(const QString &message)
{
    return FakeResponse::json(QJsonObject{{QStringLiteral("error"), message}}, 400);
}
