// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QTime>

#include <optional>

// The body of PUT/PATCH /users/presences/{id}: only the set fields are sent
// (partial bodies work). Setting `to` closes an open presence. Re-opening a
// closed one is not offered: whether "to": null does it is unverified.
// is_home_office applies to the whole day on the server.
struct PresenceChanges
{
    std::optional<QDate> date;
    std::optional<QTime> from;
    std::optional<QTime> to;
    std::optional<bool> isHomeOffice;

    bool isEmpty() const;
    QJsonObject toJson() const;

    friend bool operator==(const PresenceChanges &, const PresenceChanges &) = default;
};
