// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    bool drop = false;
    bool dropAfterStore = false;
    bool hang = false;
    int latencyMs = 0;
    QByteArray method;  // empty: any
    QString pathPrefix; // empty: any

    bool matches(const QByteArray &requestMethod, const QString &requestPath) const;
    // nullopt (with error) when the entry asks for nothing or is malformed.
    static std::optional<FaultRule> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};
