// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Presence.h"

#include <QJsonObject>
#include <optional>

// What a CreatePresence outbox item carries: the presence as shown locally.
struct PresenceCreatePayload
{
    Presence presence;

    // nullopt when unreadable or without a start time (MOCO requires one).
    static std::optional<PresenceCreatePayload> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
