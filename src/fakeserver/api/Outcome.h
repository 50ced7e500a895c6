// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/api/FieldErrors.h"
#include "fakeserver/http/FakeResponse.h"

// How a write went, independent of HTTP; handlers turn failures into MOCO's
// error answers.
struct Outcome
{
    enum class Kind { Ok, NotFound, Forbidden, Invalid, ServerError, Locked };

    Kind kind = Kind::Ok;
    FieldErrors errors;

    bool isOk() const { return kind == Kind::Ok; }

    static Outcome ok() { return {}; }
    static Outcome failure(Kind kind) { return Outcome{kind, {}}; }
    static Outcome invalid(const FieldErrors &errors) { return Outcome{Kind::Invalid, errors}; }
    static Outcome invalid(const QString &field, const QString &message);

    FakeResponse errorResponse() const;
};
