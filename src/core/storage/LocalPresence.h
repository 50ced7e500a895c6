// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Presence.h"

#include <QString>

#include <optional>

// A presence as the store holds it (see LocalActivity).
struct LocalPresence
{
    qint64 localId = 0;
    Presence presence; // presence.id is the server id or 0
    bool pending = false;
    bool needsAttention = false;
    // MOCO's refusal of the last change, readable ("From: range overlaps");
    // empty unless needsAttention.
    QString errorMessage;
    // What MOCO holds while a correction of this interval is refused: it
    // counts, not the refused times. Empty otherwise.
    std::optional<Presence> onMoco;

    friend bool operator==(const LocalPresence &, const LocalPresence &) = default;
};
