// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"

#include <QJsonObject>
#include <optional>

// What a CreateActivity outbox item carries. The one reader and writer of
// that payload: LocalChanges writes it, the deliveries and the attention list
// read it.
struct ActivityCreatePayload
{
    Activity activity; // as shown locally (id 0, names from the cache)
    // Only when the user chose it; otherwise MOCO takes the project's default.
    std::optional<bool> billable;
    // A timer create (LocalChanges::createRunningActivity): the timer runs
    // from activity.timerStartedAt.
    bool startsTimer = false;
    // The seconds the last attempt sent (a timer create sent late goes out
    // with the run so far): what the server holds if it stored it.
    std::optional<qint64> sentSeconds;

    // nullopt when the stored payload is unreadable.
    static std::optional<ActivityCreatePayload> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // The activity as the server would hold it after the last attempt.
    Activity sentActivity() const;
};
