// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/data/UserRecord.h"
#include "fakeserver/http/FakeRequest.h"
#include "fakeserver/http/QueryParams.h"

#include <QJsonObject>
#include <QList>

// Everything a handler needs about one authenticated API request.
struct ApiCall
{
    const FakeRequest &request;
    QueryParams query;
    // The path's numeric ids in order, e.g. {activity id} for /activities/{id}.
    QList<qint64> ids;
    // The key's owner, and the user the request acts as (differs when a
    // staff key sends X-IMPERSONATE-USER-ID).
    UserRecord keyUser;
    UserRecord actor;
    // The JSON body (empty when there is none or it is not JSON).
    QJsonObject body;
};
