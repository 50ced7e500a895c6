// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/api/Outcome.h"

#include "fakeserver/api/MocoResponses.h"

Outcome Outcome::invalid(const QString &field, const QString &message)
{
    FieldErrors errors;
    errors.add(field, message);
    return invalid(errors);
}

FakeResponse Outcome::errorResponse() const
{
    switch (kind) {
    case Kind::NotFound:
        return MocoResponses::notFound();
    case Kind::Forbidden:
        return MocoResponses::forbidden();
    case Kind::Invalid:
        return MocoResponses::unprocessable(errors);
    case Kind::ServerError:
        return MocoResponses::serverError(500);
    case Kind::Locked:
        return FakeResponse::empty(423);
    case Kind::Ok:
        break;
    }
    return FakeResponse::empty(200);
}
