// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/api/ApiGate.h"

#include "fakeserver/api/ApiCall.h"
#include "fakeserver/api/ApiKeyId.h"
#include "fakeserver/api/MocoResponses.h"
#include "fakeserver/api/RateLimiter.h"
#include "fakeserver/data/UserStore.h"

#include <QDateTime>

ApiGate::ApiGate(const UserStore &users, RateLimiter &rateLimiter)
    : m_users(users)
    , m_rateLimiter(rateLimiter)
{}

std::optional<FakeResponse> ApiGate::admit(ApiCall &call, bool needsAuth) const
{
    const QString key = ApiKeyId::keyFromAuthorization(call.request.header("Authorization"));
    const qint64 time =
        call.request.receivedMs > 0 ? call.request.receivedMs : QDateTime::currentMSecsSinceEpoch();
    // Unauthenticated calls (sign-in) share one bucket.
    const QString bucket = key.isEmpty() ? QStringLiteral("anonymous") : ApiKeyId::idOf(key);
    if (!m_rateLimiter.admit(bucket, time))
        return MocoResponses::tooManyRequests();
    if (!needsAuth)
        return std::nullopt;

    const UserRecord *owner = m_users.findByApiKey(key);
    if (!owner || !owner->active)
        return MocoResponses::invalidApiKey();
    call.keyUser = *owner;
    call.actor = *owner;

    const QByteArray impersonate = call.request.header("X-IMPERSONATE-USER-ID").trimmed();
    if (!impersonate.isEmpty()) {
        if (!owner->staff)
            return MocoResponses::forbidden();
        bool ok = false;
        const qint64 id = impersonate.toLongLong(&ok);
        const UserRecord *target = ok ? m_users.find(id) : nullptr;
        if (!target)
            return MocoResponses::notFound();
        call.actor = *target;
    }
    return std::nullopt;
}
