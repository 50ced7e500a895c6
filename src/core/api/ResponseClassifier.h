// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// Turns an HTTP answer from MOCO into an ApiError (or none), tolerating every
// error body shape the documentation, the spec and live probes have shown
// (moco-api.md §10). Pure functions, so each shape is tested on its own.
namespace ResponseClassifier {

// ApiError::Kind::None for any 2xx. nowUtc resolves a Retry-After HTTP date.
ApiError classify(int httpStatus, const QByteArray &reasonPhrase, const QByteArray &body,
                  const QByteArray &retryAfterHeader, const QDateTime &nowUtc);

// Per-field messages from a 400/422/423 body, trying in this order: a
// "message" string, an "errors" array, an "errors" object, a top-level
// field map. Record-level messages are under "base". Empty when the body is
// empty, not JSON or none of these.
QMap<QString, QStringList> fieldErrors(const QByteArray &body);

// A human-readable message from an error body ("message", else the joined
// field errors); empty when there is none.
QString bodyMessage(const QByteArray &body);

// The longest Retry-After taken at its word. A server asking for more (a
// 20-digit number, a date in the year 9999) gets this: the value must stay
// far from overflowing milliseconds in qint64 or a QTimer's int, and no
// answer should silence the client for longer than an hour.
inline constexpr std::chrono::seconds maxRetryAfter{3600};

// Retry-After as delay-seconds or an HTTP date, at most maxRetryAfter;
// nullopt when absent or unreadable. A date in the past gives 0 s.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value,
                                                    const QDateTime &nowUtc);

} // namespace ResponseClassifier
