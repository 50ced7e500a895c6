// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"

// What became of one attempt to deliver an outbox item; OutboxSender decides
// what follows.
struct DeliveryOutcome
{
    enum class Kind {
        Delivered,   // MOCO has it; the store says so (or there was nothing to send)
        NotApplied,  // looked for after an uncertain attempt: MOCO does not have it
        Retry,       // did not reach MOCO, or safe to repeat: wait, then again
        Uncertain,   // a write may have reached MOCO: find out before repeating it
        Refused,     // MOCO refused it for good (422, 403, 404): the user decides
        Conflict,    // changed or deleted in MOCO meanwhile: recorded, the user decides
        Stop,        // 401: nothing more until the user signs in again
        StoreFailed, // the local database refused a write: stop, do not send again
        Unreadable,  // the stored change cannot be read: the user decides
    };

    Kind kind = Kind::Delivered;
    ApiError error;

    static DeliveryOutcome of(Kind kind, ApiError error = {}) { return {kind, std::move(error)}; }
    // The store's answer to recording a delivery.
    static DeliveryOutcome stored(bool ok) { return of(ok ? Kind::Delivered : Kind::StoreFailed); }
    // A failed request. `write`: it asked MOCO to change something, so an
    // answer that never came (or came unreadable) leaves it in doubt.
    static DeliveryOutcome failed(const ApiError &error, bool reachedServer, bool write)
    {
        switch (error.kind) {
        case ApiError::Kind::None:
            return of(Kind::Delivered);
        case ApiError::Kind::Validation:
        case ApiError::Kind::Forbidden:
        case ApiError::Kind::NotFound:
            return of(Kind::Refused, error);
        case ApiError::Kind::Unauthorized:
        case ApiError::Kind::InsecureUrl:
            return of(Kind::Stop, error);
        case ApiError::Kind::Parse:
            // A 2xx whose body we cannot read: MOCO did something.
            return of(write ? Kind::Uncertain : Kind::Retry, error);
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
        case ApiError::Kind::Server:
            return of(write && reachedServer ? Kind::Uncertain : Kind::Retry, error);
        case ApiError::Kind::RateLimited:
        case ApiError::Kind::Cancelled:
            return of(Kind::Retry, error);
        }
        return of(Kind::Retry, error);
    }
};
