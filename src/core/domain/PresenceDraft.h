// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QTime>

#include <optional>

// The body of POST /users/presences: date, from "HH:MM", to "HH:MM" (left
// out for an open presence), is_home_office. Times are formatted here, so a
// malformed time (which the server answers with a 500) cannot be sent.
struct PresenceDraft
{
    QDate date;
    QTime from;
    std::optional<QTime> to; // nullopt = open (clocked in)
    bool isHomeOffice = false;

    // False when date or from is invalid, to is invalid, or to < from.
    bool isValid() const;
    QJsonObject toJson() const;

    friend bool operator==(const PresenceDraft &, const PresenceDraft &) = default;
};
