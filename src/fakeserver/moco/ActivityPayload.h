// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

class FieldErrors;

// The writable fields of an activity from a create/update body. Every field is
// optional; unknown fields (user_id included: it is not writable) are ignored.
struct ActivityPayload
{
    std::optional<QDate> date;
    std::optional<qint64> projectId;
    std::optional<qint64> taskId;
    // From `seconds`, else converted from the deprecated `hours`.
    std::optional<qint64> seconds;
    std::optional<QString> description;
    std::optional<bool> billable;
    std::optional<QString> tag;
    std::optional<QString> remoteService;
    // Present with a null string when the client sent null.
    std::optional<QString> remoteId;
    std::optional<QString> remoteUrl;
    bool stopTimer = false;

    // Format errors go to errors; required fields are the caller's business.
    static ActivityPayload parse(const QJsonObject &body, FieldErrors &errors);
};
