// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <optional>

// What a StartTimer or StopTimer outbox item carries: when the user pressed
// the button (this machine's clock) and the seconds the activity held then
// (before the run for a start, after it for a stop). A delivery that comes
// late uses them to book the time the user meant, not the time the request
// arrived. Items written by older versions or by keepMine() carry nothing.
struct TimerPayload
{
    QDateTime pressedAt; // UTC, local clock; invalid = unknown
    std::optional<qint64> seconds;

    static TimerPayload fromJson(const QJsonObject &json, bool start);
    QJsonObject toJson(bool start) const;
};
