// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/faults/RequestPattern.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// One entry of the /__fake/faults queue. It applies to the next API request
// that matches its optional method/path filters, then is used up.
struct FaultRule
{
    std::optional<int> status;
    int retryAfterSeconds = -1;
    QByteArray body; // overrides the status' default body
    bool malformed = false;
    bool wrongType = false; // processed; 200 whose "id" is a string
    bool portal = false;    // not processed; a captive portal's 200 text/html page
    bool drop = false;
    bool dropAfterStore = false;
    bool hang = false;
    int latencyMs = 0;     // before processing
    int answerDelayMs = 0; // after processing, before answering
    RequestPattern pattern;

    bool matches(const QByteArray &requestMethod, const QString &requestPath) const
    {
        return pattern.matches(requestMethod, requestPath);
    }
    // nullopt (with error) when the entry asks for nothing or is malformed.
    static std::optional<FaultRule> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};
