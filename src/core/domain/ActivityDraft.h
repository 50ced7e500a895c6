// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

struct Activity;

// The body of POST /activities (and of each item of POST /activities/bulk).
// Durations go out as integer `seconds`, never `hours` (deprecated).
// seconds 0 on today's date makes the server start a timer.
// Text fields are always sent ("" clears); billable only when set, so the
// server's project/task default applies otherwise.
struct ActivityDraft
{
    QDate date;
    qint64 projectId = 0;
    qint64 taskId = 0;
    qint64 seconds = 0;
    QString description;
    std::optional<bool> billable;
    QString tag;
    QString remoteService; // "", "jira", "github", … (see moco-api.md §4)
    QString remoteId;
    QString remoteUrl;

    // The draft that recreates `activity` (for a full-field PUT or a copy).
    static ActivityDraft fromActivity(const Activity &activity);
    // False when date, project or task is missing, or seconds is negative.
    bool isValid() const;
    QJsonObject toJson() const;

    friend bool operator==(const ActivityDraft &, const ActivityDraft &) = default;
};
