// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/faults/RequestPattern.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// A lasting delay for the requests that match (POST /__fake/faults
// {"delays": […]}, --latency-for, --answer-delay-for), unlike a queue entry,
// which is used up by one request.
//  latencyMs:     wait before the request is processed: a slow store. Nothing
//                 is stored during the wait; a client that gives up first has
//                 stored nothing.
//  answerDelayMs: process at once (other requests see the change), answer
//                 later: a client with a shorter timeout gives up although the
//                 server has its record.
struct DelayRule
{
    RequestPattern pattern;
    int latencyMs = 0;
    int answerDelayMs = 0;

    // nullopt (with error) when the entry asks for no delay or is malformed.
    static std::optional<DelayRule> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    enum class Kind { Latency, AnswerDelay };
    // "METHOD PATH=MS" or "PATH=MS" (the command line's form), setting the
    // delay of the given kind.
    static std::optional<DelayRule> fromText(const QString &text, Kind kind);
};
