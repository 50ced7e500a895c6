// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

struct Activity;

// The body of PUT/PATCH /activities/{id}: only the fields that are set are
// sent. Changing seconds while the timer runs needs stopTimer (the server
// stops the timer first, then applies the change).
struct ActivityChanges
{
    std::optional<QDate> date;
    std::optional<qint64> projectId;
    std::optional<qint64> taskId;
    std::optional<qint64> seconds;
    std::optional<QString> description;
    std::optional<bool> billable;
    std::optional<QString> tag;
    std::optional<QString> remoteService;
    std::optional<QString> remoteId;
    std::optional<QString> remoteUrl;
    bool stopTimer = false; // sent as "stop_timer": true only when set

    bool isEmpty() const; // nothing to send
    // The fields of `edited` that differ from `original` (ids of nested
    // project/task compared by id).
    static ActivityChanges between(const Activity &original, const Activity &edited);
    QJsonObject toJson() const;

    friend bool operator==(const ActivityChanges &, const ActivityChanges &) = default;
};
