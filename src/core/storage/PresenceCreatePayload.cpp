// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PresenceCreatePayload.h"

namespace {
const QString presenceKey = QStringLiteral("presence");
}

std::optional<PresenceCreatePayload> PresenceCreatePayload::fromJson(const QJsonObject &json)
{
    std::optional<Presence> presence = Presence::fromJson(json.value(presenceKey));
    if (!presence || !presence->from)
        return std::nullopt;
    return PresenceCreatePayload{std::move(*presence)};
}

QJsonObject PresenceCreatePayload::toJson() const
{
    return QJsonObject{{presenceKey, presence.toJson()}};
}
