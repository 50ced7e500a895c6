// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"

#include <functional>
#include <optional>
#include <utility>

// Either a value of T or an ApiError: what every typed API call delivers.
template<typename T>
class ApiResult
{
public:
    ApiResult(T value) // NOLINT(google-explicit-constructor): results are built implicitly
        : m_value(std::move(value))
    {}
    ApiResult(ApiError error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }
    // False only when the request provably never reached the server (see
    // ApiResponse::reachedServer): then a create may be sent again at once.
    // A value always reached it.
    bool reachedServer() const { return m_reachedServer; }
    void setReachedServer(bool reached) { m_reachedServer = reached; }

private:
    std::optional<T> m_value;
    ApiError m_error;
    bool m_reachedServer = true;
};

// For calls whose success carries no data (DELETE answering 204, for example).
struct ApiNothing
{
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;
