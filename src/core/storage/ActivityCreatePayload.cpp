// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ActivityCreatePayload.h"

namespace {

// The keys are the stored format of outboxes written by earlier versions.
const QString activityKey = QStringLiteral("activity");
const QString billableKey = QStringLiteral("billable");
const QString startsTimerKey = QStringLiteral("startsTimer");
const QString sentSecondsKey = QStringLiteral("sentSeconds");

} // namespace

std::optional<ActivityCreatePayload> ActivityCreatePayload::fromJson(const QJsonObject &json)
{
    std::optional<Activity> activity = Activity::fromJson(json.value(activityKey));
    if (!activity)
        return std::nullopt;
    ActivityCreatePayload payload;
    payload.activity = std::move(*activity);
    const QJsonValue billable = json.value(billableKey);
    if (billable.isBool())
        payload.billable = billable.toBool();
    payload.startsTimer = json.value(startsTimerKey).toBool();
    const QJsonValue sent = json.value(sentSecondsKey);
    if (sent.isDouble())
        payload.sentSeconds = sent.toInteger();
    return payload;
}

QJsonObject ActivityCreatePayload::toJson() const
{
    QJsonObject json{{activityKey, activity.toJson()}};
    if (billable)
        json.insert(billableKey, *billable);
    if (startsTimer)
        json.insert(startsTimerKey, true);
    if (sentSeconds)
        json.insert(sentSecondsKey, *sentSeconds);
    return json;
}

Activity ActivityCreatePayload::sentActivity() const
{
    Activity sent = activity;
    if (startsTimer && sentSeconds)
        sent.seconds = *sentSeconds;
    return sent;
}
